import type { Queryable } from "../../core/database.js";

/** Stores a one-time code (its hash) for a user and where their launch goes; sweeps old ones. */
export async function insertHandoff(
  db: Queryable,
  handoff: { codeHash: string; userId: string; target: string; seconds: number },
): Promise<void> {
  await db.query(`DELETE FROM lti_handoffs WHERE expires_at < now() - interval '1 hour'`);
  await db.query(
    `INSERT INTO lti_handoffs (code_hash, user_id, target, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
    [handoff.codeHash, handoff.userId, handoff.target, handoff.seconds],
  );
}

/** Uses a code up and returns its user and target, if it is known, unused and unexpired. */
export async function consumeHandoff(
  db: Queryable,
  codeHash: string,
): Promise<{ userId: string; target: string } | undefined> {
  const { rows } = await db.query<{ userId: string; target: string }>(
    `UPDATE lti_handoffs SET used_at = now()
      WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id::text AS "userId", target AS "target"`,
    [codeHash],
  );
  return rows[0];
}
