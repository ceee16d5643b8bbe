-- A listing's price may fall during its round through an officer-approved change; suspended listings keep the
-- officer's reason.
ALTER TABLE product ADD COLUMN suspend_reason VARCHAR(500) NULL AFTER reject_reason;

-- Peer medians of the price check read a round's live listings by listing key and by category from these indexes
-- alone: vendor (peers are other vendors' listings) and price included.
ALTER TABLE product ADD KEY idx_product_round_listing_price (round_id, listing_key, status, vendor_id, unit_price);
ALTER TABLE product ADD KEY idx_product_round_category_price (round_id, category_code, status, vendor_id, unit_price);

-- Every price a listing has had in the catalog, from its approval on: insert-only.
CREATE TABLE price_history (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id     BIGINT        NOT NULL,
    unit_price     DECIMAL(18,2) NOT NULL,
    effective_from DATETIME(6)   NOT NULL,
    approved_by    VARCHAR(255)  NOT NULL,
    KEY idx_price_history_product (product_id, effective_from, id),
    CONSTRAINT fk_price_history_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A vendor's request to lower a listing's price, decided by an officer. pending_product_id is set while the request
-- is PENDING, so that a listing has at most one pending request.
CREATE TABLE price_change (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id         BIGINT        NOT NULL,
    old_price          DECIMAL(18,2) NOT NULL,
    new_price          DECIMAL(18,2) NOT NULL,
    reason             VARCHAR(500)  NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    reject_reason      VARCHAR(500),
    proposed_by        VARCHAR(255)  NOT NULL,
    proposed_at        DATETIME(6)   NOT NULL,
    decided_by         VARCHAR(255),
    decided_at         DATETIME(6),
    pending_product_id BIGINT,
    version            BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_price_change_pending (pending_product_id),
    KEY idx_price_change_status (status, id),
    KEY idx_price_change_product (product_id, id),
    CONSTRAINT fk_price_change_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Listings approved before prices had a history: their price has held since they were listed.
INSERT INTO price_history (product_id, unit_price, effective_from, approved_by)
SELECT id, unit_price, created_at, '入围审核' FROM product WHERE status = 'APPROVED';
