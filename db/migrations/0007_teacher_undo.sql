-- Undo for a teacher's mistakes: per-student due dates, returned work, auto-submission marks,
-- and the teacher's own label for a student in a class.

-- A student's own due date for one assignment; it replaces the assignment's wherever the due date counts.
CREATE TABLE assignment_extensions (
  assignment_id bigint NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  student_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  due_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assignment_id, student_id)
);
CREATE INDEX assignment_extensions_student_idx ON assignment_extensions (student_id);

ALTER TABLE attempts
  -- Submitted by its AFTER_DUE due date passing rather than by the student (reopenAttempts can undo just those).
  ADD COLUMN closed_by_due boolean NOT NULL DEFAULT false,
  -- The teacher handed the work back with an overall comment.
  ADD COLUMN returned_at timestamptz,
  ADD COLUMN return_comment text CHECK (char_length(return_comment) <= 5000);

-- The teacher's label for a student in this class; the student's own display name stays theirs.
ALTER TABLE class_students
  ADD COLUMN label text CHECK (char_length(label) BETWEEN 1 AND 60);
