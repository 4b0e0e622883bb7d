-- Full-text search over every document's paragraphs: English stemming, kept current by
-- PostgreSQL itself whenever an import or a content sync writes a paragraph's text.

ALTER TABLE paragraphs
  ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;

CREATE INDEX paragraphs_search_vector_idx ON paragraphs USING gin (search_vector);
