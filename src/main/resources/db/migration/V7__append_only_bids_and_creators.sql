-- Bids are append-only: a vendor's new bid is a new row, and its newest row is its current bid. The unique key
-- (one row per vendor and project) gives way to an index that finds a vendor's newest bid on a project.
ALTER TABLE bid ADD KEY idx_bid_project_vendor (project_id, vendor_id, id);
ALTER TABLE bid DROP KEY uk_bid_project_vendor;

-- Every officer who created a project or one of the drafts merged into it (internal control: none of them awards it).
CREATE TABLE project_creator (
    project_id BIGINT       NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    PRIMARY KEY (project_id, subject),
    CONSTRAINT fk_project_creator_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Existing projects: each one's creator and the creators of every draft merged into it, through merges of merges.
INSERT INTO project_creator (project_id, subject)
WITH RECURSIVE lineage (project_id, source_id) AS (
    SELECT id, id FROM project
    UNION ALL
    SELECT lineage.project_id, source.id FROM lineage JOIN project source ON source.merged_to_id = lineage.source_id
)
SELECT DISTINCT lineage.project_id, source.created_by FROM lineage JOIN project source ON source.id = lineage.source_id;
