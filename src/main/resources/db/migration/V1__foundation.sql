-- The audit trail: append-only, each event chained to the one before by SHA-256.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    actor_role  VARCHAR(32)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    source_ip   VARCHAR(64),
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL,
    KEY idx_audit_entity (entity_type, entity_id),
    KEY idx_audit_actor (actor),
    KEY idx_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The newest event's id and hash; locked by every writer so that events chain one after another.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, REPEAT('0', 64));

-- Product categories (品目), coded as in the government procurement item catalog (2013 edition).
CREATE TABLE category (
    code        VARCHAR(11)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    parent_code VARCHAR(11),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_code) REFERENCES category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Vendors (供应商): one company per USCC, one per signed-in user (the token's subject).
CREATE TABLE vendor (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject       VARCHAR(255) NOT NULL,
    uscc          CHAR(18)     NOT NULL,
    name          VARCHAR(200) NOT NULL,
    contact_name  VARCHAR(50)  NOT NULL,
    contact_phone VARCHAR(30)  NOT NULL,
    email         VARCHAR(254) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    reject_reason VARCHAR(500),
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_vendor_subject (subject),
    UNIQUE KEY uk_vendor_uscc (uscc),
    KEY idx_vendor_status (status),
    KEY idx_vendor_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
