-- Students' written thinking: reflections and an exercise's own claim and context facts.
--
-- A REFLECT step holds its written prompts as a question set of its own (items of kind
-- REFLECTION, free text with no key). A reflection is worth 0 points unless its author gives it
-- points, so items and responses may now be worth 0. An exercise may open answer slots beside its
-- listed positions: a claim in the student's own words, and context facts (a count and a prompt).

ALTER TABLE lesson_steps DROP CONSTRAINT lesson_steps_reference_check;
ALTER TABLE lesson_steps ADD CONSTRAINT lesson_steps_reference_check CHECK (
  CASE kind
    WHEN 'QUESTION_SET' THEN question_set_id IS NOT NULL
    WHEN 'REFLECT' THEN true
    ELSE question_set_id IS NULL
  END
  AND (kind = 'EXERCISE') = (exercise_item_id IS NOT NULL));

ALTER TABLE items DROP CONSTRAINT items_points_check;
ALTER TABLE items ADD CONSTRAINT items_points_check CHECK (points >= 0);

ALTER TABLE responses DROP CONSTRAINT responses_max_score_check;
ALTER TABLE responses ADD CONSTRAINT responses_max_score_check CHECK (max_score >= 0);

-- A reflection has a length limit like a short answer.
ALTER TABLE items DROP CONSTRAINT items_short_answer_check;
ALTER TABLE items ADD CONSTRAINT items_max_length_kind_check CHECK (
  (kind IN ('SHORT_ANSWER', 'REFLECTION')) = (max_length IS NOT NULL));

-- {"ownClaim": {"label": …}, "contextFacts": {"count": n, "prompt": …}}, either part optional.
ALTER TABLE items ADD COLUMN answer_slots jsonb;
ALTER TABLE items ADD CONSTRAINT items_answer_slots_check CHECK (
  answer_slots IS NULL OR (kind = 'EXERCISE' AND jsonb_typeof(answer_slots) = 'object'));
