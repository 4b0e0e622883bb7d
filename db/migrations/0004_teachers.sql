-- Classes, students' membership, assignments, and teachers' grading of responses.

CREATE TABLE classes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  teacher_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  -- Stored upper-case; students' input is matched case-insensitively.
  join_code text NOT NULL UNIQUE CHECK (join_code ~ '^[2-9A-HJKMNP-Z]{6,8}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX classes_teacher_idx ON classes (teacher_id, created_at);

CREATE TABLE class_students (
  class_id bigint NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  student_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (class_id, student_id)
);
CREATE INDEX class_students_student_idx ON class_students (student_id);

CREATE TABLE assignments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  class_id bigint NOT NULL REFERENCES classes (id) ON DELETE RESTRICT,
  lesson_id bigint NOT NULL REFERENCES lessons (id) ON DELETE RESTRICT,
  due_at timestamptz,
  feedback_timing text NOT NULL DEFAULT 'ON_SUBMIT' CHECK (feedback_timing IN ('IMMEDIATE', 'ON_SUBMIT', 'AFTER_DUE')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT assignments_after_due_check CHECK (feedback_timing <> 'AFTER_DUE' OR due_at IS NOT NULL)
);
CREATE INDEX assignments_class_idx ON assignments (class_id, created_at);
CREATE INDEX assignments_lesson_idx ON assignments (lesson_id);
CREATE INDEX assignments_overdue_idx ON assignments (due_at) WHERE feedback_timing = 'AFTER_DUE';

ALTER TABLE attempts
  ADD CONSTRAINT attempts_assignment_fkey FOREIGN KEY (assignment_id) REFERENCES assignments (id) ON DELETE RESTRICT;
CREATE INDEX attempts_open_assignment_idx ON attempts (assignment_id) WHERE status = 'IN_PROGRESS';

-- The automatic evidence part of an exercise, and the teacher's judgement.
ALTER TABLE responses
  ADD COLUMN evidence_score double precision CHECK (evidence_score >= 0),
  ADD COLUMN rubric_scores jsonb CHECK (rubric_scores IS NULL OR jsonb_typeof(rubric_scores) = 'array'),
  ADD COLUMN teacher_score double precision CHECK (teacher_score >= 0),
  ADD COLUMN teacher_comment text CHECK (char_length(teacher_comment) <= 5000),
  ADD COLUMN scored_by bigint REFERENCES users (id) ON DELETE SET NULL,
  ADD COLUMN scored_at timestamptz,
  ADD CONSTRAINT responses_teacher_score_max_check CHECK (teacher_score IS NULL OR teacher_score <= max_score);
CREATE INDEX responses_scored_by_idx ON responses (scored_by);
