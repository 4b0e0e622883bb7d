import { formatBritishPoints } from "../format/numbers.js";

/** How an item went, in a word a student understands, from the score the server gives. */
export type Verdict = "correct" | "partly" | "not-yet" | "review" | "unmarked";

export function verdictOf(feedback: {
  correct: boolean | null;
  score: number | null;
  maxScore: number;
  needsReview: boolean;
}): Verdict {
  // A reflection worth no points: never right or wrong.
  if (feedback.maxScore === 0 && !feedback.needsReview) return "unmarked";
  if (feedback.correct === true) return "correct";
  if (feedback.score == null) return "review";
  if (feedback.score >= feedback.maxScore && feedback.maxScore > 0) return "correct";
  if (feedback.score > 0) return "partly";
  return feedback.needsReview ? "review" : "not-yet";
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  correct: "Correct",
  partly: "Partly right",
  "not-yet": "Not yet",
  review: "Your teacher will review this",
  unmarked: "Kept for your teacher",
};

/** 1.33, 2, 0.5 in the lesson's British English. */
export const lessonPoints = (value: number) => formatBritishPoints(value);

export const pointsWord = (value: number) =>
  `${lessonPoints(value)} ${value === 1 ? "point" : "points"}`;
