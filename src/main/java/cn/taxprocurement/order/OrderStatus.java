package cn.taxprocurement.order;

/** PLACED → CONFIRMED → DELIVERED → ACCEPTED (验收); PLACED → DECLINED by the vendor | CANCELLED by the buyer. */
public enum OrderStatus {
    PLACED,
    CONFIRMED,
    DELIVERED,
    ACCEPTED,
    DECLINED,
    CANCELLED
}
