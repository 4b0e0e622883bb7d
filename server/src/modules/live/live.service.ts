import { withTransaction } from "../../core/database.js";
import { forbidden, unauthenticated } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import {
  type AssignmentsDeps,
  changeableAssignment,
  updateAssignment,
  visibleAssignment,
} from "../assignments/assignments.service.js";
import type { AttemptLoaders, AttemptRow } from "../attempts/attempts.loaders.js";
import { recordAudit } from "../audit/audit.service.js";
import { type ClassesDeps, ownClass } from "../classes/classes.service.js";
import { attemptSubject } from "../classes/relations.js";
import type { LiveHub } from "./live.hub.js";
import { canFollowAttempt, canWatchClass, STUDENT_KINDS } from "./live.policy.js";
import * as sql from "./live.sql.js";
import { activityStream } from "./live.stream.js";

export type LiveDeps = AssignmentsDeps & ClassesDeps & { loaders: { attempts: AttemptLoaders } };

/** A replay after a reconnection also covers this much before the last id (late commits). */
export const REPLAY_WINDOW_SECONDS = 30;
/** The most events a snapshot or a replay carries (the newest). */
export const REPLAY_LIMIT = 500;

/** What a subscription needs besides its viewer: the hub, and a way to ask again later. */
export interface LiveRuntime {
  hub: LiveHub;
  /** Fresh deps for the same connection (its session looked up again), or null if it ended. */
  recheck(): Promise<LiveDeps | null>;
}

const decodeEvent = (id: string | null | undefined): string | null =>
  id ? decodeId("ActivityEvent", id) : null;

/** The assignment whose class the viewer teaches (live.canWatchClass), or the refusal. */
export async function watchedAssignment(deps: LiveDeps, assignmentId: string) {
  if (!deps.viewer) throw unauthenticated();
  const found = await visibleAssignment(deps, assignmentId);
  if (!found || !canWatchClass(found.relation)) throw forbidden("You do not teach this class.");
  return found.assignment;
}

/** The viewer's own assigned attempt (live.canFollowAttempt), or the refusal. */
export async function followedAttempt(deps: LiveDeps, attemptId: string): Promise<AttemptRow> {
  if (!deps.viewer) throw unauthenticated();
  const key = decodeId("Attempt", attemptId);
  const attempt = key ? await deps.loaders.attempts.attemptById.load(key) : null;
  const relation = attempt ? await deps.loaders.relations.load(attemptSubject(attempt)) : null;
  if (!attempt || !canFollowAttempt(relation)) throw forbidden("This attempt is not yours.");
  return attempt;
}

/** The teacher's stream of an assignment's events: the missed ones after `after` first. */
export async function watchAssignment(
  deps: LiveDeps,
  runtime: LiveRuntime,
  args: { assignmentId: string; after?: string | null },
) {
  const assignment = await watchedAssignment(deps, args.assignmentId);
  return activityStream({
    hub: runtime.hub,
    assignmentId: assignment.id,
    afterId: decodeEvent(args.after),
    replay: (afterId) =>
      sql.selectEventsAfter(deps.db, {
        assignmentId: assignment.id,
        afterId,
        windowSeconds: REPLAY_WINDOW_SECONDS,
        limit: REPLAY_LIMIT,
      }),
    wants: () => true,
    allowed: async () => {
      const fresh = await runtime.recheck();
      return (
        fresh !== null &&
        (await watchedAssignment(fresh, args.assignmentId).then(
          () => true,
          () => false,
        ))
      );
    },
  });
}

/** A student's stream of what changes for their own attempt. */
export async function followAttempt(
  deps: LiveDeps,
  runtime: LiveRuntime,
  args: { attemptId: string; after?: string | null },
) {
  const attempt = await followedAttempt(deps, args.attemptId);
  const assignmentId = attempt.assignmentId ?? "0";
  const own = { id: attempt.id, studentId: attempt.studentId };
  return {
    attempt,
    stream: activityStream({
      hub: runtime.hub,
      assignmentId,
      afterId: decodeEvent(args.after),
      replay: async (afterId) =>
        attempt.assignmentId === null
          ? []
          : sql.selectEventsAfter(deps.db, {
              assignmentId,
              afterId,
              windowSeconds: REPLAY_WINDOW_SECONDS,
              limit: REPLAY_LIMIT,
              attempt: own,
            }),
      wants: (row) =>
        STUDENT_KINDS.has(row.kind) &&
        (row.attemptId === attempt.id ||
          row.studentId === attempt.studentId ||
          (row.attemptId === null && row.studentId === null)),
      allowed: async () => {
        const fresh = await runtime.recheck();
        return (
          fresh !== null &&
          (await followedAttempt(fresh, args.attemptId).then(
            () => true,
            () => false,
          ))
        );
      },
    }),
  };
}

/** The live state of an assignment for its teacher: what a client reads first, or polls. */
export async function activitySnapshot(
  deps: LiveDeps,
  args: { assignmentId: string; after?: string | null },
) {
  const assignment = await watchedAssignment(deps, args.assignmentId);
  const [paused, students, cells, events] = [
    await sql.selectPaused(deps.db, assignment.id),
    await sql.selectLatestStates(deps.db, assignment.id),
    await sql.selectLatestCells(deps.db, assignment.id),
    await sql.selectEventsAfter(deps.db, {
      assignmentId: assignment.id,
      afterId: decodeEvent(args.after),
      windowSeconds: REPLAY_WINDOW_SECONDS,
      limit: REPLAY_LIMIT,
    }),
  ];
  const ids = [...students, ...cells, ...events].map((row) => BigInt(row.id));
  const last = ids.length === 0 ? null : ids.reduce((a, b) => (a > b ? a : b)).toString();
  return { paused, students, cells, events, lastEventId: last };
}

/** Pauses or resumes the teacher's class (answers refused while paused), with its audit entry. */
export async function setClassPaused(
  deps: LiveDeps,
  classId: string,
  paused: boolean,
): Promise<boolean> {
  const row = await ownClass(deps, classId);
  const teacher = deps.viewer!;
  await withTransaction(deps.db, async (tx) => {
    if (await sql.updatePaused(tx, row.id, paused))
      await recordAudit(tx, {
        actorId: teacher.id,
        classId: row.id,
        action: paused ? "CLASS_PAUSED" : "CLASS_RESUMED",
      });
  });
  return paused;
}

/** Opens an AFTER_DUE assignment's feedback now (it becomes ON_SUBMIT); others are open already. */
export async function openFeedbackNow(deps: LiveDeps, assignmentId: string) {
  const assignment = await changeableAssignment(deps, assignmentId);
  if (assignment.feedbackTiming !== "AFTER_DUE") return assignment;
  return updateAssignment(deps, { assignmentId, dueAt: undefined, feedback: "ON_SUBMIT" });
}
