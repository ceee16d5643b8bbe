package cn.taxprocurement.order;

/** What may happen next to an order, as its reader may do it. */
public enum OrderStep {
    CONFIRM,
    DELIVER,
    DECLINE,
    ACCEPT,
    CANCEL
}
