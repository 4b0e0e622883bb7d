import type { Queryable } from "../../core/database.js";
import type { LaunchClaims } from "./launch-claims.js";
import type { LaunchPlace } from "./links.sql.js";

/** A class's link to a platform's course, with the course's roster URL when a launch named one. */
export interface RosterLink {
  issuer: string;
  deploymentId: string;
  contextId: string;
  membershipsUrl: string | null;
  syncedAt: Date | null;
}

/** Keeps the roster URL a launch names for its course (the newest launch's wins). */
export async function rememberMembershipsUrl(
  db: Queryable,
  place: LaunchPlace,
  claims: Pick<LaunchClaims, "context" | "membershipsUrl">,
): Promise<void> {
  if (!claims.membershipsUrl) return;
  await db.query(
    `UPDATE lti_contexts SET memberships_url = $4
      WHERE issuer = $1 AND deployment_id = $2 AND context_id = $3
        AND memberships_url IS DISTINCT FROM $4`,
    [place.issuer, place.deploymentId, claims.context.id, claims.membershipsUrl],
  );
}

/** The platform courses linked to these classes, those with a roster URL first. */
export async function selectRosterLinks(
  db: Queryable,
  classIds: readonly string[],
): Promise<Array<RosterLink & { classId: string }>> {
  const { rows } = await db.query<RosterLink & { classId: string }>(
    `SELECT class_id::text AS "classId", issuer, deployment_id AS "deploymentId",
            context_id AS "contextId", memberships_url AS "membershipsUrl",
            roster_synced_at AS "syncedAt"
       FROM lti_contexts WHERE class_id = ANY($1::bigint[])
      ORDER BY class_id, (memberships_url IS NULL), created_at DESC`,
    [classIds],
  );
  return rows;
}

/** The id of a platform registration that holds this deployment of the issuer. */
export async function selectPlatformIdOfDeployment(
  db: Queryable,
  place: LaunchPlace,
): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT p.id::text AS "id" FROM lti_platforms p
       JOIN lti_deployments d ON d.platform_id = p.id
      WHERE p.issuer = $1 AND d.deployment_id = $2 ORDER BY p.id LIMIT 1`,
    [place.issuer, place.deploymentId],
  );
  return rows[0]?.id;
}

/** The platform subs (of one issuer) linked to these users. */
export async function selectSubsOfUsers(
  db: Queryable,
  issuer: string,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  const { rows } = await db.query<{ sub: string; userId: string }>(
    `SELECT sub, user_id::text AS "userId" FROM lti_users WHERE issuer = $1 AND user_id = ANY($2::bigint[])`,
    [issuer, userIds],
  );
  return new Map(rows.map((row) => [row.userId, row.sub]));
}

/** Records when a course's roster was last synced. */
export async function updateRosterSynced(
  db: Queryable,
  place: LaunchPlace,
  contextId: string,
): Promise<void> {
  await db.query(
    `UPDATE lti_contexts SET roster_synced_at = now()
      WHERE issuer = $1 AND deployment_id = $2 AND context_id = $3`,
    [place.issuer, place.deploymentId, contextId],
  );
}
