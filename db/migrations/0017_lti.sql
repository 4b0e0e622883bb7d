-- LTI 1.3: the tool's signing keys, the platforms (LMSs) it trusts, one-time login states, and
-- the links from a platform's users, courses and resource links to this server's own rows.
-- Deep linking, grade passback (AGS), rosters (NRPS) and dynamic registration add to these later.

-- A teacher who only ever arrives from a platform has neither an email nor a password: both or
-- neither, so a password teacher still needs both.
ALTER TABLE users DROP CONSTRAINT users_credentials_check;
ALTER TABLE users ADD CONSTRAINT users_credentials_check CHECK (
  CASE role
    WHEN 'TEACHER' THEN (email IS NULL) = (password_hash IS NULL) AND sign_in_code IS NULL
    ELSE email IS NULL AND password_hash IS NULL AND sign_in_code IS NOT NULL
  END);

-- RSA key pairs as JWKs. The newest unretired key signs; a retired key stays published for a
-- day so platforms holding a cached key set still verify what it signed.
CREATE TABLE lti_keys (
  kid text PRIMARY KEY,
  private_jwk jsonb NOT NULL,
  public_jwk jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  retired_at timestamptz
);
CREATE INDEX lti_keys_created_idx ON lti_keys (created_at);

CREATE TABLE lti_platforms (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  issuer text NOT NULL,
  client_id text NOT NULL,
  auth_login_url text NOT NULL,
  token_url text NOT NULL,
  jwks_url text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployments (
  platform_id bigint NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  deployment_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (platform_id, deployment_id)
);

-- One row per OIDC login: its state and nonce, single use, ten minutes.
CREATE TABLE lti_logins (
  state text PRIMARY KEY,
  nonce text NOT NULL,
  platform_id bigint NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
  target_link_uri text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX lti_logins_platform_idx ON lti_logins (platform_id);
CREATE INDEX lti_logins_expires_idx ON lti_logins (expires_at);

-- Nonces of accepted id_tokens, kept until the token expires: a token is accepted once.
CREATE TABLE lti_nonces (
  issuer text NOT NULL,
  nonce text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (issuer, nonce)
);
CREATE INDEX lti_nonces_expires_idx ON lti_nonces (expires_at);

-- Links are keyed by issuer (a platform's subs, contexts and links are unique within it), so
-- registering a platform again keeps its people, classes and assignments.
CREATE TABLE lti_users (
  issuer text NOT NULL,
  sub text NOT NULL,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, sub)
);
CREATE INDEX lti_users_user_idx ON lti_users (user_id);

CREATE TABLE lti_contexts (
  issuer text NOT NULL,
  deployment_id text NOT NULL,
  context_id text NOT NULL,
  class_id bigint NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  title text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, deployment_id, context_id)
);
CREATE INDEX lti_contexts_class_idx ON lti_contexts (class_id);

CREATE TABLE lti_resource_links (
  issuer text NOT NULL,
  deployment_id text NOT NULL,
  resource_link_id text NOT NULL,
  assignment_id bigint NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, deployment_id, resource_link_id)
);
CREATE INDEX lti_resource_links_assignment_idx ON lti_resource_links (assignment_id);
