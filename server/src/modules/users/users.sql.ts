import type { Queryable } from "../../db/database.js";

export interface UserRow {
  id: string;
  role: "TEACHER" | "STUDENT";
  displayName: string;
  email: string | null;
  signInCode: string | null;
  guest: boolean;
}

export const USER_COLUMNS = `u.id::text AS "id", u.role AS "role", u.display_name AS "displayName", u.email AS "email",
  u.sign_in_code AS "signInCode", u.guest AS "guest"`;

/** Inserts a student; returns the row (the code is unique: a clash raises 23505). */
export async function insertStudent(db: Queryable, student: { displayName: string; signInCode: string; guest: boolean }): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users AS u (role, display_name, sign_in_code, guest) VALUES ('STUDENT', $1, $2, $3) RETURNING ${USER_COLUMNS}`,
    [student.displayName, student.signInCode, student.guest],
  );
  return rows[0]!;
}

/** The student with this sign-in code. */
export async function selectStudentByCode(db: Queryable, code: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.sign_in_code = $1 AND u.role = 'STUDENT'`, [code]);
  return rows[0];
}

/** Users by id. */
export async function selectUsersByIds(db: Queryable, ids: readonly string[]): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ANY($1::bigint[])`, [ids]);
  return rows;
}

/** Stores a new session for a user. */
export async function insertSession(db: Queryable, userId: string, tokenHash: Buffer): Promise<void> {
  await db.query(`INSERT INTO sessions (token_hash, user_id) VALUES ($1, $2)`, [tokenHash, userId]);
}

export interface SessionRow extends UserRow {
  sessionId: string;
  /** Seconds since the session was last used. */
  idleSeconds: number;
}

/** The live session with this token hash, and its user; idle sessions count as gone. */
export async function selectSession(db: Queryable, tokenHash: Buffer, idleSeconds: number): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>({
    name: "select-session",
    text: `SELECT s.id::text AS "sessionId", extract(epoch FROM now() - s.last_seen_at)::int AS "idleSeconds", ${USER_COLUMNS}
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
  await db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
}
