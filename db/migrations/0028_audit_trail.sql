-- The audit trail: each change a teacher makes to what students see or get (a score, a rubric
-- mark, a due date, the feedback timing, a new join or sign-in code, a deletion), written in the
-- same transaction as the change. Values are short labels (a number, a date, a timing); never a
-- student's answer text, never a code or a token.
--
-- A class's trail goes with the class (ON DELETE CASCADE): deleting a class removes its
-- students' work from the server, and the record of changes to that work goes with it. A row
-- outlives the assignment, student or teacher it names (ON DELETE SET NULL), so the record of
-- a deletion stays in the class's trail.
CREATE TABLE audit_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  class_id bigint NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  assignment_id bigint REFERENCES assignments (id) ON DELETE SET NULL,
  student_id bigint REFERENCES users (id) ON DELETE SET NULL,
  actor_id bigint REFERENCES users (id) ON DELETE SET NULL,
  -- The actor's name when the change was made, for a trail that outlives the account.
  actor_name text NOT NULL,
  action text NOT NULL CHECK (
    action IN (
      'SCORE',
      'RUBRIC_MARK',
      'DUE_DATE',
      'STUDENT_DUE_DATE',
      'FEEDBACK_TIMING',
      'JOIN_CODE_RESET',
      'SIGN_IN_CODE_RESET',
      'DELETED'
    )
  ),
  field text CHECK (char_length(field) <= 200),
  old_value text CHECK (char_length(old_value) <= 200),
  new_value text CHECK (char_length(new_value) <= 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_entries_class_idx ON audit_entries (class_id, id DESC);
CREATE INDEX audit_entries_assignment_idx ON audit_entries (assignment_id, id DESC);
CREATE INDEX audit_entries_student_idx ON audit_entries (student_id);
CREATE INDEX audit_entries_actor_idx ON audit_entries (actor_id);
