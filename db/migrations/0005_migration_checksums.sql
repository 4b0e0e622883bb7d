-- The SHA-256 of each migration file's bytes, recorded when it is applied, so that start-up
-- refuses a migration edited after it ran. Rows applied before this column existed are filled
-- in from the files by the migrator.

ALTER TABLE schema_migrations
  ADD COLUMN checksum text CHECK (checksum ~ '^[0-9a-f]{64}$');
