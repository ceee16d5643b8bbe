-- The name and USCC an approved vendor had before it changed them and went back to review: what the officer compares.
ALTER TABLE vendor
    ADD COLUMN approved_name VARCHAR(200) NULL,
    ADD COLUMN approved_uscc CHAR(18)     NULL;
