-- Each event keeps the encoding its hash was made with: events before this change joined their fields with a
-- separator (version 1); new ones prefix each field with its length (version 2). Every writer names the version.
ALTER TABLE audit_event ADD COLUMN hash_version INT NOT NULL DEFAULT 1;
ALTER TABLE audit_event ALTER COLUMN hash_version DROP DEFAULT;
