package cn.taxprocurement.catalog;

/** Where a listing stands: submitted by its vendor, then approved or rejected by an officer, or withdrawn. */
public enum ProductStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
