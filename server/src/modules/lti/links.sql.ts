import type { Queryable } from "../../core/database.js";

/** Where a launch comes from: the platform's issuer and the deployment of the tool in it. */
export interface LaunchPlace {
  issuer: string;
  deploymentId: string;
}

/** The user a platform's sub is linked to. */
export async function selectLinkedUser(
  db: Queryable,
  issuer: string,
  sub: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ userId: string }>(
    `SELECT user_id::text AS "userId" FROM lti_users WHERE issuer = $1 AND sub = $2`,
    [issuer, sub],
  );
  return rows[0]?.userId;
}

/** Links a platform's sub to a user. */
export async function insertLinkedUser(
  db: Queryable,
  issuer: string,
  sub: string,
  userId: string,
): Promise<void> {
  await db.query(`INSERT INTO lti_users (issuer, sub, user_id) VALUES ($1, $2, $3)`, [
    issuer,
    sub,
    userId,
  ]);
}

/** The class a platform's course (context) is linked to. */
export async function selectLinkedClass(
  db: Queryable,
  place: LaunchPlace,
  contextId: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ classId: string }>(
    `SELECT class_id::text AS "classId" FROM lti_contexts
      WHERE issuer = $1 AND deployment_id = $2 AND context_id = $3`,
    [place.issuer, place.deploymentId, contextId],
  );
  return rows[0]?.classId;
}

/** Links a platform's course (context) to a class. */
export async function insertLinkedClass(
  db: Queryable,
  place: LaunchPlace,
  context: { id: string; title: string | null },
  classId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO lti_contexts (issuer, deployment_id, context_id, class_id, title) VALUES ($1, $2, $3, $4, $5)`,
    [place.issuer, place.deploymentId, context.id, classId, context.title],
  );
}

/** The assignment a platform's resource link is linked to. */
export async function selectLinkedAssignment(
  db: Queryable,
  place: LaunchPlace,
  resourceLinkId: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ assignmentId: string }>(
    `SELECT assignment_id::text AS "assignmentId" FROM lti_resource_links
      WHERE issuer = $1 AND deployment_id = $2 AND resource_link_id = $3`,
    [place.issuer, place.deploymentId, resourceLinkId],
  );
  return rows[0]?.assignmentId;
}

/** Links a platform's resource link to an assignment. */
export async function insertLinkedAssignment(
  db: Queryable,
  place: LaunchPlace,
  resourceLinkId: string,
  assignmentId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO lti_resource_links (issuer, deployment_id, resource_link_id, assignment_id) VALUES ($1, $2, $3, $4)`,
    [place.issuer, place.deploymentId, resourceLinkId, assignmentId],
  );
}

/**
 * Serialises launches for one key (a platform's user, then its course) across servers until the
 * caller's transaction ends; callers take the user's key before the course's, so none deadlock.
 */
export async function lockLaunchKey(db: Queryable, key: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`lti:${key}`]);
}
