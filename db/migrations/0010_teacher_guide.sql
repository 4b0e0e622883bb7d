-- Preparing a lesson: the teacher guide's timings and misconceptions, and a teacher's scratch
-- attempts ("Try as a student"), which never count.

-- Suggested minutes for each step, and the misreadings each question or exercise probes
-- (teacher-only; authored in lessons/, required by the content check).
ALTER TABLE lesson_steps ADD COLUMN minutes integer CHECK (minutes BETWEEN 1 AND 45);
ALTER TABLE items ADD COLUMN misconceptions text[] NOT NULL DEFAULT '{}';

-- A scratch attempt is a teacher's own try at a lesson: never part of an assignment, so never in
-- a class's results, statistics or CSV; only the teacher who started it sees it.
ALTER TABLE attempts ADD COLUMN scratch boolean NOT NULL DEFAULT false;
ALTER TABLE attempts ADD CONSTRAINT attempts_scratch_check CHECK (NOT scratch OR assignment_id IS NULL);
