-- LTI Deep Linking 2.0: a platform's deep-linking request waits here while its teacher picks a
-- lesson. Each row is bound to the session the launch opened (only that session may answer it),
-- keeps where to send the answer and the platform's opaque `data`, expires in half an hour and
-- is used once. A pick keeps its row with the assignment it created: a later resource-link launch
-- carrying that assignment binds to it only if a deep link of the same class made it.
CREATE TABLE lti_deep_links (
  token_hash text PRIMARY KEY,
  session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  class_id bigint NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  platform_id bigint NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  deployment_id text NOT NULL,
  return_url text NOT NULL,
  -- The request's deep_linking_settings.data, echoed as it came (null when absent).
  data jsonb,
  -- What the platform accepts: a line item, a new window.
  accept_line_item boolean NOT NULL,
  accept_window boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  assignment_id bigint REFERENCES assignments (id) ON DELETE SET NULL
);
CREATE INDEX lti_deep_links_expires_idx ON lti_deep_links (expires_at);
CREATE INDEX lti_deep_links_session_idx ON lti_deep_links (session_id);
CREATE INDEX lti_deep_links_user_idx ON lti_deep_links (user_id);
CREATE INDEX lti_deep_links_class_idx ON lti_deep_links (class_id);
CREATE INDEX lti_deep_links_platform_idx ON lti_deep_links (platform_id);
CREATE INDEX lti_deep_links_assignment_idx ON lti_deep_links (assignment_id);
