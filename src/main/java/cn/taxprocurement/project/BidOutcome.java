package cn.taxprocurement.project;

/** What became of a vendor's bid: PENDING while the project runs, WON or LOST once awarded, FAILED when it ended without. */
public enum BidOutcome {
    PENDING,
    WON,
    LOST,
    FAILED;

    static BidOutcome of(Project project, Bid bid) {
        return switch (project.status) {
            case AWARDED -> bid.vendorId.equals(project.awardedVendorId) ? WON : LOST;
            case FAILED, CANCELLED -> FAILED;
            default -> PENDING;
        };
    }
}
