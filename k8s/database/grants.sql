-- What the service's database account may do: everything its features need, and on the audit trail and bids only to
-- add.
--
-- Run by the schema owner (the account Flyway migrates with, which needs GRANT OPTION on the database) after every
-- migration, in the database the service uses: the service's init container does this at every start. Every
-- statement can be repeated. Grants are per table, so the account must hold no database-wide grant (which would
-- also cover the audit tables); a new table needs its line here, which the grants test checks.
--
-- The account itself is created once by the database administrator:
--   CREATE USER 'tax_procurement'@'%' IDENTIFIED BY '...';

-- Audit events are written once and never updated or deleted.
GRANT SELECT, INSERT ON audit_event TO 'tax_procurement'@'%';
-- The chain head is one row holding the newest event's id and hash: every writer locks it (SELECT ... FOR UPDATE)
-- and moves it forward, so it needs UPDATE, never INSERT or DELETE. Moving it cannot hide a change to an event:
-- verification recomputes the chain from the events themselves.
GRANT SELECT, UPDATE ON audit_chain_head TO 'tax_procurement'@'%';
-- Bids are written once too: a vendor's new bid is a new row. The REVOKE takes back what earlier versions of this
-- file granted; it holds once the GRANT above it has given the account a grant on the table.
GRANT SELECT, INSERT ON bid TO 'tax_procurement'@'%';
REVOKE UPDATE, DELETE ON bid FROM 'tax_procurement'@'%';
-- Notices never change once published: a correction is a new notice.
GRANT SELECT, INSERT ON notice TO 'tax_procurement'@'%';
-- The opening record of a project's bids is written once, when they are opened.
GRANT SELECT, INSERT ON bid_opening TO 'tax_procurement'@'%';
-- A listing's price history is written once per price: a later price is a new row.
GRANT SELECT, INSERT ON price_history TO 'tax_procurement'@'%';

-- Reference data, procurement, catalog and imports.
GRANT SELECT, INSERT, UPDATE, DELETE ON category TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON vendor TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON project_code_counter TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON batch TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON project TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON project_creator TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON project_invitation TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON evaluation_score TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog_round TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog_round_category TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON product TO 'tax_procurement'@'%';
-- The listings' change feed: rows are added with each write of a listing and deleted once a day old.
GRANT SELECT, INSERT, DELETE ON listing_change TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON price_change TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog_import TO 'tax_procurement'@'%';
-- An import's stored workbooks are written with REPLACE, which deletes and inserts.
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog_import_file TO 'tax_procurement'@'%';

-- Orders from the shortlist and competitions; quotes are written once, a vendor's new quote is a new row.
GRANT SELECT, INSERT, UPDATE, DELETE ON order_code_counter TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON purchase_order TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON purchase_order_line TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON competition TO 'tax_procurement'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON competition_listing TO 'tax_procurement'@'%';
GRANT SELECT, INSERT ON competition_quote TO 'tax_procurement'@'%';

-- The migration history is the owner's; the service only reads it.
GRANT SELECT ON flyway_schema_history TO 'tax_procurement'@'%';
