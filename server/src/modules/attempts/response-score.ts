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
  return Math.round(total * 100) / 100;
}
