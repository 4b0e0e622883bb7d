// Grades back to the platforms (AGS): queueing scores, keeping each link's endpoint, and what the
// teacher sees of it. The worker that posts them is grade-sync.worker.ts.
import type { JWTPayload } from "jose";
import type { Queryable } from "../../core/database.js";
import { badUserInput, forbidden } from "../../core/errors.js";
import { type AssignmentsDeps, changeableAssignment } from "../assignments/assignments.service.js";
import { createAttemptLoaders } from "../attempts/attempts.loaders.js";
import { assignmentSubject } from "../classes/relations.js";
import { readAgsEndpoint } from "./ags-claims.js";
import * as outbox from "./grade-outbox.sql.js";
import { canSeeGradeSync } from "./grade-sync.policy.js";
import { wakeGradeSync } from "./grade-sync.worker.js";
import { SCOPES } from "./service-token.js";

export type { GradeSyncRow } from "./grade-outbox.sql.js";

/**
 * Queues the scores of these attempts for the platforms whose links take them, superseding
 * older versions still waiting. Call it in the transaction of a change the database triggers do
 * not see (they already queue every change to attempts, responses, due dates and extensions in
 * its own transaction); attempts outside an LMS-linked assignment are ignored.
 */
export async function enqueueScoresForAttempts(
  db: Queryable,
  attemptIds: readonly string[],
): Promise<void> {
  if (attemptIds.length === 0) return;
  const rows = await createAttemptLoaders(db).attemptById.loadMany(attemptIds);
  const work = rows.flatMap((row) =>
    row && !(row instanceof Error) && row.assignmentId
      ? [{ assignmentId: row.assignmentId, studentId: row.studentId }]
      : [],
  );
  await outbox.enqueueScores(db, work);
}

/**
 * Keeps the AGS endpoint of a resource link's launch (teacher's or student's) on the link, in the
 * launch's transaction. A launch without the claim leaves the one kept; a new line item (or newly
 * granted score scope) queues every student's work for it. Returns whether the link still needs
 * a line item made for it (the claim names only the container): ensureLineItem, after the commit.
 */
export async function recordAgsEndpoint(
  db: Queryable,
  link: { issuer: string; deploymentId: string; resourceLinkId: string; platformId: string },
  payload: JWTPayload,
): Promise<{ needsLineItem: boolean }> {
  const endpoint = readAgsEndpoint(payload);
  if (!endpoint) return { needsLineItem: false };
  const updated = await outbox.updateLinkEndpoint(db, link, endpoint);
  const needsLineItem =
    !!updated &&
    !updated.lineitem &&
    !!endpoint.lineitems &&
    endpoint.scopes.includes(SCOPES.lineItem) &&
    endpoint.scopes.includes(SCOPES.score);
  if (!updated?.lineitemChanged || !updated.lineitem) return { needsLineItem };
  const attempts = await createAttemptLoaders(db).attemptsByAssignment.load(updated.assignmentId);
  await outbox.enqueueScores(
    db,
    attempts.map((a) => ({ assignmentId: updated.assignmentId, studentId: a.studentId })),
  );
  return { needsLineItem };
}

type GradeSyncDeps = Pick<AssignmentsDeps, "db" | "loaders">;

/** How an assignment's scores stand with its platforms, for its teacher; null when no platform takes them. */
export async function gradeSyncOf(
  { db, loaders }: GradeSyncDeps,
  assignment: { id: string; classId: string },
): Promise<outbox.GradeSyncRow | null> {
  if (!canSeeGradeSync(await loaders.relations.load(assignmentSubject(assignment)))) return null;
  const sync = await outbox.selectGradeSync(db, assignment.id);
  return sync.linked ? sync : null;
}

/** The teacher's "retry now": failed and waiting scores of the assignment are due at once. */
export async function retryGradeSync(
  deps: AssignmentsDeps,
  assignmentId: string,
): Promise<outbox.GradeSyncRow> {
  const assignment = await changeableAssignment(deps, assignmentId);
  if (!canSeeGradeSync(await deps.loaders.relations.load(assignmentSubject(assignment))))
    throw forbidden("You do not teach this class.");
  if (!(await outbox.selectGradeSync(deps.db, assignment.id)).linked)
    throw badUserInput(
      "This assignment is not linked to an LMS that takes grades back.",
      "assignmentId",
    );
  await outbox.retryNow(deps.db, assignment.id);
  wakeGradeSync();
  return outbox.selectGradeSync(deps.db, assignment.id);
}
