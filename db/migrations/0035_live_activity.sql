-- The live classroom: what happens in an assigned lesson, as events a teacher (and, for their own
-- attempt, a student) can follow as they happen on any server.
--
-- Each event is written by a trigger in the very transaction that makes the change (a save, a
-- check, a submit, a teacher's score, a pause), so an event exists exactly when its change
-- committed, and the autosave statement costs no extra round trip. The NOTIFY on channel
-- 'activity_events' fires at that commit and carries ids only ("<event id>:<assignment id>");
-- every server reads the event again through its policies before sending it to anyone. The rows
-- are also the snapshot a reconnecting client reads first, and the polling fallback's answer.
-- Practice attempts (no assignment) have no teacher and write no events.
CREATE TABLE activity_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assignment_id bigint NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  -- Null for what concerns the whole assignment or class (paused, feedback opened, due date).
  attempt_id bigint REFERENCES attempts (id) ON DELETE CASCADE,
  student_id bigint REFERENCES users (id) ON DELETE CASCADE,
  item_id bigint REFERENCES items (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (
    kind IN (
      'STARTED', 'SAVED', 'CHECKED', 'SUBMITTED', 'IDLE', 'RETURNED', 'PAUSED', 'RESUMED',
      'SCORED', 'FEEDBACK_OPENED', 'DUE_MOVED'
    )
  ),
  correct boolean,
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX activity_events_assignment_idx ON activity_events (assignment_id, id);
CREATE INDEX activity_events_attempt_idx ON activity_events (attempt_id, id DESC);
CREATE INDEX activity_events_student_idx ON activity_events (student_id);
CREATE INDEX activity_events_item_idx ON activity_events (item_id);

-- A paused class takes no answers (the autosave statement checks it) until it is resumed.
ALTER TABLE classes ADD COLUMN paused_at timestamptz;

ALTER TABLE audit_entries DROP CONSTRAINT audit_entries_action_check;
ALTER TABLE audit_entries ADD CONSTRAINT audit_entries_action_check CHECK (
  action IN (
    'SCORE', 'RUBRIC_MARK', 'DUE_DATE', 'STUDENT_DUE_DATE', 'FEEDBACK_TIMING', 'JOIN_CODE_RESET',
    'SIGN_IN_CODE_RESET', 'DELETED', 'LESSON_VERSION', 'CLASS_PAUSED', 'CLASS_RESUMED'
  )
);

CREATE FUNCTION record_activity(
  p_assignment bigint, p_attempt bigint, p_student bigint, p_item bigint, p_kind text, p_correct boolean
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  event_id bigint;
BEGIN
  INSERT INTO activity_events (assignment_id, attempt_id, student_id, item_id, kind, correct)
    VALUES (p_assignment, p_attempt, p_student, p_item, p_kind, p_correct)
    RETURNING id INTO event_id;
  PERFORM pg_notify('activity_events', event_id::text || ':' || p_assignment::text);
END $$;

-- An attempt started or submitted.
CREATE FUNCTION activity_of_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.assignment_id IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM record_activity(NEW.assignment_id, NEW.id, NEW.student_id, NULL, 'STARTED', NULL);
  ELSIF NEW.status = 'SUBMITTED' AND OLD.status <> 'SUBMITTED' THEN
    PERFORM record_activity(NEW.assignment_id, NEW.id, NEW.student_id, NULL, 'SUBMITTED', NULL);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER attempts_activity AFTER INSERT OR UPDATE OF status ON attempts
  FOR EACH ROW EXECUTE FUNCTION activity_of_attempt();

-- A response saved (every new revision), checked (tries spent) or scored by the teacher. A save
-- after an IDLE event first records that the student came back (RETURNED).
CREATE FUNCTION activity_of_response() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  work record;
  last_kind text;
BEGIN
  SELECT a.assignment_id, a.student_id INTO work FROM attempts a WHERE a.id = NEW.attempt_id;
  IF work.assignment_id IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' OR NEW.revision <> OLD.revision THEN
    SELECT e.kind INTO last_kind FROM activity_events e
     WHERE e.attempt_id = NEW.attempt_id ORDER BY e.id DESC LIMIT 1;
    IF last_kind = 'IDLE' THEN
      PERFORM record_activity(work.assignment_id, NEW.attempt_id, work.student_id, NULL, 'RETURNED', NULL);
    END IF;
    PERFORM record_activity(work.assignment_id, NEW.attempt_id, work.student_id, NEW.item_id, 'SAVED', NEW.correct);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.tries_used > OLD.tries_used THEN
    PERFORM record_activity(work.assignment_id, NEW.attempt_id, work.student_id, NEW.item_id, 'CHECKED', NEW.correct);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.teacher_score IS NOT NULL
     AND NEW.teacher_score IS DISTINCT FROM OLD.teacher_score THEN
    PERFORM record_activity(work.assignment_id, NEW.attempt_id, work.student_id, NEW.item_id, 'SCORED',
                            NEW.teacher_score >= NEW.max_score);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER responses_activity AFTER INSERT OR UPDATE OF revision, tries_used, teacher_score ON responses
  FOR EACH ROW EXECUTE FUNCTION activity_of_response();

-- A class paused or resumed: one event for each of its assignments.
CREATE FUNCTION activity_of_class() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  g record;
BEGIN
  IF (NEW.paused_at IS NULL) = (OLD.paused_at IS NULL) THEN RETURN NULL; END IF;
  FOR g IN SELECT id FROM assignments WHERE class_id = NEW.id LOOP
    PERFORM record_activity(g.id, NULL, NULL, NULL,
                            CASE WHEN NEW.paused_at IS NULL THEN 'RESUMED' ELSE 'PAUSED' END, NULL);
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER classes_activity AFTER UPDATE OF paused_at ON classes
  FOR EACH ROW EXECUTE FUNCTION activity_of_class();

-- The due date moved or the feedback opened (AFTER_DUE became ON_SUBMIT or IMMEDIATE).
CREATE FUNCTION activity_of_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.due_at IS DISTINCT FROM OLD.due_at THEN
    PERFORM record_activity(NEW.id, NULL, NULL, NULL, 'DUE_MOVED', NULL);
  END IF;
  IF OLD.feedback_timing = 'AFTER_DUE' AND NEW.feedback_timing <> 'AFTER_DUE' THEN
    PERFORM record_activity(NEW.id, NULL, NULL, NULL, 'FEEDBACK_OPENED', NULL);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER assignments_activity AFTER UPDATE OF due_at, feedback_timing ON assignments
  FOR EACH ROW EXECUTE FUNCTION activity_of_assignment();

-- One student's own due date moved (a deletion goes with the assignment or the student: no event).
CREATE FUNCTION activity_of_extension() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_activity(NEW.assignment_id,
    (SELECT a.id FROM attempts a WHERE a.assignment_id = NEW.assignment_id AND a.student_id = NEW.student_id),
    NEW.student_id, NULL, 'DUE_MOVED', NULL);
  RETURN NULL;
END $$;
CREATE TRIGGER extensions_activity AFTER INSERT OR UPDATE OF due_at ON assignment_extensions
  FOR EACH ROW EXECUTE FUNCTION activity_of_extension();
