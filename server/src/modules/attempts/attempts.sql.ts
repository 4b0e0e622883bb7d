import type { Queryable } from "../../core/database.js";

export interface AttemptRow {
  id: string;
  studentId: string;
  lessonId: string;
  assignmentId: string | null;
  status: "IN_PROGRESS" | "SUBMITTED";
  feedbackTiming: "IMMEDIATE" | "ON_SUBMIT" | "AFTER_DUE";
  startedAt: Date;
  submittedAt: Date | null;
  late: boolean;
  /** The assignment's due date (null in practice). */
  dueAt: Date | null;
  /** The class of the assignment (null in practice). */
  classId: string | null;
}

// Read through the assignment: its current feedback timing counts, and once an AFTER_DUE due date
// has passed an open attempt reads as submitted at the due date (server time decides), even
// before the sweep (closeOverdueAttempts) writes it down.
export const OVERDUE = `COALESCE(a.status = 'IN_PROGRESS' AND g.feedback_timing = 'AFTER_DUE' AND g.due_at <= now(), false)`;
const ATTEMPT_COLUMNS = `a.id::text AS "id", a.student_id::text AS "studentId", a.lesson_id::text AS "lessonId",
  a.assignment_id::text AS "assignmentId", CASE WHEN ${OVERDUE} THEN 'SUBMITTED' ELSE a.status END AS "status",
  COALESCE(g.feedback_timing, a.feedback_timing) AS "feedbackTiming", a.started_at AS "startedAt",
  CASE WHEN ${OVERDUE} THEN g.due_at ELSE a.submitted_at END AS "submittedAt", a.late AS "late", g.due_at AS "dueAt",
  g.class_id::text AS "classId"`;
export const ATTEMPTS = `attempts a LEFT JOIN assignments g ON g.id = a.assignment_id`;

/** Opens a practice attempt unless the student has one open for the lesson; returns the open one. */
export async function openPracticeAttempt(
  db: Queryable,
  studentId: string,
  lessonId: string,
): Promise<AttemptRow> {
  await db.query(
    `INSERT INTO attempts (student_id, lesson_id, feedback_timing) VALUES ($1, $2, 'IMMEDIATE')
     ON CONFLICT (student_id, lesson_id) WHERE assignment_id IS NULL AND status = 'IN_PROGRESS' DO NOTHING`,
    [studentId, lessonId],
  );
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS}
      WHERE a.student_id = $1 AND a.lesson_id = $2 AND a.assignment_id IS NULL AND a.status = 'IN_PROGRESS'`,
    [studentId, lessonId],
  );
  return rows[0]!;
}

/** The student's attempt for an assignment, made if there is none (one per student and assignment). */
export async function openAssignmentAttempt(
  db: Queryable,
  studentId: string,
  assignment: { id: string; lessonId: string; feedbackTiming: string },
): Promise<AttemptRow> {
  await db.query(
    `INSERT INTO attempts (student_id, lesson_id, assignment_id, feedback_timing) VALUES ($1, $2, $3, $4)
     ON CONFLICT (student_id, assignment_id) WHERE assignment_id IS NOT NULL DO NOTHING`,
    [studentId, assignment.lessonId, assignment.id, assignment.feedbackTiming],
  );
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.student_id = $1 AND a.assignment_id = $2`,
    [studentId, assignment.id],
  );
  return rows[0]!;
}

/** Attempts by id. */
export async function selectAttemptsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/** The attempts of several assignments, oldest first. */
export async function selectAttemptsByAssignmentIds(
  db: Queryable,
  assignmentIds: readonly string[],
): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.assignment_id = ANY($1::bigint[]) ORDER BY a.assignment_id, a.started_at, a.id`,
    [assignmentIds],
  );
  return rows;
}

/** An attempt, locked until the transaction ends (saves and the submit take turns). */
export async function selectAttemptForUpdate(
  db: Queryable,
  id: string,
): Promise<AttemptRow | undefined> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.id = $1 FOR UPDATE OF a`,
    [id],
  );
  return rows[0];
}

/** Writes down the submission of open attempts whose AFTER_DUE due date has passed; returns how many. */
export async function closeOverdueAttempts(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE attempts a SET status = 'SUBMITTED', submitted_at = g.due_at
       FROM assignments g
      WHERE g.id = a.assignment_id AND a.status = 'IN_PROGRESS' AND g.feedback_timing = 'AFTER_DUE' AND g.due_at <= now()`,
  );
  return rowCount ?? 0;
}

/** A student's attempts, newest first. */
export async function selectAttemptsByStudent(
  db: Queryable,
  studentId: string,
): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.student_id = $1 ORDER BY a.started_at DESC, a.id DESC`,
    [studentId],
  );
  return rows;
}

/** Marks an open attempt submitted (late if its assignment's due date has passed); returns it. */
export async function markSubmitted(db: Queryable, id: string): Promise<AttemptRow> {
  await db.query(
    `UPDATE attempts a SET status = 'SUBMITTED', submitted_at = now(),
            late = COALESCE((SELECT g.due_at < now() FROM assignments g WHERE g.id = a.assignment_id), false)
      WHERE a.id = $1 AND a.status = 'IN_PROGRESS'`,
    [id],
  );
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.id = $1`,
    [id],
  );
  return rows[0]!;
}
