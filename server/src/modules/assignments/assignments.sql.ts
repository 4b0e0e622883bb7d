import type { Queryable } from "../../core/database.js";

export interface AssignmentRow {
  id: string;
  classId: string;
  lessonId: string;
  dueAt: Date | null;
  feedbackTiming: "IMMEDIATE" | "ON_SUBMIT" | "AFTER_DUE";
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
