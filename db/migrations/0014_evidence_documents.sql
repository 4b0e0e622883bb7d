-- Evidence across documents: an item may offer passages of other documents of the collection
-- beside its own, and its key passages may lie in any document it offers.

-- A document's short name for lists and feedback ("Ponomarev's telegram"), as its annotation
-- folder sets it for a built-in document; null: the title serves.
ALTER TABLE documents ADD COLUMN short_title text CHECK (short_title IS NULL OR length(short_title) > 0);

-- The document a key passage (evidence target, model evidence) lies in; null: the item's own.
ALTER TABLE item_targets ADD COLUMN document_id bigint REFERENCES documents (id) ON DELETE RESTRICT;
CREATE INDEX item_targets_document_idx ON item_targets (document_id) WHERE document_id IS NOT NULL;

-- The other documents an evidence question or exercise offers, in order, with the paragraphs it
-- shows of each (its own document and paragraphs stay on items).
CREATE TABLE item_sources (
  item_id bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
  paragraph_numbers integer[] NOT NULL CHECK (cardinality(paragraph_numbers) >= 1),
  PRIMARY KEY (item_id, document_id),
  CONSTRAINT item_sources_position_key UNIQUE (item_id, position)
);
CREATE INDEX item_sources_document_idx ON item_sources (document_id);
