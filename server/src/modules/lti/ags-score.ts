// Pure: no I/O. What a platform is told of a student's work (an AGS 2.0 Score), and how long a
// failed post waits before the next try.
import { studentSeesFeedback } from "../attempts/attempts.policy.js";
import type { AttemptRow, ResponseRow } from "../attempts/attempts.loaders.js";
import { attemptScoreSoFar } from "../attempts/response-score.js";

export type ActivityProgress = "Initialized" | "Started" | "InProgress" | "Submitted" | "Completed";
export type GradingProgress = "FullyGraded" | "Pending" | "PendingManual" | "Failed" | "NotReady";

/** The Score's fields that follow from the work (the platform's userId and the timestamp aside). */
export interface ScoreState {
  activityProgress: ActivityProgress;
  gradingProgress: GradingProgress;
  scoreGiven?: number;
  scoreMaximum?: number;
  comment?: string;
}

/** The Score as posted (application/vnd.ims.lis.v1.score+json). */
export interface ScoreBody extends ScoreState {
  userId: string;
  timestamp: string;
}

type Work = Pick<
  AttemptRow,
  "status" | "feedbackTiming" | "dueAt" | "returnedAt" | "returnComment"
> | null;
type ScoredResponse = Pick<ResponseRow, "itemId" | "teacherScore" | "needsReview" | "autoScore">;

/**
 * The Score for a student's work at an assignment, as it stands at `now`, and when to post it
 * again though nothing changes (an AFTER_DUE due date: the work closes, its feedback opens).
 *
 * No attempt (none yet, or deleted): Initialized, NotReady, no score (the platform clears it).
 * Open: Started (nothing answered) or InProgress, NotReady. Submitted (the student cannot submit
 * again, so Completed): while the feedback timing hides the score from the student, Pending with
 * no score, so the gradebook shows no more than the player; while items await the teacher,
 * PendingManual with the points scored so far; then FullyGraded with the total. The teacher's
 * comment on returned work goes with it. Practice counts toward no grade: its Completed work is
 * sent as NotReady, with no score.
 */
export function scoreState(
  attempt: Work,
  items: ReadonlyArray<{ itemId: string; points: number }>,
  responses: readonly ScoredResponse[],
  now: Date,
): { score: ScoreState; resendAt: Date | null } {
  const resendAt =
    attempt?.feedbackTiming === "AFTER_DUE" && attempt.dueAt && attempt.dueAt > now
      ? attempt.dueAt
      : null;
  if (!attempt)
    return { score: { activityProgress: "Initialized", gradingProgress: "NotReady" }, resendAt };
  if (attempt.status === "IN_PROGRESS") {
    const activityProgress = responses.length > 0 ? "InProgress" : "Started";
    return { score: { activityProgress, gradingProgress: "NotReady" }, resendAt };
  }
  const comment = attempt.returnedAt && attempt.returnComment ? attempt.returnComment : undefined;
  const withComment = (score: ScoreState): ScoreState => (comment ? { ...score, comment } : score);
  if (attempt.feedbackTiming === "PRACTICE")
    return {
      score: withComment({ activityProgress: "Completed", gradingProgress: "NotReady" }),
      resendAt,
    };
  if (!studentSeesFeedback(attempt, "QUESTION", attempt.dueAt, now))
    return {
      score: withComment({ activityProgress: "Completed", gradingProgress: "Pending" }),
      resendAt,
    };
  const scoreMaximum = items.reduce((sum, item) => sum + item.points, 0);
  const soFar = attemptScoreSoFar(true, items, responses)!;
  const gradingProgress = soFar.pendingReviewPoints > 0 ? "PendingManual" : "FullyGraded";
  const points = scoreMaximum > 0 ? { scoreGiven: soFar.autoScore, scoreMaximum } : {};
  return {
    score: withComment({ activityProgress: "Completed", gradingProgress, ...points }),
    resendAt,
  };
}

export interface Backoff {
  /** The wait after the first failure. */
  baseMs: number;
  /** The longest wait. */
  capMs: number;
}

/**
 * The wait before try `tries + 1` after `tries` failures: doubling from baseMs up to capMs, less
 * up to a fifth at random (`random` in [0, 1)) so servers retrying together drift apart.
 */
export function backoffMs(tries: number, backoff: Backoff, random = Math.random()): number {
  const exponent = Math.min(Math.max(tries - 1, 0), 30);
  const wait = Math.min(backoff.capMs, backoff.baseMs * 2 ** exponent);
  return Math.round(wait * (1 - random / 5));
}
