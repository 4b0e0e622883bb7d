// Tries mode (IMMEDIATE feedback) in a student's words. Pure.
import type { FeedbackTiming } from "../../api/generated/graphql.js";

export interface TriesFacts {
  triesUsed: number;
  triesLeft: number | null;
  maxTries: number | null;
  locked: boolean;
}

/** Whether answers are checked one by one (assignments in IMMEDIATE, and practice alone). */
export const checksAnswers = (timing: FeedbackTiming): boolean => timing === "IMMEDIATE";

/** "Try 2 of 3 · a retry costs a third of the points"; what a locked item took. */
export function triesLine(info: TriesFacts | undefined, defaultTries: number): string {
  if (info?.locked) {
    return info.triesUsed === 0
      ? "Answer shown · locked"
      : `Locked after ${info.triesUsed} ${info.triesUsed === 1 ? "try" : "tries"}`;
  }
  const max = info?.maxTries ?? defaultTries;
  const next = Math.min((info?.triesUsed ?? 0) + 1, max);
  return `Try ${next} of ${max} · a retry costs a third of the points`;
}

const DEFAULT_TRIES: Record<string, number> = {
  SINGLE_CHOICE: 3,
  MULTIPLE_CHOICE: 3,
  SHORT_ANSWER: 3,
  ORDERING: 3,
  MATCHING: 3,
  ATTRIBUTION: 3,
  EVIDENCE: 2,
  EXERCISE: 2,
};

/** The tries a kind gets before anything is saved (the server's defaults); null: not checked. */
export const defaultTriesOf = (kind: string): number | null => DEFAULT_TRIES[kind] ?? null;

/** "2 tries" for a teacher; null where nothing was checked. */
export function triesWord(triesUsed: number, maxTries: number | null): string | null {
  if (maxTries === null) return null;
  return `${triesUsed} ${triesUsed === 1 ? "try" : "tries"} of ${maxTries}`;
}
