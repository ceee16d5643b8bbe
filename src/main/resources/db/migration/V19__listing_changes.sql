-- The listings' change feed: every write of a listing adds a row naming the ids it changed, in the same
-- transaction. Each replica's search index follows it (catalog/ListingIndex), so search stays off the write path.
CREATE TABLE listing_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    first_id   BIGINT      NOT NULL,
    last_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY idx_listing_change_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
