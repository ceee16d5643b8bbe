-- Order codes (DD-2026-000123) count per year; one row per year, bumped atomically so replicas never share a number.
CREATE TABLE order_code_counter (
    order_year INT    NOT NULL PRIMARY KEY,
    last_no    BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Orders from the shortlist (框架协议采购 second stage): a buying unit buys listings of one vendor. The totals are kept
-- on the order so that a year's orders add up by (order_year, status) alone.
CREATE TABLE purchase_order (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(20)   NOT NULL,
    order_year       INT           NOT NULL,
    unit             VARCHAR(100)  NOT NULL,
    buyer            VARCHAR(255)  NOT NULL,
    buyer_subject    VARCHAR(255)  NOT NULL,
    vendor_id        BIGINT        NOT NULL,
    method           VARCHAR(20)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    listed_total     DECIMAL(18,2) NOT NULL,
    total            DECIMAL(18,2) NOT NULL,
    delivery_address VARCHAR(500),
    note             VARCHAR(500),
    competition_id   BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    confirmed_at     DATETIME(6),
    delivered_at     DATETIME(6),
    accepted_at      DATETIME(6),
    closed_at        DATETIME(6),
    acceptance_note  VARCHAR(500),
    decline_reason   VARCHAR(500),
    cancel_reason    VARCHAR(500),
    version          BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_purchase_order_code (code),
    KEY idx_purchase_order_year_status (order_year, status),
    KEY idx_purchase_order_unit (unit),
    KEY idx_purchase_order_vendor (vendor_id),
    CONSTRAINT fk_purchase_order_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An order's lines: the listing as it was ordered, its listed price then, and the price agreed.
CREATE TABLE purchase_order_line (
    order_id      BIGINT        NOT NULL,
    line_no       INT           NOT NULL,
    product_id    BIGINT        NOT NULL,
    brand         VARCHAR(100)  NOT NULL,
    model         VARCHAR(100)  NOT NULL,
    category_code VARCHAR(11)   NOT NULL,
    quantity      INT           NOT NULL,
    listed_price  DECIMAL(18,2) NOT NULL,
    unit_price    DECIMAL(18,2) NOT NULL,
    line_total    DECIMAL(18,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    KEY idx_purchase_order_line_product (product_id),
    CONSTRAINT fk_purchase_order_line_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT fk_purchase_order_line_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Competitions (二次竞价): the invited listings' vendors quote, sealed until the deadline; the lowest becomes an order.
CREATE TABLE competition (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    category_code    VARCHAR(11)   NOT NULL,
    quantity         INT           NOT NULL,
    requirement      VARCHAR(2000) NOT NULL,
    delivery_address VARCHAR(500),
    unit             VARCHAR(100)  NOT NULL,
    created_by       VARCHAR(255)  NOT NULL,
    created_subject  VARCHAR(255)  NOT NULL,
    deadline         DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    order_id         BIGINT,
    created_at       DATETIME(6)   NOT NULL,
    closed_at        DATETIME(6),
    version          BIGINT        NOT NULL DEFAULT 0,
    KEY idx_competition_unit (unit),
    CONSTRAINT fk_competition_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT fk_competition_order FOREIGN KEY (order_id) REFERENCES purchase_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE competition_listing (
    competition_id BIGINT NOT NULL,
    product_id     BIGINT NOT NULL,
    vendor_id      BIGINT NOT NULL,
    PRIMARY KEY (competition_id, product_id),
    KEY idx_competition_listing_vendor (vendor_id),
    CONSTRAINT fk_competition_listing_competition FOREIGN KEY (competition_id) REFERENCES competition (id),
    CONSTRAINT fk_competition_listing_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Quotes are kept: a vendor's newest quote supersedes its earlier ones.
CREATE TABLE competition_quote (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    competition_id BIGINT        NOT NULL,
    vendor_id      BIGINT        NOT NULL,
    product_id     BIGINT        NOT NULL,
    unit_price     DECIMAL(18,2) NOT NULL,
    listed_price   DECIMAL(18,2) NOT NULL,
    submitted_at   DATETIME(6)   NOT NULL,
    KEY idx_competition_quote_vendor (competition_id, vendor_id),
    CONSTRAINT fk_competition_quote_competition FOREIGN KEY (competition_id) REFERENCES competition (id),
    CONSTRAINT fk_competition_quote_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_competition_quote_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
