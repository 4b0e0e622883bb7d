import type { AttemptRow } from "./attempts.sql.js";

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
