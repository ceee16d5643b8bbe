-- Shortlist rounds (入围采购): several per year are allowed; each names the categories it shortlists.
CREATE TABLE catalog_round (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_year INT          NOT NULL,
    name       VARCHAR(100) NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    KEY idx_catalog_round_year (round_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalog_round_category (
    round_id      BIGINT      NOT NULL,
    category_code VARCHAR(11) NOT NULL,
    PRIMARY KEY (round_id, category_code),
    CONSTRAINT fk_round_category_round FOREIGN KEY (round_id) REFERENCES catalog_round (id),
    CONSTRAINT fk_round_category_category FOREIGN KEY (category_code) REFERENCES category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Product listings (产品). listing_key (folded brand and model) is set while a listing is live, so a vendor lists
-- a brand and model once per round; search_text holds character and pair words (see SearchText) for a FULLTEXT
-- index that MySQL 8 and MariaDB 10.11 both serve with their default parser.
CREATE TABLE product (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vendor_id     BIGINT        NOT NULL,
    round_id      BIGINT        NOT NULL,
    category_code VARCHAR(11)   NOT NULL,
    brand         VARCHAR(100)  NOT NULL,
    model         VARCHAR(100)  NOT NULL,
    specs         VARCHAR(2000) NOT NULL,
    unit_price    DECIMAL(18,2) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    reject_reason VARCHAR(500),
    brand_key     VARCHAR(100)  NOT NULL,
    listing_key   VARCHAR(210),
    search_text   TEXT          NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_product_listing (vendor_id, round_id, listing_key),
    KEY idx_product_round_status (round_id, status, category_code),
    KEY idx_product_status_category (status, category_code),
    KEY idx_product_vendor_status (vendor_id, status),
    KEY idx_product_brand (brand_key, status),
    FULLTEXT KEY ft_product_search (search_text),
    CONSTRAINT fk_product_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_product_round FOREIGN KEY (round_id) REFERENCES catalog_round (id),
    CONSTRAINT fk_product_category FOREIGN KEY (category_code) REFERENCES category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
