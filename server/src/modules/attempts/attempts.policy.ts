// Who may see or do what about attempts and responses. Pure: no I/O.
//
// How the viewer stands to an attempt (its student, the teacher of its assignment's class, or
// neither) is classes.policy's relationToStudentWork, answered per request by the relation
// loader (classes/relations.ts, `attemptSubject`).
import { forbidden, unauthenticated } from "../../core/errors.js";
import type { Relation } from "../classes/classes.policy.js";
import type { Viewer } from "../users/viewer.js";
import type { AttemptRow } from "./attempts.sql.js";

/** Query.attempt, Query.myAttempts, Assignment.attempts: the attempt's student and the class's teacher. */
export const canSeeAttempt = (relation: Relation): boolean => relation !== null;

/**
 * Whether the student may see an item's feedback (score, explanations, the key) now.
 * IMMEDIATE shows it with each save, except an exercise's model evidence and rubric
 * feedback, which wait for the submit so they cannot be copied into the answer.
 */
export function studentSeesFeedback(
  attempt: Pick<AttemptRow, "status" | "feedbackTiming">,
  itemKind: string,
  dueAt: Date | null,
  now: Date,
): boolean {
  const submitted = attempt.status === "SUBMITTED";
  switch (attempt.feedbackTiming) {
    case "IMMEDIATE":
      return itemKind !== "EXERCISE" || submitted;
    case "ON_SUBMIT":
      return submitted;
    case "AFTER_DUE":
      return dueAt !== null && dueAt.getTime() <= now.getTime();
  }
}

/** Response.feedback: the class's teacher always; the student once the feedback timing allows. */
export function canSeeFeedback(
  relation: Relation,
  attempt: Pick<AttemptRow, "status" | "feedbackTiming" | "dueAt">,
  itemKind: string,
  now: Date,
): boolean {
  if (relation === "teacher") return true;
  return relation === "student" && studentSeesFeedback(attempt, itemKind, attempt.dueAt, now);
}

/** Attempt.score: as a question's feedback. */
export const canSeeScore = (
  relation: Relation,
  attempt: Pick<AttemptRow, "status" | "feedbackTiming" | "dueAt">,
  now: Date,
): boolean => canSeeFeedback(relation, attempt, "QUESTION", now);

/** startAttempt at an assignment: only a student of its class. */
export const canStartAssignment = (relation: Relation): boolean => relation === "student";

/** scoreResponse: only the teacher of the attempt's class. */
export const canScoreResponse = (relation: Relation): boolean => relation === "teacher";

/** The signed-in student, or UNAUTHENTICATED / FORBIDDEN. */
export function requireStudent(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated("Sign in, or start practising as a guest, to answer.");
  if (viewer.role !== "STUDENT") throw forbidden("Only students answer lessons.");
  return viewer;
}

/** The signed-in student, or a teacher (who may answer only their own scratch attempts); else UNAUTHENTICATED. */
export function requireAnswerer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated("Sign in, or start practising as a guest, to answer.");
  return viewer;
}

/**
 * Saving and submitting: only the attempt's own student; a teacher only into their own scratch
 * attempt ("Try as a student"), never into a student's work.
 */
export const canChangeAttempt = (
  viewer: Viewer,
  attempt: Pick<AttemptRow, "studentId" | "scratch">,
): boolean => viewer.id === attempt.studentId && (viewer.role === "STUDENT" || attempt.scratch);

/** startScratchAttempt: any teacher, at any lesson (the attempt is theirs alone and never counts). */
export const canStartScratchAttempt = (viewer: Viewer | null): boolean =>
  viewer?.role === "TEACHER";

/** reopenAttempt, reopenAttempts, returnAttempt: only the teacher of the attempt's class. */
export const canManageAttempt = (relation: Relation): boolean => relation === "teacher";
