-- A deep-linking request begun by a launch inside the platform's frame, where the browser keeps
-- none of the tool's cookies: it opens no session, and its picker answers to its token alone
-- (random, single use, 30 minutes, known only to the frame that completed the verified launch).
ALTER TABLE lti_deep_links ADD COLUMN frame_bound boolean NOT NULL DEFAULT false;
ALTER TABLE lti_deep_links ALTER COLUMN session_id DROP NOT NULL;
ALTER TABLE lti_deep_links
  ADD CONSTRAINT lti_deep_links_bound_check CHECK (frame_bound OR session_id IS NOT NULL);
