import type { Queryable } from "../../core/database.js";

/** What a deletion removed, row by row. */
export interface DeletionCounts {
  accounts: number;
  classes: number;
  students: number;
  assignments: number;
  attempts: number;
  responses: number;
}

const NOTHING: DeletionCounts = {
  accounts: 0,
  classes: 0,
  students: 0,
  assignments: 0,
  attempts: 0,
  responses: 0,
};

/** The attempts and responses among `attempts a` rows that a condition picks. */
async function countWork(
  db: Queryable,
  where: string,
  params: unknown[],
): Promise<{ attempts: number; responses: number }> {
  const { rows } = await db.query<{ attempts: number; responses: number }>(
    `SELECT count(*)::int AS "attempts",
            COALESCE(sum((SELECT count(*) FROM responses r WHERE r.attempt_id = a.id)), 0)::int AS "responses"
       FROM attempts a LEFT JOIN assignments g ON g.id = a.assignment_id WHERE ${where}`,
    params,
  );
  return rows[0]!;
}

// Attempts go first, each by its own statement, while the assignment and the student still
// exist: migration 0021's trigger then queues the LMS's "work gone" score where a platform waits
// for one, and never a row pointing at something already deleted.

/** Takes a student out of a class with their work at its assignments and their extensions there. */
export async function deleteStudentOfClass(
  db: Queryable,
  classId: string,
  studentId: string,
): Promise<DeletionCounts> {
  const work = await countWork(db, `g.class_id = $1 AND a.student_id = $2`, [classId, studentId]);
  await db.query(
    `DELETE FROM attempts a USING assignments g
      WHERE g.id = a.assignment_id AND g.class_id = $1 AND a.student_id = $2`,
    [classId, studentId],
  );
  await db.query(
    `DELETE FROM assignment_extensions x USING assignments g
      WHERE g.id = x.assignment_id AND g.class_id = $1 AND x.student_id = $2`,
    [classId, studentId],
  );
  const { rowCount } = await db.query(
    `DELETE FROM class_students WHERE class_id = $1 AND student_id = $2`,
    [classId, studentId],
  );
  return { ...NOTHING, ...work, students: rowCount ?? 0 };
}

/** Deletes an assignment with its attempts, responses, extensions, LTI links and queued scores. */
export async function deleteAssignment(
  db: Queryable,
  assignmentId: string,
): Promise<DeletionCounts> {
  const work = await countWork(db, `a.assignment_id = $1`, [assignmentId]);
  await db.query(`DELETE FROM attempts WHERE assignment_id = $1`, [assignmentId]);
  const { rowCount } = await db.query(`DELETE FROM assignments WHERE id = $1`, [assignmentId]);
  return { ...NOTHING, ...work, assignments: rowCount ?? 0 };
}

/** Deletes a class and everything in it: memberships, assignments and their work, LTI course links. */
export async function deleteClass(db: Queryable, classId: string): Promise<DeletionCounts> {
  const work = await countWork(db, `g.class_id = $1`, [classId]);
  const { rows } = await db.query<{ students: number; assignments: number }>(
    `SELECT (SELECT count(*) FROM class_students WHERE class_id = $1)::int AS "students",
            (SELECT count(*) FROM assignments WHERE class_id = $1)::int AS "assignments"`,
    [classId],
  );
  await db.query(
    `DELETE FROM attempts a USING assignments g WHERE g.id = a.assignment_id AND g.class_id = $1`,
    [classId],
  );
  const { rowCount } = await db.query(`DELETE FROM classes WHERE id = $1`, [classId]);
  return { ...NOTHING, ...work, ...rows[0]!, classes: rowCount ?? 0 };
}

/** The number of classes a teacher still has (their account cannot go before them). */
export async function countClassesOfTeacher(db: Queryable, teacherId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS "n" FROM classes WHERE teacher_id = $1`,
    [teacherId],
  );
  return rows[0]!.n;
}

/**
 * Deletes an account with everything the user wrote: attempts and responses, memberships,
 * extensions, sessions, LTI identities, hand-offs and deep-link requests. A teacher's scores on
 * others' work stay, unattributed (responses.scored_by is set null).
 */
export async function deleteAccount(db: Queryable, userId: string): Promise<DeletionCounts> {
  const work = await countWork(db, `a.student_id = $1`, [userId]);
  const { rows } = await db.query<{ students: number }>(
    `SELECT count(*)::int AS "students" FROM class_students WHERE student_id = $1`,
    [userId],
  );
  await db.query(`DELETE FROM attempts WHERE student_id = $1`, [userId]);
  const { rowCount } = await db.query(`DELETE FROM users WHERE id = $1`, [userId]);
  return { ...NOTHING, ...work, ...rows[0]!, accounts: rowCount ?? 0 };
}
