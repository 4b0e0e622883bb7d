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

/** IMMEDIATE is tries mode: answers are checked one by one, a retry costs points, the key waits for the lock. */
export const usesTries = (attempt: Pick<AttemptRow, "feedbackTiming">): boolean =>
  attempt.feedbackTiming === "IMMEDIATE";

/** How far a response is in tries mode: checked at least once, or locked. */
export interface TriesState {
  checked: boolean;
  locked: boolean;
}

/**
 * Whether the student may see an item's feedback (score, explanations, the key) now.
 * IMMEDIATE (tries mode) shows it once an answer is checked (the key only once the item locks:
 * studentSeesKey) and, for items without checks, at the submit. PRACTICE shows it with each
 * save, except an exercise's model evidence and rubric feedback, which wait for the submit so
 * they cannot be copied into the answer.
 */
export function studentSeesFeedback(
  attempt: Pick<AttemptRow, "status" | "feedbackTiming">,
  itemKind: string,
  dueAt: Date | null,
  now: Date,
  tries: TriesState = { checked: false, locked: false },
): boolean {
  const submitted = attempt.status === "SUBMITTED";
  switch (attempt.feedbackTiming) {
    case "IMMEDIATE":
      return submitted || tries.checked || tries.locked;
    case "PRACTICE":
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
  tries?: TriesState,
): boolean {
  if (relation === "teacher") return true;
  return (
    relation === "student" && studentSeesFeedback(attempt, itemKind, attempt.dueAt, now, tries)
  );
}

/**
 * Feedback.expected (the key): in tries mode the student sees it only once the item locks (or
 * the attempt is submitted), whatever the client asks for; otherwise with the feedback.
 */
export function studentSeesKey(
  attempt: Pick<AttemptRow, "status" | "feedbackTiming">,
  tries: TriesState,
): boolean {
  return !usesTries(attempt) || tries.locked || attempt.status === "SUBMITTED";
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
