// Who may follow what live. Pure: no I/O.
import type { Relation } from "../classes/classes.policy.js";

/** Subscription.assignmentActivity, Query.assignmentActivitySnapshot: only the class's teacher. */
export const canWatchClass = (relation: Relation): boolean => relation === "teacher";

/** Subscription.myAttemptUpdates: only the student whose attempt it is. */
export const canFollowAttempt = (relation: Relation): boolean => relation === "student";

/** pauseClass, resumeClass, openFeedbackNow: only the class's teacher. */
export const canRunClass = (relation: Relation): boolean => relation === "teacher";

/** What a student's own stream carries: what the teacher did, and the class paused or resumed. */
export const STUDENT_KINDS: ReadonlySet<string> = new Set([
  "SCORED",
  "FEEDBACK_OPENED",
  "DUE_MOVED",
  "PAUSED",
  "RESUMED",
]);
