-- Documents, their numbered paragraphs, editorial notes, and the people and glossary
-- terms that annotate them.

CREATE TABLE documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
  title text NOT NULL CHECK (length(btrim(title)) > 0),
  record_date date NOT NULL,
  summary text,
  citation text,
  source_url text,
  display_url text,
  archival_reference text,
  translator text,
  original_language text,
  credits text,
  contents text[] NOT NULL DEFAULT '{}',
  -- Hash of what the document was built from (export text, annotations): unchanged
  -- content is not synced again.
  content_hash text NOT NULL,
  built_in boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX documents_source_url_key ON documents (source_url) WHERE source_url IS NOT NULL;
CREATE INDEX documents_record_date_idx ON documents (record_date, id);

CREATE TABLE paragraphs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number >= 1),
  text text NOT NULL,
  -- Length in UTF-16 code units, as the API's offsets count: PostgreSQL's length()
  -- counts code points, so the importer computes it and notes check against it.
  text_length integer NOT NULL CHECK (text_length >= length(text)),
  -- Deferrable so a re-import can renumber paragraphs inside one transaction.
  CONSTRAINT paragraphs_document_number_key UNIQUE (document_id, number) DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT paragraphs_id_length_key UNIQUE (id, text_length)
);

CREATE TABLE editorial_notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  paragraph_id bigint NOT NULL,
  paragraph_length integer NOT NULL,
  parent_id bigint REFERENCES editorial_notes (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('SIC', 'INSERTION', 'ARCHIVAL_MARK', 'ORIGINAL_LANGUAGE', 'OTHER')),
  quote text NOT NULL,
  start_offset integer NOT NULL CHECK (start_offset >= 0),
  end_offset integer NOT NULL,
  explanation text,
  CONSTRAINT editorial_notes_offsets_check CHECK (end_offset > start_offset AND end_offset <= paragraph_length),
  CONSTRAINT editorial_notes_paragraph_fkey FOREIGN KEY (paragraph_id, paragraph_length)
    REFERENCES paragraphs (id, text_length) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT editorial_notes_span_key UNIQUE (paragraph_id, start_offset, end_offset)
);
CREATE INDEX editorial_notes_parent_idx ON editorial_notes (parent_id);
CREATE INDEX editorial_notes_paragraph_length_idx ON editorial_notes (paragraph_id, paragraph_length);

CREATE TABLE people (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  position integer NOT NULL CHECK (position >= 1),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  role text NOT NULL,
  description text NOT NULL,
  identified boolean NOT NULL DEFAULT true,
  CONSTRAINT people_document_slug_key UNIQUE (document_id, slug)
);

CREATE TABLE glossary_terms (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  position integer NOT NULL CHECK (position >= 1),
  term text NOT NULL CHECK (length(btrim(term)) > 0),
  definition text NOT NULL,
  CONSTRAINT glossary_terms_document_slug_key UNIQUE (document_id, slug)
);

-- Where a person or a glossary term is named in a paragraph.
CREATE TABLE mentions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  paragraph_id bigint NOT NULL,
  paragraph_length integer NOT NULL,
  person_id bigint REFERENCES people (id) ON DELETE CASCADE,
  glossary_term_id bigint REFERENCES glossary_terms (id) ON DELETE CASCADE,
  start_offset integer NOT NULL CHECK (start_offset >= 0),
  end_offset integer NOT NULL,
  CONSTRAINT mentions_one_subject_check CHECK ((person_id IS NULL) <> (glossary_term_id IS NULL)),
  CONSTRAINT mentions_offsets_check CHECK (end_offset > start_offset AND end_offset <= paragraph_length),
  CONSTRAINT mentions_paragraph_fkey FOREIGN KEY (paragraph_id, paragraph_length)
    REFERENCES paragraphs (id, text_length) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX mentions_paragraph_idx ON mentions (paragraph_id, paragraph_length);
CREATE INDEX mentions_person_idx ON mentions (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX mentions_glossary_term_idx ON mentions (glossary_term_id) WHERE glossary_term_id IS NOT NULL;
