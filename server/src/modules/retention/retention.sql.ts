import type { Queryable } from "../../core/database.js";

/**
 * Retention deletes across the student-work tables, the one feature that does: each function
 * removes a whole set of rows with every row that depends on them, so no table keeps a
 * reference to what is gone. Counts only come back, never ids.
 */

const LOCK_KEY = 7_120_113_958;

/** Takes the sweep's transaction-level lock; false while another server's sweep holds it. */
export async function tryRetentionLock(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ locked: boolean }>(
    `SELECT pg_try_advisory_xact_lock($1) AS "locked"`,
    [LOCK_KEY],
  );
  return rows[0]!.locked;
}

/**
 * Guests last active before the cutoff (account made, session used, attempt started or
 * submitted, answer saved) who belong to no class, have no class work and no LMS link: a
 * guest who joined a class is that class's student and goes with the class.
 */
export async function selectStaleGuests(db: Queryable, days: number, limit: number) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT u.id::text AS "id" FROM users u
      WHERE u.guest AND u.role = 'STUDENT'
        AND u.created_at < now() - make_interval(days => $1)
        AND NOT EXISTS (SELECT 1 FROM sessions s
                         WHERE s.user_id = u.id AND s.last_seen_at >= now() - make_interval(days => $1))
        AND NOT EXISTS (SELECT 1 FROM attempts a
                         WHERE a.student_id = u.id AND (a.assignment_id IS NOT NULL
                            OR greatest(a.started_at, a.submitted_at) >= now() - make_interval(days => $1)
                            OR EXISTS (SELECT 1 FROM responses r WHERE r.attempt_id = a.id
                                         AND r.saved_at >= now() - make_interval(days => $1))))
        AND NOT EXISTS (SELECT 1 FROM class_students m WHERE m.student_id = u.id)
        AND NOT EXISTS (SELECT 1 FROM lti_users l WHERE l.user_id = u.id)
      ORDER BY u.id LIMIT $2`,
    [days, limit],
  );
  return rows.map((row) => row.id);
}

/**
 * Deletes students with their attempts and answers; sessions, extensions, LMS links and
 * one-time codes go with the account (ON DELETE CASCADE). The caller has made sure they
 * are in no class.
 */
export async function deleteStudents(db: Queryable, ids: string[]) {
  const responses = await db.query(
    `DELETE FROM responses r USING attempts a WHERE r.attempt_id = a.id AND a.student_id = ANY($1::bigint[])`,
    [ids],
  );
  const attempts = await db.query(`DELETE FROM attempts WHERE student_id = ANY($1::bigint[])`, [
    ids,
  ]);
  const users = await db.query(
    `DELETE FROM users WHERE id = ANY($1::bigint[]) AND role = 'STUDENT'`,
    [ids],
  );
  return {
    users: users.rowCount ?? 0,
    attempts: attempts.rowCount ?? 0,
    responses: responses.rowCount ?? 0,
  };
}

/** Classes archived before the cutoff. */
export async function selectExpiredClasses(db: Queryable, days: number, limit: number) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id::text AS "id" FROM classes
      WHERE archived_at < now() - make_interval(days => $1) ORDER BY id LIMIT $2`,
    [days, limit],
  );
  return rows.map((row) => row.id);
}

/**
 * Deletes classes with their assignments, attempts, answers, extensions, memberships and LMS
 * links; returns the students who were members and now belong to no class.
 */
export async function deleteClasses(db: Queryable, ids: string[]) {
  const { rows: members } = await db.query<{ id: string }>(
    `SELECT DISTINCT student_id::text AS "id" FROM class_students WHERE class_id = ANY($1::bigint[])`,
    [ids],
  );
  const work = `SELECT a.id FROM attempts a JOIN assignments g ON g.id = a.assignment_id
                 WHERE g.class_id = ANY($1::bigint[])`;
  const responses = await db.query(`DELETE FROM responses WHERE attempt_id IN (${work})`, [ids]);
  const attempts = await db.query(`DELETE FROM attempts WHERE id IN (${work})`, [ids]);
  // Deleting attempts queued "work gone" scores for the LMS; they go with their assignments.
  await db.query(`DELETE FROM assignments WHERE class_id = ANY($1::bigint[])`, [ids]);
  const classes = await db.query(`DELETE FROM classes WHERE id = ANY($1::bigint[])`, [ids]);
  const { rows: left } = await db.query<{ id: string }>(
    `SELECT u.id::text AS "id" FROM users u
      WHERE u.id = ANY($1::bigint[]) AND u.role = 'STUDENT'
        AND NOT EXISTS (SELECT 1 FROM class_students m WHERE m.student_id = u.id)
        AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.student_id = u.id AND a.assignment_id IS NOT NULL)`,
    [members.map((member) => member.id)],
  );
  return {
    classes: classes.rowCount ?? 0,
    attempts: attempts.rowCount ?? 0,
    responses: responses.rowCount ?? 0,
    formerStudents: left.map((row) => row.id),
  };
}

/** Rows that only ever mattered for a short while, swept once they cannot matter again. */
export async function sweepExpired(db: Queryable, sessionIdleSeconds: number) {
  const count = async (text: string, values: unknown[] = []) =>
    (await db.query(text, values)).rowCount ?? 0;
  return {
    // Revoked or idle past SESSION_IDLE_MINUTES; a session whose deep link made an assignment
    // stays (its row is the record that binds later launches), holding only a token hash.
    sessions: await count(
      `DELETE FROM sessions s
        WHERE (s.revoked_at IS NOT NULL OR s.last_seen_at < now() - make_interval(secs => $1))
          AND NOT EXISTS (SELECT 1 FROM lti_deep_links d WHERE d.session_id = s.id AND d.assignment_id IS NOT NULL)`,
      [sessionIdleSeconds],
    ),
    // The same grace the LTI code gives its own sweeps: an hour past expiry.
    ltiNonces: await count(`DELETE FROM lti_nonces WHERE expires_at < now() - interval '1 hour'`),
    ltiLogins: await count(`DELETE FROM lti_logins WHERE expires_at < now() - interval '1 hour'`),
    ltiHandoffs: await count(
      `DELETE FROM lti_handoffs WHERE expires_at < now() - interval '1 hour'`,
    ),
    ltiDeepLinks: await count(
      `DELETE FROM lti_deep_links WHERE expires_at < now() - interval '1 hour' AND assignment_id IS NULL`,
    ),
    ltiRegistrationTokens: await count(
      `DELETE FROM lti_registration_tokens WHERE expires_at < now() - interval '30 days'`,
    ),
    // The longest rate-limit window is an hour; a day-old counter counts nothing.
    rateLimits: await count(
      `DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`,
    ),
  };
}
