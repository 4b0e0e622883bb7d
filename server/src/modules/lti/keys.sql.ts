import type { JWK } from "jose";
import type { Queryable } from "../../core/database.js";

export interface KeyRow {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  createdAt: Date;
  retiredAt: Date | null;
}

const COLUMNS = `k.kid AS "kid", k.private_jwk AS "privateJwk", k.public_jwk AS "publicJwk",
  k.created_at AS "createdAt", k.retired_at AS "retiredAt"`;

/** Stores a new key pair (unretired: it signs from now on). */
export async function insertKey(
  db: Queryable,
  key: { kid: string; privateJwk: JWK; publicJwk: JWK },
): Promise<void> {
  await db.query(`INSERT INTO lti_keys (kid, private_jwk, public_jwk) VALUES ($1, $2, $3)`, [
    key.kid,
    JSON.stringify(key.privateJwk),
    JSON.stringify(key.publicJwk),
  ]);
}

/** The newest unretired key: the one that signs. */
export async function selectSigningKey(db: Queryable): Promise<KeyRow | undefined> {
  const { rows } = await db.query<KeyRow>(
    `SELECT ${COLUMNS} FROM lti_keys k WHERE k.retired_at IS NULL ORDER BY k.created_at DESC, k.kid LIMIT 1`,
  );
  return rows[0];
}

/** Keys to publish: unretired ones, and those retired less than `graceSeconds` ago; newest first. */
export async function selectPublishedKeys(db: Queryable, graceSeconds: number): Promise<KeyRow[]> {
  const { rows } = await db.query<KeyRow>(
    `SELECT ${COLUMNS} FROM lti_keys k
      WHERE k.retired_at IS NULL OR k.retired_at > now() - make_interval(secs => $1)
      ORDER BY k.created_at DESC, k.kid`,
    [graceSeconds],
  );
  return rows;
}

/** Retires every unretired key (a newer one is about to sign). */
export async function retireKeys(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ kid: string }>(
    `UPDATE lti_keys SET retired_at = now() WHERE retired_at IS NULL RETURNING kid AS "kid"`,
  );
  return rows.map((row) => row.kid);
}

/** Forgets keys retired longer ago than the grace period: nothing they signed is still trusted. */
export async function deleteOldKeys(db: Queryable, graceSeconds: number): Promise<string[]> {
  const { rows } = await db.query<{ kid: string }>(
    `DELETE FROM lti_keys WHERE retired_at <= now() - make_interval(secs => $1) RETURNING kid AS "kid"`,
    [graceSeconds],
  );
  return rows.map((row) => row.kid);
}
