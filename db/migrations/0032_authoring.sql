-- Teachers' own question sets. A set's draft is the same document as a lessons/question-sets/
-- file (kept as JSON, validated by the same schema and checks); publishing materialises an
-- immutable version as ordinary content rows (a question set, its items and a one-step lesson),
-- flagged `authored` so the content sync never retires them and the course lists omit them.

ALTER TABLE lessons ADD COLUMN authored boolean NOT NULL DEFAULT false;
-- Whose set an authored lesson is a version of: only they assign it, try it or read its keys.
ALTER TABLE lessons ADD COLUMN authored_by bigint REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX lessons_authored_by_idx ON lessons (authored_by);
ALTER TABLE question_sets ADD COLUMN authored boolean NOT NULL DEFAULT false;
ALTER TABLE items ADD COLUMN authored boolean NOT NULL DEFAULT false;
-- A built-in set's validated file, as JSON: what "copy and adapt" starts from.
ALTER TABLE question_sets ADD COLUMN source jsonb;

-- An authored lesson has no course position and is never retired by the sync.
ALTER TABLE lessons DROP CONSTRAINT lessons_retired_position_check;
ALTER TABLE lessons ADD CONSTRAINT lessons_retired_position_check
  CHECK (CASE WHEN authored THEN position IS NULL ELSE retired = (position IS NULL) END);

CREATE TABLE authored_question_sets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- The random stem of the versions' lesson slugs (set-<stem>-v<n>).
  stem text NOT NULL UNIQUE CHECK (stem ~ '^[a-z0-9]{12}$'),
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  -- The question-set document being edited (keys included: teachers only).
  draft jsonb NOT NULL CHECK (jsonb_typeof(draft) = 'object'),
  -- Optimistic concurrency: every saved edit bumps it; a stale edit is refused.
  revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  archived boolean NOT NULL DEFAULT false,
  -- Whom it was copied from, as a label ("built-in: <slug>", "shared copy").
  copied_from text,
  -- A link's secret: another teacher with it may take a copy, never write this set.
  share_code text UNIQUE CHECK (share_code ~ '^[A-Za-z0-9_-]{22}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX authored_question_sets_owner_idx ON authored_question_sets (owner_id);
CREATE INDEX authored_question_sets_document_idx ON authored_question_sets (document_id);

-- Published versions, immutable: attempts keep the lesson of the version they began.
CREATE TABLE authored_set_versions (
  set_id bigint NOT NULL REFERENCES authored_question_sets (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number >= 1),
  lesson_id bigint NOT NULL UNIQUE REFERENCES lessons (id) ON DELETE RESTRICT,
  question_set_id bigint NOT NULL UNIQUE REFERENCES question_sets (id) ON DELETE RESTRICT,
  content jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (set_id, number)
);
