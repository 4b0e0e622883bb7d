-- The kinds an item may have live in a table instead of a CHECK listing them: content sync adds
-- the kinds the server's registry knows, so a new kind whose content fits the columns and option
-- roles below needs no migration. A kind that needs new columns or roles still does.

CREATE TABLE item_kinds (
  kind text PRIMARY KEY
);

INSERT INTO item_kinds (kind) VALUES
  ('SINGLE_CHOICE'), ('MULTIPLE_CHOICE'), ('SHORT_ANSWER'), ('ORDERING'), ('MATCHING'), ('EVIDENCE'),
  ('EXERCISE');

ALTER TABLE items DROP CONSTRAINT items_kind_check;
ALTER TABLE items ADD CONSTRAINT items_kind_fkey FOREIGN KEY (kind) REFERENCES item_kinds (kind);
