-- Notices (公告): written by the service when the event happens and never changed afterwards (a correction is a new
-- notice). `fields` holds a JSON object of the notice's particulars, kept as text exactly as it was written.
CREATE TABLE notice (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type         VARCHAR(16)  NOT NULL,
    title        VARCHAR(300) NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    year         INT          NOT NULL,
    project_code VARCHAR(20),
    round_id     BIGINT,
    order_code   VARCHAR(40),
    body         TEXT         NOT NULL,
    fields       TEXT         NOT NULL,
    KEY idx_notice_published (published_at, id),
    KEY idx_notice_type_published (type, published_at, id),
    KEY idx_notice_year_published (year, published_at, id),
    KEY idx_notice_project (project_code),
    KEY idx_notice_order (order_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
