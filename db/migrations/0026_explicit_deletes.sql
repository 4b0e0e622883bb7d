-- Deleting is real deletion: a student's account, a class, an assignment or a student's place in
-- a class takes what hangs on it with it. Every foreign key names its ON DELETE action (a test
-- refuses NO ACTION): CASCADE where the row is part of what is deleted, SET NULL where a row of
-- someone else's only mentions it, RESTRICT where deleting would be a mistake (published content;
-- a teacher who still has classes deletes them first).

-- A student's work goes with the student, the assignment and the attempt it belongs to.
ALTER TABLE attempts DROP CONSTRAINT attempts_student_id_fkey;
ALTER TABLE attempts ADD CONSTRAINT attempts_student_id_fkey
  FOREIGN KEY (student_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE attempts DROP CONSTRAINT attempts_assignment_fkey;
ALTER TABLE attempts ADD CONSTRAINT attempts_assignment_fkey
  FOREIGN KEY (assignment_id) REFERENCES assignments (id) ON DELETE CASCADE;
CREATE INDEX attempts_assignment_idx ON attempts (assignment_id);
ALTER TABLE responses DROP CONSTRAINT responses_attempt_id_fkey;
ALTER TABLE responses ADD CONSTRAINT responses_attempt_id_fkey
  FOREIGN KEY (attempt_id) REFERENCES attempts (id) ON DELETE CASCADE;

-- A class's memberships and assignments go with the class; a student's memberships with them.
ALTER TABLE class_students DROP CONSTRAINT class_students_student_id_fkey;
ALTER TABLE class_students ADD CONSTRAINT class_students_student_id_fkey
  FOREIGN KEY (student_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE assignments DROP CONSTRAINT assignments_class_id_fkey;
ALTER TABLE assignments ADD CONSTRAINT assignments_class_id_fkey
  FOREIGN KEY (class_id) REFERENCES classes (id) ON DELETE CASCADE;

-- Question kinds are the code's own list: never deleted while an item uses one.
ALTER TABLE items DROP CONSTRAINT items_kind_fkey;
ALTER TABLE items ADD CONSTRAINT items_kind_fkey
  FOREIGN KEY (kind) REFERENCES item_kinds (kind) ON DELETE RESTRICT;
