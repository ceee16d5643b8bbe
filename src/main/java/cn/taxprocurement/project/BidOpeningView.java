package cn.taxprocurement.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The opening record (开标记录) as the API shows it: every current bid as it was read out, and how many are valid. */
public record BidOpeningView(
        long projectId, OffsetDateTime openedAt, String openedBy, List<Line> bids, int validBidCount) {

    /** One bid read out at the opening. */
    public record Line(
            long bidId,
            long vendorId,
            String vendorName,
            BigDecimal amount,
            OffsetDateTime submittedAt,
            boolean valid,
            String invalidReason) {}

    static BidOpeningView of(Project project, List<OpenedBid> lines) {
        return new BidOpeningView(
                project.id,
                ProjectView.utc(project.bidsOpenedAt),
                project.bidsOpenedBy,
                lines.stream()
                        .map(l -> new Line(
                                l.bidId,
                                l.vendorId,
                                l.vendorName,
                                l.amount,
                                ProjectView.utc(l.submittedAt),
                                l.valid,
                                l.invalidReason))
                        .toList(),
                (int) lines.stream().filter(l -> l.valid).count());
    }
}
