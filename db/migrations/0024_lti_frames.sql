-- LTI launches inside an LMS's iframe, where the browser blocks the tool's cookies.

-- A launch in a frame hands the page a one-time code (its SHA-256 kept here) that the client
-- exchanges, once and within a minute, for a session token of the user the launch signed in.
CREATE TABLE lti_handoffs (
  code_hash text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  target text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX lti_handoffs_user_idx ON lti_handoffs (user_id);
CREATE INDEX lti_handoffs_expires_idx ON lti_handoffs (expires_at);

-- A login's state is bound to the browser that began it by a short-lived cookie (the SHA-256
-- of its value here). Where the browser could not keep the cookie (a frame without third-party
-- cookies, plain HTTP) the launch goes ahead unbound, and browser_bound records which it was.
ALTER TABLE lti_logins ADD COLUMN browser_binding text;
ALTER TABLE lti_logins ADD COLUMN browser_bound boolean;

-- A login whose platform offers its own storage (1EdTech "OIDC Login with LTI Client Side
-- postMessages": the login's lti_storage_target) keeps the state there too, and the launch page
-- reads it back before it signs anyone in: the window to post to, and the platform's origin.
ALTER TABLE lti_logins ADD COLUMN storage_target text;
ALTER TABLE lti_logins ADD COLUMN storage_origin text;
