// Tries mode (IMMEDIATE feedback): a student checks an answer, spends a try and may try again at a
// penalty, the key hidden until the item locks. Pure: no I/O.
//
// - An item gets its author's tries, else its kind's (KINDS[kind].tries); a kind the machine does
//   not score (tries null) or an item worth 0 points is not checked: it locks at submit.
// - Try n earns at most (1 − (n − 1)/3) of the points: try 1 all, try 2 two thirds, try 3 one third.
// - A check locks the item when it is right or was the last try; until then its feedback is the
//   kind's hint (what is wrong, never the right parts) and the key stays hidden.
import { blocks, points } from "./feedback.js";
import { KINDS, type AnswerData, type ItemKey } from "./kinds/index.js";
import { roundScore } from "./score-math.js";
import type { ParagraphTexts } from "./types.js";

/** What each retry costs, as a share of the item's points. */
export const RETRY_PENALTY = 1 / 3;

/** The share of the points try `n` (1, 2, 3 …) can earn. */
export const tryFactor = (n: number): number =>
  Math.max(0, 1 / RETRY_PENALTY - (n - 1)) * RETRY_PENALTY;

/** "2/3": the factor of try n in thirds. */
const thirds = (n: number) => (n <= 1 ? "all" : `${Math.max(0, 4 - n)}/3`);

/** The tries an item allows in tries mode (its author's, else its kind's), or null when it is not checked. */
export function maxTriesFor(key: ItemKey, authored: number | null = null): number | null {
  const tries = KINDS[key.kind].tries;
  if (tries === null || tries < 1) return null;
  return (key as { points?: number }).points === 0 ? null : (authored ?? tries);
}

/** The scoring columns a check or a lock writes. */
export interface TryScoring {
  autoScore: number | null;
  evidenceScore: number | null;
  correct: boolean | null;
  needsReview: boolean;
  message: string;
  /** The key, once the item locks; null before. */
  expected: AnswerData | null;
  locked: boolean;
}

const scaled = (score: number | null | undefined, factor: number) =>
  score === null || score === undefined ? null : roundScore(score * factor);

function tryNote(n: number, max: number, score: number | null, maxScore: number): string {
  const head = `**Try ${n} of ${max}.**`;
  if (n <= 1) return head;
  const counted =
    score === null ? "a teacher judges it" : `it counts ${score} of ${points(maxScore)}`;
  return `${head} A retry earns at most ${thirds(n)} of the points: ${counted}.`;
}

/**
 * Checks an answer as try `n` of `max`: its penalised score, and the hint (or, once the item
 * locks, the full feedback with the key). `final` locks it whatever the outcome (submitting).
 */
export function checkTry(
  key: ItemKey,
  answer: AnswerData | null,
  paragraphs: ParagraphTexts,
  n: number,
  max: number,
  final = false,
): TryScoring {
  const unit = KINDS[key.kind];
  const result = unit.score(key, answer, paragraphs);
  const factor = tryFactor(n);
  const autoScore = scaled(result.score, factor);
  const evidenceScore = scaled(result.evidenceScore, factor);
  const locked = final || result.correct === true || n >= max;
  const note = tryNote(n, max, autoScore ?? evidenceScore, result.maxScore);
  const hint = unit.hint ? unit.hint(key, answer, paragraphs) : null;
  const message = locked
    ? blocks(note, result.message)
    : blocks(
        hint ?? (result.correct === false ? "**Not quite.**" : "**Not fully right yet.**"),
        note,
        `You may try again: ${max - n} ${max - n === 1 ? "try is" : "tries are"} left, and the next earns at most ${thirds(n + 1)} of the points.`,
      );
  return {
    autoScore,
    evidenceScore,
    correct: result.correct,
    needsReview: result.needsReview,
    message,
    expected: locked ? result.expected : null,
    locked,
  };
}

/** What a locked item keeps: the last check's scoring (none: 0). */
export interface CheckedSoFar {
  triesUsed: number;
  maxTries: number;
  autoScore: number | null;
  evidenceScore: number | null;
  correct: boolean | null;
  needsReview: boolean;
}

/**
 * Locks an item without spending a try: the student asked for the answer, or submitted an answer
 * already checked. The score stays what the last check earned (0 when nothing was checked); the
 * feedback shows the key.
 */
export function lockTry(
  key: ItemKey,
  answer: AnswerData | null,
  paragraphs: ParagraphTexts,
  checked: CheckedSoFar,
  reason: "reveal" | "submit",
): TryScoring {
  const result = KINDS[key.kind].score(key, answer, paragraphs);
  const isExercise = result.evidenceScore !== undefined;
  const kept: Omit<TryScoring, "message" | "expected" | "locked"> = checked.triesUsed
    ? checked
    : {
        autoScore: isExercise ? null : 0,
        evidenceScore: isExercise ? 0 : null,
        correct: isExercise ? null : false,
        needsReview: isExercise,
      };
  const score = kept.autoScore ?? kept.evidenceScore;
  const head =
    reason === "reveal"
      ? checked.triesUsed
        ? `**Answer shown.** Your score stays what your last check earned${score === null ? "" : `: ${score} of ${points(result.maxScore)}`}.`
        : "**Answer shown.** You did not check an answer, so the machine-scored part scores 0."
      : tryNote(checked.triesUsed, checked.maxTries, score, result.maxScore);
  return {
    autoScore: kept.autoScore,
    evidenceScore: kept.evidenceScore,
    correct: kept.correct,
    needsReview: kept.needsReview,
    message: blocks(head, result.message),
    expected: result.expected,
    locked: true,
  };
}
