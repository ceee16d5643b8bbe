package cn.taxprocurement.order;

/** How an order was bought from the shortlist: at the listed prices, or at the lowest quote of a competition. */
public enum OrderMethod {
    DIRECT_SELECTION("直接选定"),
    COMPETITION("二次竞价");

    private final String label;

    OrderMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
