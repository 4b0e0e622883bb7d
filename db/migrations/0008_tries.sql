-- Tries mode: with IMMEDIATE feedback a student checks an answer, spends one of the item's tries and
-- may try again at a penalty; the key shows once the item locks. PRACTICE keeps the old IMMEDIATE
-- behaviour (the key with each save, not counted toward a grade).

ALTER TABLE attempts DROP CONSTRAINT attempts_feedback_timing_check;
ALTER TABLE attempts ADD CONSTRAINT attempts_feedback_timing_check
  CHECK (feedback_timing IN ('IMMEDIATE', 'PRACTICE', 'ON_SUBMIT', 'AFTER_DUE'));
ALTER TABLE assignments DROP CONSTRAINT assignments_feedback_timing_check;
ALTER TABLE assignments ADD CONSTRAINT assignments_feedback_timing_check
  CHECK (feedback_timing IN ('IMMEDIATE', 'PRACTICE', 'ON_SUBMIT', 'AFTER_DUE'));

ALTER TABLE responses
  -- Checks spent; in tries mode the scoring columns hold the last check's (penalised) result.
  ADD COLUMN tries_used integer NOT NULL DEFAULT 0 CHECK (tries_used >= 0),
  -- The tries the item allows; null where nothing is checked (other timings, unscored kinds).
  ADD COLUMN max_tries integer CHECK (max_tries > 0),
  -- The revision the last check scored: a check repeated at it spends nothing.
  ADD COLUMN checked_revision integer,
  -- No more saves or checks: the last try was spent, a check was right, the student asked for
  -- the answer, or the attempt was submitted.
  ADD COLUMN locked boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT responses_tries_check CHECK (max_tries IS NULL OR tries_used <= max_tries);
