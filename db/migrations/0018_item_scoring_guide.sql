-- A teacher-scored short answer's scoring guide gets a column of its own: the guidance column is
-- an exercise's guidance for students, and a teacher-only text beside it was one careless read
-- away from students.
ALTER TABLE items ADD COLUMN scoring_guide text CHECK (scoring_guide IS NULL OR kind = 'SHORT_ANSWER');
UPDATE items SET scoring_guide = guidance, guidance = NULL WHERE kind = 'SHORT_ANSWER' AND guidance IS NOT NULL;
