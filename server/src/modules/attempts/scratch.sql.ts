import type { Queryable } from "../../core/database.js";
import { ATTEMPT_COLUMNS, ATTEMPTS, type AttemptRow } from "./attempts.sql.js";

// A teacher's scratch attempts ("Try as a student"): practice-shaped (no assignment, feedback
// with each save), marked scratch, owned by the teacher. They never count anywhere.

/** The teacher's latest scratch attempt at a lesson, if any. */
export async function selectScratchAttempt(
  db: Queryable,
  teacherId: string,
  lessonId: string,
): Promise<AttemptRow | undefined> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS}
      WHERE a.student_id = $1 AND a.lesson_id = $2 AND a.scratch ORDER BY a.id DESC LIMIT 1`,
    [teacherId, lessonId],
  );
  return rows[0];
}

/**
 * A fresh scratch attempt: the teacher's earlier scratch attempts at the lesson are deleted with
 * their answers (they are the teacher's own and never counted), then a new one is opened.
 */
export async function openFreshScratchAttempt(
  db: Queryable,
  teacherId: string,
  lessonId: string,
): Promise<AttemptRow> {
  await db.query(
    `DELETE FROM responses r USING attempts a
      WHERE r.attempt_id = a.id AND a.student_id = $1 AND a.lesson_id = $2 AND a.scratch`,
    [teacherId, lessonId],
  );
  await db.query(
    `DELETE FROM attempts a WHERE a.student_id = $1 AND a.lesson_id = $2 AND a.scratch`,
    [teacherId, lessonId],
  );
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO attempts (student_id, lesson_id, feedback_timing, scratch) VALUES ($1, $2, 'IMMEDIATE', true)
     RETURNING id::text AS "id"`,
    [teacherId, lessonId],
  );
  const { rows: opened } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.id = $1`,
    [rows[0]!.id],
  );
  return opened[0]!;
}
