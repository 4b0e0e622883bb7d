-- People, sessions, shared rate-limit counters, and students' attempts and responses.

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('TEACHER', 'STUDENT')),
  display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 60),
  -- Teachers: a normalised (trimmed, lower-case) email and an argon2id hash.
  email text UNIQUE,
  password_hash text,
  -- Students: the personal code to sign in again (shown to them and their teachers).
  sign_in_code text UNIQUE,
  guest boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_credentials_check CHECK (
    CASE role
      WHEN 'TEACHER' THEN email IS NOT NULL AND password_hash IS NOT NULL AND sign_in_code IS NULL
      ELSE email IS NULL AND password_hash IS NULL AND sign_in_code IS NOT NULL
    END)
);

-- Sessions are random tokens; only their SHA-256 is stored, so a leaked table opens nothing.
CREATE TABLE sessions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash bytea NOT NULL UNIQUE,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Fixed-window counters every server shares (guessing codes, passwords, floods).
CREATE TABLE rate_limits (
  bucket text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL CHECK (hits >= 0)
);

CREATE TABLE attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  student_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  lesson_id bigint NOT NULL REFERENCES lessons (id) ON DELETE RESTRICT,
  assignment_id bigint,
  status text NOT NULL DEFAULT 'IN_PROGRESS' CHECK (status IN ('IN_PROGRESS', 'SUBMITTED')),
  feedback_timing text NOT NULL CHECK (feedback_timing IN ('IMMEDIATE', 'ON_SUBMIT', 'AFTER_DUE')),
  started_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  late boolean NOT NULL DEFAULT false,
  CONSTRAINT attempts_submitted_check CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);
CREATE INDEX attempts_student_idx ON attempts (student_id, started_at DESC);
CREATE INDEX attempts_lesson_idx ON attempts (lesson_id);
-- One open practice attempt per student and lesson; one attempt per student and assignment.
CREATE UNIQUE INDEX attempts_open_practice_key ON attempts (student_id, lesson_id)
  WHERE assignment_id IS NULL AND status = 'IN_PROGRESS';
CREATE UNIQUE INDEX attempts_assignment_key ON attempts (student_id, assignment_id) WHERE assignment_id IS NOT NULL;

CREATE TABLE responses (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  attempt_id bigint NOT NULL REFERENCES attempts (id) ON DELETE RESTRICT,
  item_id bigint NOT NULL REFERENCES items (id) ON DELETE RESTRICT,
  -- The answer as the API shapes it, options by their public keys.
  answer jsonb NOT NULL CHECK (jsonb_typeof(answer) = 'object'),
  revision integer NOT NULL CHECK (revision BETWEEN 1 AND 2147483647),
  saved_at timestamptz NOT NULL DEFAULT now(),
  -- The automatic scoring of this revision.
  auto_score double precision,
  max_score double precision NOT NULL CHECK (max_score > 0),
  correct boolean,
  needs_review boolean NOT NULL,
  message text NOT NULL,
  expected jsonb,
  CONSTRAINT responses_attempt_item_key UNIQUE (attempt_id, item_id),
  CONSTRAINT responses_score_check CHECK (auto_score IS NULL OR auto_score BETWEEN 0 AND max_score)
);
CREATE INDEX responses_item_idx ON responses (item_id);
