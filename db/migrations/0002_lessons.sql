-- The teaching content: lessons and their steps, question sets, questions and exercises
-- (together "items": what a student answers), their options, evidence targets and rubrics.
-- Synced from lessons/ at start; authored keys make the upserts stable, so ids never change
-- once published. Content that leaves the files is retired, never deleted: attempts keep
-- pointing at it.

CREATE TABLE content_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  content_hash text NOT NULL,
  -- Bumped by every change to content or documents; servers compare it to drop caches.
  version bigint NOT NULL DEFAULT 1,
  synced_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE question_sets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
  title text NOT NULL,
  retired boolean NOT NULL DEFAULT false
);
CREATE INDEX question_sets_document_idx ON question_sets (document_id);

CREATE TABLE items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_key text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_ANSWER', 'ORDERING', 'MATCHING', 'EVIDENCE', 'EXERCISE')),
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
  -- Questions belong to a set at a position; exercises stand alone with a slug.
  question_set_id bigint REFERENCES question_sets (id) ON DELETE RESTRICT,
  position integer CHECK (position >= 1),
  slug text UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text,
  prompt text NOT NULL CHECK (length(btrim(prompt)) > 0),
  points double precision NOT NULL CHECK (points > 0),
  skill text CHECK (skill IN ('SOURCING', 'CONTEXTUALIZATION', 'CORROBORATION', 'CLOSE_READING')),
  paragraph_numbers integer[] NOT NULL DEFAULT '{}',
  -- Shown with feedback only: part of the answer key.
  explanation text NOT NULL DEFAULT '',
  max_length integer CHECK (max_length BETWEEN 1 AND 20000),
  accepted_answers text[] NOT NULL DEFAULT '{}',
  claim text,
  stance text CHECK (stance IN ('supports', 'undercuts')),
  min_selections integer CHECK (min_selections >= 0),
  max_selections integer,
  guidance text,
  evidence_points double precision CHECK (evidence_points >= 0),
  retired boolean NOT NULL DEFAULT false,
  CONSTRAINT items_set_position_key UNIQUE (question_set_id, position) DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT items_shape_check CHECK (
    CASE kind
      WHEN 'EXERCISE' THEN question_set_id IS NULL AND slug IS NOT NULL AND title IS NOT NULL AND guidance IS NOT NULL
                           AND min_selections IS NOT NULL AND evidence_points IS NOT NULL
      ELSE question_set_id IS NOT NULL AND slug IS NULL
    END),
  CONSTRAINT items_short_answer_check CHECK ((kind = 'SHORT_ANSWER') = (max_length IS NOT NULL)),
  CONSTRAINT items_evidence_check CHECK (
    kind <> 'EVIDENCE' OR (claim IS NOT NULL AND stance IS NOT NULL AND min_selections IS NOT NULL
                           AND max_selections >= min_selections AND max_selections >= 1)),
  CONSTRAINT items_retired_position_check CHECK (retired OR kind = 'EXERCISE' OR position IS NOT NULL)
);
CREATE INDEX items_document_idx ON items (document_id);

-- Choices, ordering items, matching sides and exercise claims. Each has a random public key
-- for its API id, so no id reveals the order or which choice is right.
CREATE TABLE item_options (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('CHOICE', 'ORDER', 'LEFT', 'RIGHT', 'CLAIM')),
  content_key text NOT NULL,
  public_key uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  -- Where the student sees it (a fixed shuffle for choices, ordering items and right sides).
  display_position integer NOT NULL CHECK (display_position >= 1),
  text text NOT NULL,
  -- The key: whether a choice is right, an ordering item's place, a left side's partner.
  correct boolean,
  key_position integer CHECK (key_position >= 1),
  partner_key text,
  explanation text,
  retired boolean NOT NULL DEFAULT false,
  CONSTRAINT item_options_key UNIQUE (item_id, role, content_key),
  CONSTRAINT item_options_key_by_role_check CHECK (
    CASE role
      WHEN 'CHOICE' THEN correct IS NOT NULL
      WHEN 'ORDER' THEN key_position IS NOT NULL
      WHEN 'LEFT' THEN partner_key IS NOT NULL
      ELSE true
    END)
);

-- Passages that answer an evidence question or model an exercise's evidence.
CREATE TABLE item_targets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  paragraph_number integer NOT NULL CHECK (paragraph_number >= 1),
  start_offset integer NOT NULL CHECK (start_offset >= 0),
  end_offset integer NOT NULL,
  quote text NOT NULL,
  note text NOT NULL,
  CONSTRAINT item_targets_offsets_check CHECK (end_offset > start_offset),
  CONSTRAINT item_targets_position_key UNIQUE (item_id, position)
);

CREATE TABLE rubric_criteria (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  content_key text NOT NULL,
  position integer,
  title text NOT NULL,
  description text NOT NULL,
  -- [{score, label, descriptor}] ascending; every level described (checked at load).
  levels jsonb NOT NULL CHECK (jsonb_typeof(levels) = 'array' AND jsonb_array_length(levels) >= 2),
  max_score integer NOT NULL CHECK (max_score >= 1),
  retired boolean NOT NULL DEFAULT false,
  CONSTRAINT rubric_criteria_key UNIQUE (item_id, content_key),
  CONSTRAINT rubric_criteria_position_key UNIQUE (item_id, position) DEFERRABLE INITIALLY IMMEDIATE
);

-- Teachers only: worked answers at several levels.
CREATE TABLE exemplars (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  title text NOT NULL,
  claim_key text,
  levels jsonb NOT NULL,
  text text NOT NULL,
  commentary text NOT NULL,
  CONSTRAINT exemplars_position_key UNIQUE (item_id, position)
);

CREATE TABLE lessons (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  document_id bigint NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
  position integer,
  title text NOT NULL,
  summary text NOT NULL,
  estimated_minutes integer NOT NULL CHECK (estimated_minutes BETWEEN 1 AND 600),
  objectives text[] NOT NULL CHECK (cardinality(objectives) >= 1),
  skills text[] NOT NULL CHECK (skills <@ ARRAY['SOURCING', 'CONTEXTUALIZATION', 'CORROBORATION', 'CLOSE_READING']),
  retired boolean NOT NULL DEFAULT false,
  CONSTRAINT lessons_position_key UNIQUE (position) DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT lessons_retired_position_check CHECK (retired = (position IS NULL))
);
CREATE INDEX lessons_document_idx ON lessons (document_id);

CREATE TABLE lesson_steps (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  lesson_id bigint NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
  content_key text NOT NULL UNIQUE,
  position integer,
  kind text NOT NULL CHECK (kind IN ('READ', 'QUESTION_SET', 'EXERCISE', 'REFLECT')),
  title text NOT NULL,
  body text NOT NULL,
  paragraph_numbers integer[] NOT NULL DEFAULT '{}',
  question_set_id bigint REFERENCES question_sets (id) ON DELETE RESTRICT,
  exercise_item_id bigint REFERENCES items (id) ON DELETE RESTRICT,
  CONSTRAINT lesson_steps_position_key UNIQUE (lesson_id, position) DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT lesson_steps_reference_check CHECK (
    (kind = 'QUESTION_SET') = (question_set_id IS NOT NULL) AND (kind = 'EXERCISE') = (exercise_item_id IS NOT NULL))
);
CREATE INDEX lesson_steps_question_set_idx ON lesson_steps (question_set_id);
CREATE INDEX lesson_steps_exercise_idx ON lesson_steps (exercise_item_id);
