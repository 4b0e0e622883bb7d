-- Whose record a document is (the state or party whose official made it), as the project's
-- annotation folder says for a built-in document; null for an imported export, which says
-- nothing of the kind the importer could trust.
ALTER TABLE documents
  ADD COLUMN origin text CHECK (origin IN ('SOVIET', 'CHINESE', 'NORTH_KOREAN'));
