import type { Queryable } from "../../core/database.js";
import type { UserRow } from "../users/users.loaders.js";

export interface ClassRow {
  id: string;
  teacherId: string;
  name: string;
  joinCode: string;
  createdAt: Date;
  /** Archived: its work stays to read, nothing in it changes (null: open). */
  archivedAt: Date | null;
  /** The teacher paused the class (live classroom): no answers until resumed. */
  pausedAt: Date | null;
}

/**
 * A student of a class: the user, the class they are listed under, the teacher's label for them
 * there, and whether the platform's roster marked them inactive (LTI roster sync).
 */
export type StudentRow = UserRow & { classId: string; label: string | null; inactive: boolean };

const CLASS_COLUMNS = `c.id::text AS "id", c.teacher_id::text AS "teacherId", c.name AS "name", c.join_code AS "joinCode",
  c.created_at AS "createdAt", c.archived_at AS "archivedAt", c.paused_at AS "pausedAt"`;

/** Inserts a class; a join-code clash raises 23505. */
export async function insertClass(
  db: Queryable,
  teacherId: string,
  name: string,
  joinCode: string,
): Promise<ClassRow> {
  const { rows } = await db.query<ClassRow>(
    `INSERT INTO classes AS c (teacher_id, name, join_code) VALUES ($1, $2, $3) RETURNING ${CLASS_COLUMNS}`,
    [teacherId, name, joinCode],
  );
  return rows[0]!;
}

/** Replaces a class's join code. */
export async function updateJoinCode(
  db: Queryable,
  classId: string,
  joinCode: string,
): Promise<ClassRow> {
  const { rows } = await db.query<ClassRow>(
    `UPDATE classes c SET join_code = $2 WHERE c.id = $1 RETURNING ${CLASS_COLUMNS}`,
    [classId, joinCode],
  );
  return rows[0]!;
}

/** Classes by id. */
export async function selectClassesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<ClassRow[]> {
  const { rows } = await db.query<ClassRow>(
    `SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/** The class with this join code. */
export async function selectClassByJoinCode(
  db: Queryable,
  joinCode: string,
): Promise<ClassRow | undefined> {
  const { rows } = await db.query<ClassRow>(
    `SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.join_code = $1`,
    [joinCode],
  );
  return rows[0];
}

/** A teacher's classes, oldest first. */
export async function selectClassesOfTeacher(
  db: Queryable,
  teacherId: string,
): Promise<ClassRow[]> {
  const { rows } = await db.query<ClassRow>(
    `SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.teacher_id = $1 ORDER BY c.created_at, c.id`,
    [teacherId],
  );
  return rows;
}

/** The classes a student joined, in the order they joined. */
export async function selectClassesOfStudent(
  db: Queryable,
  studentId: string,
): Promise<ClassRow[]> {
  const { rows } = await db.query<ClassRow>(
    `SELECT ${CLASS_COLUMNS} FROM class_students m JOIN classes c ON c.id = m.class_id WHERE m.student_id = $1 ORDER BY m.joined_at, c.id`,
    [studentId],
  );
  return rows;
}

/** Adds a student to a class (joining twice changes nothing). */
export async function insertMembership(
  db: Queryable,
  classId: string,
  studentId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO class_students (class_id, student_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [classId, studentId],
  );
}

/** The students of several classes, in the order they joined. */
export async function selectStudentsByClassIds(
  db: Queryable,
  classIds: readonly string[],
): Promise<StudentRow[]> {
  const { rows } = await db.query<StudentRow>(
    `SELECT m.class_id::text AS "classId", u.id::text AS "id", u.role AS "role", u.display_name AS "displayName",
            u.email AS "email", u.sign_in_code AS "signInCode", u.guest AS "guest", m.label AS "label",
            (m.inactive_at IS NOT NULL) AS "inactive"
       FROM class_students m JOIN users u ON u.id = m.student_id
      WHERE m.class_id = ANY($1::bigint[]) ORDER BY m.class_id, m.joined_at, u.id`,
    [classIds],
  );
  return rows;
}

/** The ids of the classes (among some) that a student is in. */
export async function selectMemberships(
  db: Queryable,
  studentId: string,
  classIds: readonly string[],
): Promise<string[]> {
  const { rows } = await db.query<{ classId: string }>(
    `SELECT class_id::text AS "classId" FROM class_students WHERE student_id = $1 AND class_id = ANY($2::bigint[])`,
    [studentId, classIds],
  );
  return rows.map((row) => row.classId);
}

/** Sets the teacher's label for a student of a class; false if they are not in it. */
export async function updateLabel(
  db: Queryable,
  classId: string,
  studentId: string,
  label: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE class_students SET label = $3 WHERE class_id = $1 AND student_id = $2`,
    [classId, studentId, label],
  );
  return (rowCount ?? 0) > 0;
}

/** Takes a student out of a class; false if they were not in it. */
export async function deleteMembership(
  db: Queryable,
  classId: string,
  studentId: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `DELETE FROM class_students WHERE class_id = $1 AND student_id = $2`,
    [classId, studentId],
  );
  return (rowCount ?? 0) > 0;
}

/** The ids of every class a student is in. */
export async function selectClassIdsOfStudent(db: Queryable, studentId: string): Promise<string[]> {
  const { rows } = await db.query<{ classId: string }>(
    `SELECT class_id::text AS "classId" FROM class_students WHERE student_id = $1 ORDER BY class_id`,
    [studentId],
  );
  return rows.map((row) => row.classId);
}

/** Marks a student of a class inactive (keeping the first time) or active again; true if it changed. */
export async function updateInactive(
  db: Queryable,
  classId: string,
  studentId: string,
  inactive: boolean,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE class_students SET inactive_at = CASE WHEN $3 THEN now() END
      WHERE class_id = $1 AND student_id = $2 AND (inactive_at IS NOT NULL) <> $3`,
    [classId, studentId, inactive],
  );
  return (rowCount ?? 0) > 0;
}

/** Archives a class (keeping the first time) or restores it; the class as it stands. */
export async function updateArchived(
  db: Queryable,
  classId: string,
  archived: boolean,
): Promise<ClassRow> {
  const { rows } = await db.query<ClassRow>(
    `UPDATE classes c SET archived_at = CASE WHEN $2 THEN COALESCE(c.archived_at, now()) END
      WHERE c.id = $1 RETURNING ${CLASS_COLUMNS}`,
    [classId, archived],
  );
  return rows[0]!;
}
