package cn.taxprocurement.catalog;

/** A shortlist round takes listings while OPEN; once CLOSED its catalog is fixed. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
