package cn.taxprocurement.project;

/** How a project is procured (采购方式), with the name people read. */
public enum ProcurementMethod {
    OPEN_TENDER("公开招标"),
    INVITED_TENDER("邀请招标"),
    COMPETITIVE_NEGOTIATION("竞争性谈判"),
    COMPETITIVE_CONSULTATION("竞争性磋商"),
    SINGLE_SOURCE("单一来源"),
    REQUEST_FOR_QUOTATION("询价"),
    FRAMEWORK_AGREEMENT("框架协议");

    private final String label;

    ProcurementMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether only invited vendors may bid; every ACTIVE vendor may under OPEN_TENDER and FRAMEWORK_AGREEMENT. */
    public boolean byInvitation() {
        return this != OPEN_TENDER && this != FRAMEWORK_AGREEMENT;
    }

    /** Whether a count of invited vendors is what the method needs: exactly one for SINGLE_SOURCE, else 3 or more. */
    boolean invitesEnough(int count) {
        return this == SINGLE_SOURCE ? count == 1 : count >= 3;
    }

    /** How many invitations the method needs, as people read it. */
    String invitationsNeeded() {
        return this == SINGLE_SOURCE ? " 1 " : "至少 3 ";
    }

    /** The fewest valid bids an award needs: one for SINGLE_SOURCE, three for every other method. */
    public int minimumValidBids() {
        return this == SINGLE_SOURCE ? 1 : 3;
    }
}
