import type { Queryable } from "../../../../server/src/core/database.js";
import { withTransaction, type Pool } from "../../../../server/src/core/database.js";
import { addPlatform } from "../../../../server/src/modules/lti/platforms.service.js";
import {
  INSTRUCTOR,
  LEARNER,
  type LaunchSpec,
  type PlatformSimulator,
} from "../../../support/lti-platform.js";

export const LESSON = "sourcing-the-record";

/** Registers a simulated platform with the tool, as `npm run lti:platform -- add` would. */
export function registerPlatform(pool: Pool, platform: PlatformSimulator) {
  return withTransaction(pool, (client) =>
    addPlatform(client, {
      issuer: platform.issuer,
      clientId: platform.clientId,
      authLoginUrl: platform.authUrl,
      tokenUrl: platform.tokenUrl,
      jwksUrl: platform.jwksUrl,
      deploymentIds: [platform.deploymentId],
    }),
  );
}

/** An instructor's launch of a link in a course (ids unique per `tag`). */
export const teacherLaunch = (tag: string, extra: Partial<LaunchSpec> = {}): LaunchSpec => ({
  sub: `teacher-${tag}`,
  roles: [INSTRUCTOR],
  name: `Ms Rivera ${tag}`,
  context: { id: `course-${tag}`, title: `History 10 ${tag}` },
  resourceLinkId: `link-${tag}`,
  targetPath: `/lessons/${LESSON}`,
  ...extra,
});

/** A learner's launch of the same link in the same course. */
export const studentLaunch = (
  tag: string,
  who: string,
  extra: Partial<LaunchSpec> = {},
): LaunchSpec => ({
  ...teacherLaunch(tag),
  sub: `student-${tag}-${who}`,
  roles: [LEARNER],
  name: undefined,
  givenName: "Ana",
  familyName: who,
  ...extra,
});

const TABLES = [
  "users",
  "sessions",
  "classes",
  "class_students",
  "assignments",
  "lti_users",
  "lti_contexts",
  "lti_resource_links",
];

/** How many rows each table a launch may create holds. */
export async function rowCounts(db: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]!.n;
  }
  return counts;
}
