import type { Queryable } from "../../core/database.js";

export interface AssignmentRow {
  id: string;
  classId: string;
  lessonId: string;
  dueAt: Date | null;
  feedbackTiming: "IMMEDIATE" | "PRACTICE" | "ON_SUBMIT" | "AFTER_DUE";
  createdAt: Date;
}

const COLUMNS = `g.id::text AS "id", g.class_id::text AS "classId", g.lesson_id::text AS "lessonId", g.due_at AS "dueAt",
  g.feedback_timing AS "feedbackTiming", g.created_at AS "createdAt"`;

/** Inserts an assignment. */
export async function insertAssignment(
  db: Queryable,
  assignment: { classId: string; lessonId: string; dueAt: Date | null; feedbackTiming: string },
): Promise<AssignmentRow> {
  const { rows } = await db.query<AssignmentRow>(
    `INSERT INTO assignments AS g (class_id, lesson_id, due_at, feedback_timing) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
    [assignment.classId, assignment.lessonId, assignment.dueAt, assignment.feedbackTiming],
  );
  return rows[0]!;
}

/** Changes an assignment's due date and feedback timing. */
export async function updateAssignment(
  db: Queryable,
  id: string,
  changes: { dueAt: Date | null; feedbackTiming: string },
): Promise<AssignmentRow> {
  const { rows } = await db.query<AssignmentRow>(
    `UPDATE assignments g SET due_at = $2, feedback_timing = $3 WHERE g.id = $1 RETURNING ${COLUMNS}`,
    [id, changes.dueAt, changes.feedbackTiming],
  );
  return rows[0]!;
}

/** Assignments by id. */
export async function selectAssignmentsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<AssignmentRow[]> {
  const { rows } = await db.query<AssignmentRow>(
    `SELECT ${COLUMNS} FROM assignments g WHERE g.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/** The assignments of several classes, newest first. */
export async function selectAssignmentsByClassIds(
  db: Queryable,
  classIds: readonly string[],
): Promise<AssignmentRow[]> {
  const { rows } = await db.query<AssignmentRow>(
    `SELECT ${COLUMNS} FROM assignments g WHERE g.class_id = ANY($1::bigint[]) ORDER BY g.class_id, g.created_at DESC, g.id DESC`,
    [classIds],
  );
  return rows;
}

export interface ExtensionRow {
  assignmentId: string;
  studentId: string;
  dueAt: Date;
}

const EXTENSION_COLUMNS = `x.assignment_id::text AS "assignmentId", x.student_id::text AS "studentId", x.due_at AS "dueAt"`;

/** Gives a student their own due date for an assignment (replacing an earlier extension). */
export async function upsertExtension(
  db: Queryable,
  assignmentId: string,
  studentId: string,
  dueAt: Date,
): Promise<ExtensionRow> {
  const { rows } = await db.query<ExtensionRow>(
    `INSERT INTO assignment_extensions AS x (assignment_id, student_id, due_at) VALUES ($1, $2, $3)
     ON CONFLICT (assignment_id, student_id) DO UPDATE SET due_at = EXCLUDED.due_at
     RETURNING ${EXTENSION_COLUMNS}`,
    [assignmentId, studentId, dueAt],
  );
  return rows[0]!;
}

/** The extensions of several assignments, earliest due first. */
export async function selectExtensionsByAssignmentIds(
  db: Queryable,
  assignmentIds: readonly string[],
): Promise<ExtensionRow[]> {
  const { rows } = await db.query<ExtensionRow>(
    `SELECT ${EXTENSION_COLUMNS} FROM assignment_extensions x
      WHERE x.assignment_id = ANY($1::bigint[]) ORDER BY x.assignment_id, x.due_at, x.student_id`,
    [assignmentIds],
  );
  return rows;
}

/**
 * Hands a duplicate student's extensions to the student kept in their place, where the kept one
 * has none for that assignment; the duplicate's others go.
 */
export async function moveExtensions(
  db: Queryable,
  fromStudentId: string,
  toStudentId: string,
): Promise<void> {
  await db.query(
    `UPDATE assignment_extensions x SET student_id = $2
      WHERE x.student_id = $1
        AND NOT EXISTS (SELECT 1 FROM assignment_extensions k WHERE k.student_id = $2 AND k.assignment_id = x.assignment_id)`,
    [fromStudentId, toStudentId],
  );
  await db.query(`DELETE FROM assignment_extensions WHERE student_id = $1`, [fromStudentId]);
}

/**
 * Points the assignments of some lessons (in classes not archived) at another lesson; returns
 * each with its class and former lesson. Attempts keep their own lesson, so only students who
 * have not started follow.
 */
export async function moveAssignmentsToLesson(
  db: Queryable,
  fromLessonIds: readonly string[],
  toLessonId: string,
): Promise<Array<{ id: string; classId: string; fromLessonId: string }>> {
  const { rows } = await db.query<{ id: string; classId: string; fromLessonId: string }>(
    `WITH moving AS (
       SELECT g.id, g.class_id, g.lesson_id FROM assignments g JOIN classes c ON c.id = g.class_id
        WHERE c.archived_at IS NULL AND g.lesson_id = ANY($1::bigint[]) FOR UPDATE OF g)
     UPDATE assignments g SET lesson_id = $2 FROM moving m WHERE g.id = m.id
     RETURNING g.id::text AS "id", m.class_id::text AS "classId", m.lesson_id::text AS "fromLessonId"`,
    [fromLessonIds, toLessonId],
  );
  return rows;
}
