import { roundScore } from "../../grading/index.js";
import type { ResponseRow } from "./responses.sql.js";

/** A response's score as it counts: the teacher's where given, else the automatic one unless it awaits review. */
export function responseScore(
  row: Pick<ResponseRow, "teacherScore" | "needsReview" | "autoScore">,
): number | null {
  if (row.teacherScore !== null) return row.teacherScore;
  return row.needsReview ? null : row.autoScore;
}

/**
 * An attempt's total: null until it is submitted and every answered item is scored; items left
 * unanswered count 0.
 */
export function attemptScore(
  submitted: boolean,
  itemIds: readonly string[],
  responses: ReadonlyArray<
    Pick<ResponseRow, "itemId" | "teacherScore" | "needsReview" | "autoScore">
  >,
): number | null {
  if (!submitted) return null;
  const byItem = new Map(responses.map((r) => [r.itemId, r]));
  let total = 0;
  for (const itemId of itemIds) {
    const response = byItem.get(itemId);
    if (!response) continue;
    const score = responseScore(response);
    if (score === null) return null;
    total += score;
  }
  return roundScore(total);
}

/** A submitted attempt's score so far: what counts already, out of what, and what awaits review. */
export interface ScoreSoFar {
  autoScore: number;
  autoMaxScore: number;
  pendingReviewPoints: number;
}

/**
 * Splits a submitted attempt's points into those scored (automatically or by the teacher; items
 * left unanswered count 0 of their points) and those awaiting review; null until it is submitted.
 */
export function attemptScoreSoFar(
  submitted: boolean,
  items: ReadonlyArray<{ itemId: string; points: number }>,
  responses: ReadonlyArray<
    Pick<ResponseRow, "itemId" | "teacherScore" | "needsReview" | "autoScore">
  >,
): ScoreSoFar | null {
  if (!submitted) return null;
  const byItem = new Map(responses.map((r) => [r.itemId, r]));
  let autoScore = 0;
  let autoMaxScore = 0;
  let pendingReviewPoints = 0;
  for (const item of items) {
    const response = byItem.get(item.itemId);
    const score = response ? responseScore(response) : 0;
    if (score === null) pendingReviewPoints += item.points;
    else {
      autoScore += score;
      autoMaxScore += item.points;
    }
  }
  return {
    autoScore: roundScore(autoScore),
    autoMaxScore: roundScore(autoMaxScore),
    pendingReviewPoints: roundScore(pendingReviewPoints),
  };
}
