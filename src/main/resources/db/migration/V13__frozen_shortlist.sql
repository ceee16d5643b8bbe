-- Closing a round fixes its shortlist: the listings approved at that moment are marked, and the round keeps its
-- figures. An officer may suspend a listing afterwards; the year's figures still count it, as they were published.
ALTER TABLE product ADD COLUMN shortlisted BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE catalog_round
    ADD COLUMN closed_at      DATETIME(6),
    ADD COLUMN category_count INT,
    ADD COLUMN vendor_count   INT,
    ADD COLUMN product_count  INT,
    ADD COLUMN brand_count    INT;

-- Rounds closed before this migration keep the listings approved now as their shortlist.
UPDATE product p JOIN catalog_round r ON r.id = p.round_id
SET p.shortlisted = TRUE
WHERE r.status = 'CLOSED' AND p.status = 'APPROVED';
UPDATE catalog_round r
SET r.category_count = (SELECT COUNT(DISTINCT p.category_code) FROM product p WHERE p.round_id = r.id AND p.shortlisted),
    r.vendor_count   = (SELECT COUNT(DISTINCT p.vendor_id) FROM product p WHERE p.round_id = r.id AND p.shortlisted),
    r.product_count  = (SELECT COUNT(*) FROM product p WHERE p.round_id = r.id AND p.shortlisted),
    r.brand_count    = (SELECT COUNT(DISTINCT p.brand_key) FROM product p WHERE p.round_id = r.id AND p.shortlisted)
WHERE r.status = 'CLOSED';

-- A shortlist notice lists every admitted vendor: a large round's list outgrows TEXT's 64 KB.
ALTER TABLE notice MODIFY body MEDIUMTEXT NOT NULL, MODIFY fields MEDIUMTEXT NOT NULL;
ALTER TABLE notice ADD KEY idx_notice_round (round_id);
