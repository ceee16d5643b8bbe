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
}
