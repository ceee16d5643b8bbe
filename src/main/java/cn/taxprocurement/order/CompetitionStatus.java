package cn.taxprocurement.order;

/** OPEN until closed after its deadline: AWARDED to the lowest quote (an order is placed), or FAILED without quotes. */
public enum CompetitionStatus {
    OPEN,
    AWARDED,
    FAILED
}
