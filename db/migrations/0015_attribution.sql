-- Attribution questions: the student marks each segment of a paragraph with its voice.
--
-- Voices and segments are options of new roles. A voice's text is its label. A segment's text is
-- its quote, its span is the paragraph and the UTF-16 offsets the quote resolved to, and its key
-- is the voice it belongs to (partner_key names the voice's content key) with an explanation.

ALTER TABLE item_options ADD COLUMN paragraph_number integer CHECK (paragraph_number >= 1);
ALTER TABLE item_options ADD COLUMN start_offset integer CHECK (start_offset >= 0);
ALTER TABLE item_options ADD COLUMN end_offset integer;

ALTER TABLE item_options DROP CONSTRAINT item_options_role_check;
ALTER TABLE item_options ADD CONSTRAINT item_options_role_check CHECK (
  role IN ('CHOICE', 'ORDER', 'LEFT', 'RIGHT', 'CLAIM', 'VOICE', 'SEGMENT'));

ALTER TABLE item_options DROP CONSTRAINT item_options_key_by_role_check;
ALTER TABLE item_options ADD CONSTRAINT item_options_key_by_role_check CHECK (
  CASE role
    WHEN 'CHOICE' THEN correct IS NOT NULL
    WHEN 'ORDER' THEN key_position IS NOT NULL
    WHEN 'LEFT' THEN partner_key IS NOT NULL
    WHEN 'SEGMENT' THEN partner_key IS NOT NULL AND explanation IS NOT NULL
    ELSE true
  END);

-- Only segments have a span, and every segment has one.
ALTER TABLE item_options ADD CONSTRAINT item_options_span_check CHECK (
  (role = 'SEGMENT') = (paragraph_number IS NOT NULL)
  AND (role = 'SEGMENT') = (start_offset IS NOT NULL)
  AND (role = 'SEGMENT') = (end_offset IS NOT NULL)
  AND (end_offset IS NULL OR end_offset > start_offset));
