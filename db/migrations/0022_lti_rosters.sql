-- Rosters from the platform (LTI Names and Role Provisioning Services 2.0): each course's
-- memberships URL, as its launches name it, and when the class was last synced from it.
ALTER TABLE lti_contexts
  ADD COLUMN memberships_url text,
  ADD COLUMN roster_synced_at timestamptz;

-- A student the platform's roster no longer lists as active (gone, Inactive or Deleted) stays
-- in the class with their work, marked from this time; a later sync listing them again clears it.
ALTER TABLE class_students
  ADD COLUMN inactive_at timestamptz;
