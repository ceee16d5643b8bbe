-- Catalog imports (批量导入): one row per uploaded workbook, claimed by a worker with a row lock so that any replica
-- may process it. The same file for the same round by the same vendor is one import (uk_catalog_import_file).
CREATE TABLE catalog_import (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vendor_id          BIGINT        NOT NULL,
    round_id           BIGINT        NOT NULL,
    file_name          VARCHAR(255)  NOT NULL,
    file_sha256        CHAR(64)      NOT NULL,
    file_size          BIGINT        NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    total_rows         INT           NOT NULL DEFAULT 0,
    processed_rows     INT           NOT NULL DEFAULT 0,
    accepted_rows      INT           NOT NULL DEFAULT 0,
    rejected_rows      INT           NOT NULL DEFAULT 0,
    -- accepted rows of the file whose chunk is committed: a resumed import skips them
    committed_products INT           NOT NULL DEFAULT 0,
    failure_message    VARCHAR(1000),
    errors_json        MEDIUMTEXT,
    submitted_by       VARCHAR(255)  NOT NULL,
    source_ip          VARCHAR(64),
    claimed_by         VARCHAR(64),
    claimed_at         DATETIME(6),
    attempts           INT           NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    finished_at        DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_catalog_import_file (vendor_id, round_id, file_sha256),
    KEY idx_catalog_import_queue (status, id),
    KEY idx_catalog_import_vendor (vendor_id, id),
    CONSTRAINT fk_catalog_import_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_catalog_import_round FOREIGN KEY (round_id) REFERENCES catalog_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The uploaded workbook (UPLOAD, kept until the import ends) and the rejected rows' workbook (ERRORS), apart from
-- the import row so that reading an import's progress never reads megabytes.
CREATE TABLE catalog_import_file (
    import_id BIGINT      NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    content   LONGBLOB    NOT NULL,
    PRIMARY KEY (import_id, kind),
    CONSTRAINT fk_catalog_import_file_import FOREIGN KEY (import_id) REFERENCES catalog_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which import made a listing: a resumed import recognises its own rows, a failed one removes them.
ALTER TABLE product ADD COLUMN catalog_import_id BIGINT NULL, ADD KEY idx_product_import (catalog_import_id);
