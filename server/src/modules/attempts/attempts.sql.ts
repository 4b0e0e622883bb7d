import type { Queryable } from "../../core/database.js";

export interface AttemptRow {
  id: string;
  studentId: string;
  lessonId: string;
  assignmentId: string | null;
  status: "IN_PROGRESS" | "SUBMITTED";
  feedbackTiming: "IMMEDIATE" | "PRACTICE" | "ON_SUBMIT" | "AFTER_DUE";
  startedAt: Date;
  submittedAt: Date | null;
  late: boolean;
  /** The student's due date: their extension, else the assignment's (null in practice). */
  dueAt: Date | null;
  /** Submitted because its AFTER_DUE due date passed, not by the student. */
  closedByDue: boolean;
  returnedAt: Date | null;
  returnComment: string | null;
  /** The class of the assignment (null in practice). */
  classId: string | null;
  /** A teacher's own try at a lesson ("Try as a student"): it never counts. */
  scratch: boolean;
}

// Read through the assignment: its current feedback timing counts, and once an AFTER_DUE due date
// (the student's extension, else the assignment's) has passed an open attempt reads as submitted
// at that date (server time decides), even before the sweep (closeOverdueAttempts) writes it down.
// Needs `x`, the student's extension (EXTENSION).
export const DUE = `COALESCE(x.due_at, g.due_at)`;
export const OVERDUE = `COALESCE(a.status = 'IN_PROGRESS' AND g.feedback_timing = 'AFTER_DUE' AND ${DUE} <= now(), false)`;
export const EXTENSION = `LEFT JOIN assignment_extensions x ON x.assignment_id = a.assignment_id AND x.student_id = a.student_id`;
export const ATTEMPT_COLUMNS = `a.id::text AS "id", a.student_id::text AS "studentId", a.lesson_id::text AS "lessonId",
  a.assignment_id::text AS "assignmentId", CASE WHEN ${OVERDUE} THEN 'SUBMITTED' ELSE a.status END AS "status",
  COALESCE(g.feedback_timing, a.feedback_timing) AS "feedbackTiming", a.started_at AS "startedAt",
  CASE WHEN ${OVERDUE} THEN ${DUE} ELSE a.submitted_at END AS "submittedAt", a.late AS "late", ${DUE} AS "dueAt",
  g.class_id::text AS "classId", (a.closed_by_due OR ${OVERDUE}) AS "closedByDue", a.returned_at AS "returnedAt",
  a.return_comment AS "returnComment", a.scratch AS "scratch"`;
export const ATTEMPTS = `attempts a LEFT JOIN assignments g ON g.id = a.assignment_id ${EXTENSION}`;

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
    `UPDATE attempts t SET status = 'SUBMITTED', submitted_at = d.due, closed_by_due = true
       FROM (SELECT a.id, ${DUE} AS due FROM ${ATTEMPTS}
              WHERE a.status = 'IN_PROGRESS' AND g.feedback_timing = 'AFTER_DUE' AND ${DUE} <= now()) d
      WHERE t.id = d.id AND t.status = 'IN_PROGRESS'`,
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
            late = COALESCE((SELECT ${DUE} < now() FROM assignments g ${EXTENSION}
                              WHERE g.id = a.assignment_id), false)
      WHERE a.id = $1 AND a.status = 'IN_PROGRESS'`,
    [id],
  );
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.id = $1`,
    [id],
  );
  return rows[0]!;
}

/** The student's attempt at an assignment, if they have one. */
export async function selectAssignmentAttempt(
  db: Queryable,
  studentId: string,
  assignmentId: string,
): Promise<AttemptRow | undefined> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.student_id = $1 AND a.assignment_id = $2`,
    [studentId, assignmentId],
  );
  return rows[0];
}

/**
 * Reopens submitted attempts (of one assignment; only those closed by the due date if asked):
 * responses stay as they are; `late` is worked out again at the next submit. Returns the ids reopened.
 */
export async function reopenAttempts(
  db: Queryable,
  filter: { attemptIds?: readonly string[]; assignmentId?: string; closedByDueOnly?: boolean },
): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE attempts t SET status = 'IN_PROGRESS', submitted_at = NULL, late = false, closed_by_due = false
      WHERE t.id IN (
        SELECT a.id FROM ${ATTEMPTS}
         WHERE a.status = 'SUBMITTED'
           AND ($1::bigint[] IS NULL OR a.id = ANY($1::bigint[]))
           AND ($2::bigint IS NULL OR a.assignment_id = $2)
           AND (NOT $3 OR a.closed_by_due)
           -- Reopened past an AFTER_DUE date it would read as submitted again at once.
           AND NOT COALESCE(g.feedback_timing = 'AFTER_DUE' AND ${DUE} <= now(), false))
      RETURNING t.id::text AS "id"`,
    [filter.attemptIds ?? null, filter.assignmentId ?? null, filter.closedByDueOnly ?? false],
  );
  return rows.map((row) => row.id);
}

/** Records that the teacher returned an attempt, with an overall comment (null: none). */
export async function markReturned(
  db: Queryable,
  id: string,
  comment: string | null,
): Promise<void> {
  await db.query(`UPDATE attempts SET returned_at = now(), return_comment = $2 WHERE id = $1`, [
    id,
    comment,
  ]);
}

export interface OwnedAttempt {
  id: string;
  studentId: string;
  lessonId: string;
  assignmentId: string | null;
  status: "IN_PROGRESS" | "SUBMITTED";
  responses: number;
}

/** Every attempt of some students, with how many responses each holds, locked until the transaction ends. */
export async function selectAttemptsOfStudentsForUpdate(
  db: Queryable,
  studentIds: readonly string[],
): Promise<OwnedAttempt[]> {
  const { rows } = await db.query<OwnedAttempt>(
    `SELECT a.id::text AS "id", a.student_id::text AS "studentId", a.lesson_id::text AS "lessonId",
            a.assignment_id::text AS "assignmentId", a.status AS "status",
            (SELECT count(*)::int FROM responses r WHERE r.attempt_id = a.id) AS "responses"
       FROM attempts a WHERE a.student_id = ANY($1::bigint[]) ORDER BY a.id FOR UPDATE`,
    [studentIds],
  );
  return rows;
}

/** Deletes attempts that hold no response (a response keeps its attempt). */
export async function deleteEmptyAttempts(db: Queryable, ids: readonly string[]): Promise<void> {
  await db.query(
    `DELETE FROM attempts a WHERE a.id = ANY($1::bigint[])
        AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.attempt_id = a.id)`,
    [ids],
  );
}

/** Hands attempts to another student. */
export async function moveAttempts(
  db: Queryable,
  ids: readonly string[],
  studentId: string,
): Promise<void> {
  await db.query(`UPDATE attempts SET student_id = $2 WHERE id = ANY($1::bigint[])`, [
    ids,
    studentId,
  ]);
}

/** Marks open practice attempts submitted now (their answers kept). */
export async function submitPracticeAttempts(db: Queryable, ids: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE attempts SET status = 'SUBMITTED', submitted_at = now()
      WHERE id = ANY($1::bigint[]) AND assignment_id IS NULL AND status = 'IN_PROGRESS'`,
    [ids],
  );
}
