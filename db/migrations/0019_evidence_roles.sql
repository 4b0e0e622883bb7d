-- A fairer evidence model. A passage of an item's key is either KEY (full recall needs `enough`
-- of them) or ACCEPTABLE (defensible: never lowers precision, never called unsupported, and with
-- counts_for_recall may stand in for a key passage). An exercise's model passage names the claims
-- (the content ids of its CLAIM options) it serves; null: every position needs it.
ALTER TABLE item_targets
  ADD COLUMN role text NOT NULL DEFAULT 'KEY' CHECK (role IN ('KEY', 'ACCEPTABLE')),
  ADD COLUMN counts_for_recall boolean NOT NULL DEFAULT false,
  ADD COLUMN claims text[] CHECK (claims IS NULL OR cardinality(claims) >= 1),
  ADD CONSTRAINT item_targets_role_fields_check CHECK (
    (role = 'KEY' AND NOT counts_for_recall) OR (role = 'ACCEPTABLE' AND claims IS NULL)
  );
