-- A teacher previews a question set's draft as a student before publishing it: the draft is
-- compiled, as publishing does, into a private one-step lesson flagged `preview` (its owner's
-- alone: never assigned, listed, linked or counted). One preview per set, of one draft revision:
-- previewing a changed draft replaces it, so a stale preview is never served.
ALTER TABLE lessons ADD COLUMN preview boolean NOT NULL DEFAULT false;
ALTER TABLE lessons ADD CONSTRAINT lessons_preview_authored_check CHECK (NOT preview OR authored);

CREATE TABLE authored_set_previews (
  set_id bigint PRIMARY KEY REFERENCES authored_question_sets (id) ON DELETE CASCADE,
  -- The draft revision it was compiled from (authored_question_sets.revision).
  revision integer NOT NULL CHECK (revision >= 1),
  lesson_id bigint NOT NULL UNIQUE REFERENCES lessons (id) ON DELETE RESTRICT,
  question_set_id bigint NOT NULL UNIQUE REFERENCES question_sets (id) ON DELETE RESTRICT,
  created_at timestamptz NOT NULL DEFAULT now()
);
