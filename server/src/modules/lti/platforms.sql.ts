import type { Queryable } from "../../core/database.js";

export interface PlatformRow {
  id: string;
  issuer: string;
  clientId: string;
  authLoginUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  deploymentIds: string[];
}

const COLUMNS = `p.id::text AS "id", p.issuer AS "issuer", p.client_id AS "clientId",
  p.auth_login_url AS "authLoginUrl", p.token_url AS "tokenUrl", p.jwks_url AS "jwksUrl",
  coalesce((SELECT array_agg(d.deployment_id ORDER BY d.created_at, d.deployment_id)
    FROM lti_deployments d WHERE d.platform_id = p.id), '{}') AS "deploymentIds"`;

/** Adds a platform, or updates the URLs of the one with this issuer and client id. */
export async function upsertPlatform(
  db: Queryable,
  p: Omit<PlatformRow, "id" | "deploymentIds">,
): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string; created: boolean }>(
    `INSERT INTO lti_platforms (issuer, client_id, auth_login_url, token_url, jwks_url)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (issuer, client_id) DO UPDATE SET
       auth_login_url = EXCLUDED.auth_login_url, token_url = EXCLUDED.token_url, jwks_url = EXCLUDED.jwks_url
     RETURNING id::text AS "id", (xmax = 0) AS "created"`,
    [p.issuer, p.clientId, p.authLoginUrl, p.tokenUrl, p.jwksUrl],
  );
  return rows[0]!;
}

/** Registers deployment ids for a platform (already registered ones stay). */
export async function insertDeployments(
  db: Queryable,
  platformId: string,
  deploymentIds: string[],
): Promise<void> {
  await db.query(
    `INSERT INTO lti_deployments (platform_id, deployment_id)
     SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    [platformId, deploymentIds],
  );
}

/** Every platform, by issuer and client id. */
export async function selectPlatforms(db: Queryable): Promise<PlatformRow[]> {
  const { rows } = await db.query<PlatformRow>(
    `SELECT ${COLUMNS} FROM lti_platforms p ORDER BY p.issuer, p.client_id`,
  );
  return rows;
}

/** The platforms with this issuer (and client id, when given). */
export async function selectPlatformsByIssuer(
  db: Queryable,
  issuer: string,
  clientId: string | null,
): Promise<PlatformRow[]> {
  const { rows } = await db.query<PlatformRow>(
    `SELECT ${COLUMNS} FROM lti_platforms p
      WHERE p.issuer = $1 AND ($2::text IS NULL OR p.client_id = $2) ORDER BY p.client_id`,
    [issuer, clientId],
  );
  return rows;
}

/** The platform with this id. */
export async function selectPlatform(db: Queryable, id: string): Promise<PlatformRow | undefined> {
  const { rows } = await db.query<PlatformRow>(
    `SELECT ${COLUMNS} FROM lti_platforms p WHERE p.id = $1`,
    [id],
  );
  return rows[0];
}

/** Removes the platforms with this issuer (and client id, when given); returns how many. */
export async function deletePlatforms(
  db: Queryable,
  issuer: string,
  clientId: string | null,
): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM lti_platforms WHERE issuer = $1 AND ($2::text IS NULL OR client_id = $2)`,
    [issuer, clientId],
  );
  return rowCount ?? 0;
}
