-- The price a catalog import listed a product at, never updated: unit_price falls with approved price cuts, and the
-- import's audit events vouch for the listing as it was made. NULL for listings made one by one.
ALTER TABLE product ADD COLUMN imported_price DECIMAL(18,2) NULL;

-- How many chunks of an import are listed and audited: the next chunk's number in its audit event.
ALTER TABLE catalog_import ADD COLUMN listed_chunks INT NOT NULL DEFAULT 0;
