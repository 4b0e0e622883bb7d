import type { Queryable } from "../../core/database.js";

export interface LoginRow {
  platformId: string;
  nonce: string;
  targetLinkUri: string;
}

/** Stores a login's state (its SHA-256) and nonce for `seconds`; expired ones are swept here too. */
export async function insertLogin(
  db: Queryable,
  login: LoginRow & { stateHash: string; seconds: number },
): Promise<void> {
  await db.query(`DELETE FROM lti_logins WHERE expires_at < now() - interval '1 hour'`);
  await db.query(
    `INSERT INTO lti_logins (state, nonce, platform_id, target_link_uri, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
    [login.stateHash, login.nonce, login.platformId, login.targetLinkUri, login.seconds],
  );
}

/** Marks a login used and returns it, if it is known, unused and unexpired; else undefined. */
export async function consumeLogin(
  db: Queryable,
  stateHash: string,
): Promise<LoginRow | undefined> {
  const { rows } = await db.query<LoginRow>(
    `UPDATE lti_logins SET used_at = now()
      WHERE state = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING platform_id::text AS "platformId", nonce AS "nonce", target_link_uri AS "targetLinkUri"`,
    [stateHash],
  );
  return rows[0];
}

/** Records an accepted token's nonce until it expires; false if it was accepted before. */
export async function insertNonce(
  db: Queryable,
  issuer: string,
  nonce: string,
  expiresAt: Date,
): Promise<boolean> {
  await db.query(`DELETE FROM lti_nonces WHERE expires_at < now() - interval '1 hour'`);
  const { rowCount } = await db.query(
    `INSERT INTO lti_nonces (issuer, nonce, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [issuer, nonce, expiresAt],
  );
  return rowCount === 1;
}
