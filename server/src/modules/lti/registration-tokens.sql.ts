import type { Queryable } from "../../core/database.js";

/** Stores a single-use registration token (its hash) until it expires. */
export async function insertRegistrationToken(
  db: Queryable,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db.query(
    `DELETE FROM lti_registration_tokens WHERE expires_at < now() - interval '30 days'`,
  );
  await db.query(`INSERT INTO lti_registration_tokens (token_hash, expires_at) VALUES ($1, $2)`, [
    tokenHash,
    expiresAt,
  ]);
}

/** Whether a token is known, unused and unexpired. */
export async function selectUsableToken(db: Queryable, tokenHash: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM lti_registration_tokens
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
    [tokenHash],
  );
  return rows.length > 0;
}

/** Uses a token up for a platform's registration; false if it was not usable (any more). */
export async function consumeToken(
  db: Queryable,
  tokenHash: string,
  issuer: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE lti_registration_tokens SET used_at = now(), issuer = $2
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
    [tokenHash, issuer],
  );
  return (rowCount ?? 0) > 0;
}
