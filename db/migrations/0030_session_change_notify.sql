-- Servers keep the sessions they have looked up in memory; these triggers tell every server on
-- the database (LISTEN session_changes) whose sessions to look up afresh: the payload is the
-- user's id, sent when the transaction that ended a session or changed the user commits.
CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('session_changes', (CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END)::text);
  RETURN NULL;
END $$;

CREATE FUNCTION notify_user_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('session_changes', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
  RETURN NULL;
END $$;

CREATE TRIGGER sessions_ended AFTER UPDATE OF revoked_at ON sessions
  FOR EACH ROW WHEN (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) EXECUTE FUNCTION notify_session_change();
CREATE TRIGGER sessions_deleted AFTER DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION notify_session_change();
CREATE TRIGGER users_changed AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_user_change();
-- A student linked to an LMS stops seeing their own sign-in code.
CREATE TRIGGER lti_users_changed AFTER INSERT OR UPDATE OR DELETE ON lti_users
  FOR EACH ROW EXECUTE FUNCTION notify_session_change();
