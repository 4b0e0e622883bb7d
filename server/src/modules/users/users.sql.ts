import type { Queryable } from "../../core/database.js";

export interface UserRow {
  id: string;
  role: "TEACHER" | "STUDENT";
  displayName: string;
  email: string | null;
  signInCode: string | null;
  guest: boolean;
}

const USER_COLUMNS = `u.id::text AS "id", u.role AS "role", u.display_name AS "displayName", u.email AS "email",
  u.sign_in_code AS "signInCode", u.guest AS "guest"`;

/** Inserts a student; returns the row (the code is unique: a clash raises 23505). */
export async function insertStudent(
  db: Queryable,
  student: { displayName: string; signInCode: string; guest: boolean },
): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users AS u (role, display_name, sign_in_code, guest) VALUES ('STUDENT', $1, $2, $3) RETURNING ${USER_COLUMNS}`,
    [student.displayName, student.signInCode, student.guest],
  );
  return rows[0]!;
}

/** Inserts a teacher; a taken email raises 23505. */
export async function insertTeacher(
  db: Queryable,
  teacher: { email: string; passwordHash: string; displayName: string },
): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users AS u (role, display_name, email, password_hash) VALUES ('TEACHER', $1, $2, $3) RETURNING ${USER_COLUMNS}`,
    [teacher.displayName, teacher.email, teacher.passwordHash],
  );
  return rows[0]!;
}

/** Inserts a teacher who signs in only through a platform (LTI): no email, no password. */
export async function insertLinkedTeacher(db: Queryable, displayName: string): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users AS u (role, display_name) VALUES ('TEACHER', $1) RETURNING ${USER_COLUMNS}`,
    [displayName],
  );
  return rows[0]!;
}

/** The teacher with this (normalised) email, with the password hash. */
export async function selectTeacherByEmail(
  db: Queryable,
  email: string,
): Promise<(UserRow & { passwordHash: string }) | undefined> {
  const { rows } = await db.query<UserRow & { passwordHash: string }>(
    `SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash" FROM users u WHERE u.email = $1 AND u.role = 'TEACHER'`,
    [email],
  );
  return rows[0];
}

/** A teacher's password hash. */
export async function selectPasswordHash(
  db: Queryable,
  userId: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ hash: string }>(
    `SELECT password_hash AS "hash" FROM users WHERE id = $1`,
    [userId],
  );
  return rows[0]?.hash;
}

/** Replaces a password and ends every other session of the user. */
export async function updatePassword(
  db: Queryable,
  userId: string,
  passwordHash: string,
  keepSessionId: string,
): Promise<void> {
  await db.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
  await db.query(
    `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`,
    [userId, keepSessionId],
  );
}

/** Gives a student a new sign-in code; returns the updated row. */
export async function updateSignInCode(
  db: Queryable,
  studentId: string,
  code: string,
): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `UPDATE users u SET sign_in_code = $2 WHERE u.id = $1 AND u.role = 'STUDENT' RETURNING ${USER_COLUMNS}`,
    [studentId, code],
  );
  return rows[0]!;
}

/** The student with this sign-in code. */
export async function selectStudentByCode(
  db: Queryable,
  code: string,
): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users u WHERE u.sign_in_code = $1 AND u.role = 'STUDENT'`,
    [code],
  );
  return rows[0];
}

/** Users by id. */
export async function selectUsersByIds(db: Queryable, ids: readonly string[]): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/** Stores a new session for a user. */
export async function insertSession(
  db: Queryable,
  userId: string,
  tokenHash: Buffer,
): Promise<void> {
  await db.query(`INSERT INTO sessions (token_hash, user_id) VALUES ($1, $2)`, [tokenHash, userId]);
}

export interface SessionRow extends UserRow {
  lmsLinked: boolean;
  sessionId: string;
  /** Seconds since the session was last used. */
  idleSeconds: number;
}

/** The live session with this token hash, and its user; idle sessions count as gone. */
export async function selectSession(
  db: Queryable,
  tokenHash: Buffer,
  idleSeconds: number,
): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>({
    name: "select-session",
    // A student linked to an LMS signs in through it: their own code is not shown to them.
    text: `SELECT s.id::text AS "sessionId", extract(epoch FROM now() - s.last_seen_at)::int AS "idleSeconds", ${USER_COLUMNS},
        EXISTS (SELECT 1 FROM lti_users l WHERE l.user_id = u.id) AS "lmsLinked"
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.last_seen_at > now() - make_interval(secs => $2)`,
    values: [tokenHash, idleSeconds],
  });
  return rows[0];
}

/** Marks a session as used now (keeps it from expiring). */
export async function touchSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [sessionId]);
}

/** Ends a session everywhere. */
export async function revokeSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
    sessionId,
  ]);
}

/** Ends the session with this token hash. */
export async function revokeSessionByHash(db: Queryable, tokenHash: Buffer): Promise<void> {
  await db.query(
    `UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`,
    [tokenHash],
  );
}

/** Ends every session of a user, everywhere. */
export async function revokeSessionsOfUser(db: Queryable, userId: string): Promise<void> {
  await db.query(
    `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  );
}

/** Renames a user (a platform's name for them changed); the row, or undefined if the name was already this. */
export async function updateDisplayName(
  db: Queryable,
  userId: string,
  displayName: string,
): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    `UPDATE users AS u SET display_name = $2 WHERE u.id = $1 AND u.display_name <> $2
     RETURNING ${USER_COLUMNS}`,
    [userId, displayName],
  );
  return rows[0];
}
