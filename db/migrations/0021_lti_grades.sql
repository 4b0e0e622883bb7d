-- LTI Assignment and Grade Services (AGS 2.0): where a resource link's scores go, and a durable
-- outbox of scores to post there.

-- The launch's endpoint claim (https://purl.imsglobal.org/spec/lti-ags/claim/endpoint), kept from
-- the latest launch of the link, and the platform registration whose token posts to it.
ALTER TABLE lti_resource_links
  ADD COLUMN ags_platform_id bigint REFERENCES lti_platforms (id) ON DELETE SET NULL,
  ADD COLUMN ags_lineitem text,
  ADD COLUMN ags_lineitems text,
  ADD COLUMN ags_scopes text[] NOT NULL DEFAULT '{}';
CREATE INDEX lti_resource_links_ags_platform_idx ON lti_resource_links (ags_platform_id);

-- One row per line item and platform user: the newest version of their score waits here until it
-- is posted. A change bumps `version` (superseding an older one not yet posted); a server claims
-- due rows with a lease, posts the score as the work stands then, and marks the row sent only if
-- no newer version arrived meanwhile. Failures back off (next_attempt_at) and after a number of
-- tries the row is 'failed' until the teacher retries or the work changes again.
CREATE TABLE lti_score_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  lineitem text NOT NULL,
  sub text NOT NULL,
  platform_id bigint NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  assignment_id bigint NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  -- Null once the user is gone (merged away): the platform is then told the work is gone.
  student_id bigint REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  tries integer NOT NULL DEFAULT 0 CHECK (tries >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  last_error text,
  sent_at timestamptz,
  sent_version integer,
  UNIQUE (lineitem, sub)
);
CREATE INDEX lti_score_outbox_due_idx ON lti_score_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX lti_score_outbox_assignment_idx ON lti_score_outbox (assignment_id);
CREATE INDEX lti_score_outbox_student_idx ON lti_score_outbox (student_id);
CREATE INDEX lti_score_outbox_platform_idx ON lti_score_outbox (platform_id);

-- Queues (or supersedes) the score of a student's work at an assignment, for every line item the
-- assignment's links post to and the student's sub on that platform. Nothing for work that no
-- platform with the score scope is waiting for.
CREATE FUNCTION lti_enqueue_score(p_assignment bigint, p_student bigint) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO lti_score_outbox AS o (lineitem, sub, platform_id, assignment_id, student_id)
  SELECT DISTINCT ON (l.ags_lineitem, u.sub) l.ags_lineitem, u.sub, l.ags_platform_id, l.assignment_id, u.user_id
    FROM lti_resource_links l
    JOIN assignments g ON g.id = l.assignment_id
    JOIN lti_users u ON u.issuer = l.issuer AND u.user_id = p_student
   WHERE l.assignment_id = p_assignment AND l.ags_lineitem IS NOT NULL
     AND l.ags_platform_id IS NOT NULL
     AND 'https://purl.imsglobal.org/spec/lti-ags/scope/score' = ANY (l.ags_scopes)
   ORDER BY l.ags_lineitem, u.sub, l.created_at DESC
  ON CONFLICT (lineitem, sub) DO UPDATE
     SET version = o.version + 1, status = 'pending', tries = 0, next_attempt_at = now(),
         changed_at = clock_timestamp(), platform_id = EXCLUDED.platform_id,
         assignment_id = EXCLUDED.assignment_id, student_id = EXCLUDED.student_id
$$;

-- Every change to an attempt's progress or score queues its score in the change's own
-- transaction, whichever code makes it (submit, the due date's sweep, reopen, return, a
-- teacher's scoring, a rescore, a merge, a deletion): if the change commits, so does the row.
CREATE FUNCTION lti_attempt_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.assignment_id IS NOT NULL THEN
    PERFORM lti_enqueue_score(OLD.assignment_id, OLD.student_id);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.assignment_id IS NOT NULL AND (TG_OP = 'INSERT'
      OR OLD.student_id IS DISTINCT FROM NEW.student_id
      OR OLD.assignment_id IS DISTINCT FROM NEW.assignment_id) THEN
    PERFORM lti_enqueue_score(NEW.assignment_id, NEW.student_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER lti_attempt_score AFTER INSERT OR DELETE
  OR UPDATE OF status, submitted_at, returned_at, return_comment, student_id, assignment_id
  ON attempts FOR EACH ROW EXECUTE FUNCTION lti_attempt_changed();

-- A response's score counts once the attempt is submitted (autosaves of open work post nothing);
-- a teacher's score always.
CREATE FUNCTION lti_response_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  work record;
BEGIN
  SELECT a.assignment_id, a.student_id, a.status INTO work
    FROM attempts a WHERE a.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.attempt_id ELSE NEW.attempt_id END);
  IF work.assignment_id IS NOT NULL AND (work.status = 'SUBMITTED'
      OR (TG_OP = 'UPDATE' AND OLD.teacher_score IS DISTINCT FROM NEW.teacher_score)) THEN
    PERFORM lti_enqueue_score(work.assignment_id, work.student_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER lti_response_score AFTER INSERT OR DELETE
  OR UPDATE OF auto_score, teacher_score, needs_review, max_score
  ON responses FOR EACH ROW EXECUTE FUNCTION lti_response_changed();

-- When feedback opens depends on the assignment's timing and due date and the student's extension.
CREATE FUNCTION lti_due_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'assignments' THEN
    PERFORM lti_enqueue_score(a.assignment_id, a.student_id) FROM attempts a WHERE a.assignment_id = NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM lti_enqueue_score(OLD.assignment_id, OLD.student_id);
  ELSE
    PERFORM lti_enqueue_score(NEW.assignment_id, NEW.student_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER lti_assignment_due AFTER UPDATE OF due_at, feedback_timing ON assignments
  FOR EACH ROW EXECUTE FUNCTION lti_due_changed();
CREATE TRIGGER lti_extension_due AFTER INSERT OR DELETE OR UPDATE OF due_at ON assignment_extensions
  FOR EACH ROW EXECUTE FUNCTION lti_due_changed();
