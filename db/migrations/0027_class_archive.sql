-- An archived class keeps its work to read (teacher and students) but nothing in it changes any
-- more until it is deleted: no joining, assigning, starting, saving, scoring or undoing.
ALTER TABLE classes ADD COLUMN archived_at timestamptz;
