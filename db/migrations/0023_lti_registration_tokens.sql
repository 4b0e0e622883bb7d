-- Single-use URLs for LTI Dynamic Registration (`npm run lti:registration-url`): the SHA-256 of
-- the random token, when it expires, and when a registration used it (once, on success).
CREATE TABLE lti_registration_tokens (
  token_hash text PRIMARY KEY,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  issuer text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lti_registration_tokens_expires_idx ON lti_registration_tokens (expires_at);
