-- A result follows from its bids: how bids are ranked, where the result comes from (procured here or recorded from
-- elsewhere), when the bids were opened and by whom, why a bid other than the first-ranked won, and who recorded and
-- who confirmed a recorded result.
ALTER TABLE project
    ADD COLUMN evaluation_method VARCHAR(32)  NOT NULL DEFAULT 'LOWEST_PRICE',
    ADD COLUMN price_weight      INT          NULL,
    ADD COLUMN source            VARCHAR(16)  NOT NULL DEFAULT 'ONLINE',
    ADD COLUMN intention_at      DATETIME(6)  NULL,
    ADD COLUMN bids_opened_at    DATETIME(6)  NULL,
    ADD COLUMN bids_opened_by    VARCHAR(255) NULL,
    ADD COLUMN valid_bid_count   INT          NULL,
    ADD COLUMN award_reason      VARCHAR(500) NULL,
    ADD COLUMN reference         VARCHAR(100) NULL,
    ADD COLUMN recorded_by       VARCHAR(255) NULL,
    ADD COLUMN confirmed_by      VARCHAR(255) NULL,
    ADD KEY idx_project_source (source);

-- The vendors invited to bid (邀请招标, 竞争性谈判/磋商, 询价, 单一来源).
CREATE TABLE project_invitation (
    project_id BIGINT NOT NULL,
    vendor_id  BIGINT NOT NULL,
    PRIMARY KEY (project_id, vendor_id),
    KEY idx_project_invitation_vendor (vendor_id),
    CONSTRAINT fk_project_invitation_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_invitation_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The opening record (开标记录): every current bid as it was read out, valid or not and the code of the rule it breaks;
-- written once, never changed.
CREATE TABLE bid_opening (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id     BIGINT        NOT NULL,
    bid_id         BIGINT        NOT NULL,
    vendor_id      BIGINT        NOT NULL,
    vendor_name    VARCHAR(200)  NOT NULL,
    amount         DECIMAL(18,2) NOT NULL,
    submitted_at   DATETIME(6)   NOT NULL,
    valid          BOOLEAN       NOT NULL,
    invalid_reason VARCHAR(40)   NULL,
    UNIQUE KEY uk_bid_opening_bid (project_id, bid_id),
    CONSTRAINT fk_bid_opening_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_bid_opening_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The non-price points of each valid bid under 综合评分法 (COMPREHENSIVE_SCORE); re-entered until the award.
CREATE TABLE evaluation_score (
    project_id  BIGINT       NOT NULL,
    bid_id      BIGINT       NOT NULL,
    other_score DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (project_id, bid_id),
    CONSTRAINT fk_evaluation_score_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_evaluation_score_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
