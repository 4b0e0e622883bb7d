-- The misconception catalogue (lessons/misconceptions.yaml) and the distractors that name it.
-- Synced from lessons/ at start by authored keys like the rest of the content: a catalogue entry
-- keeps its id once published and is retired, never deleted, when it leaves the file.

CREATE TABLE misconceptions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_key text NOT NULL UNIQUE CHECK (content_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  position integer,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  belief text NOT NULL,
  habit text NOT NULL CHECK (habit IN ('SOURCING', 'CONTEXTUALIZATION', 'CORROBORATION', 'CLOSE_READING')),
  reteach text NOT NULL,
  retired boolean NOT NULL DEFAULT false,
  CONSTRAINT misconceptions_position_key UNIQUE (position) DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT misconceptions_retired_position_check CHECK (retired = (position IS NULL))
);

-- Teacher-only, like the answer keys: which distractor of an item encodes which misconception.
-- Exactly one shape per row: a wrong choice, a wrong matching pair (left → right), a wrong order
-- (first placed before then, which the key puts first) or a common wrong short answer. Options are
-- named by their content keys (item_options.content_key); rows are replaced on every sync.
CREATE TABLE item_distractors (
  item_id bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  misconception_id bigint NOT NULL REFERENCES misconceptions (id) ON DELETE RESTRICT,
  choice_key text,
  left_key text,
  right_key text,
  first_key text,
  then_key text,
  answer_text text,
  PRIMARY KEY (item_id, position),
  CONSTRAINT item_distractors_shape_check CHECK (
    (choice_key IS NOT NULL)::int + (left_key IS NOT NULL AND right_key IS NOT NULL)::int
      + (first_key IS NOT NULL AND then_key IS NOT NULL)::int + (answer_text IS NOT NULL)::int = 1)
);
CREATE INDEX item_distractors_misconception_idx ON item_distractors (misconception_id);
