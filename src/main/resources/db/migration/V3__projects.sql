-- Project codes (CG-2018-0001) count per year; one row per year, bumped atomically so replicas never share a number.
CREATE TABLE project_code_counter (
    year    INT NOT NULL PRIMARY KEY,
    last_no INT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Batches (同批采购): projects published and closed together.
CREATE TABLE batch (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    year       INT          NOT NULL,
    created_by VARCHAR(255) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    KEY idx_batch_year (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Procurement projects (采购项目): a budget, and at the end an award, a failure or a cancellation.
CREATE TABLE project (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    year              INT           NOT NULL,
    category_code     VARCHAR(11)   NOT NULL,
    method            VARCHAR(32)   NOT NULL,
    budget_amount     DECIMAL(18,2) NOT NULL,
    awarded_amount    DECIMAL(18,2),
    awarded_vendor_id BIGINT,
    awarded_bid_id    BIGINT,
    status            VARCHAR(16)   NOT NULL,
    batch_id          BIGINT,
    merged_to_id      BIGINT,
    bid_deadline      DATETIME(6),
    created_by        VARCHAR(255)  NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    published_at      DATETIME(6),
    awarded_by        VARCHAR(255),
    awarded_at        DATETIME(6),
    fail_reason       VARCHAR(500),
    cancel_reason     VARCHAR(500),
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_project_code (code),
    KEY idx_project_year_status (year, status),
    KEY idx_project_category (category_code),
    KEY idx_project_batch (batch_id),
    CONSTRAINT fk_project_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT fk_project_vendor FOREIGN KEY (awarded_vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_project_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
    CONSTRAINT fk_project_merged_to FOREIGN KEY (merged_to_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sealed bids (投标): one per vendor and project; a second bid replaces the first.
CREATE TABLE bid (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id   BIGINT        NOT NULL,
    vendor_id    BIGINT        NOT NULL,
    amount       DECIMAL(18,2) NOT NULL,
    submitted_at DATETIME(6)   NOT NULL,
    UNIQUE KEY uk_bid_project_vendor (project_id, vendor_id),
    KEY idx_bid_vendor (vendor_id),
    CONSTRAINT fk_bid_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_bid_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
