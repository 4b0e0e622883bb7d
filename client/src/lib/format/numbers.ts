/** Points and scores as people read them. Pure: no I/O. */
import { keptNumberFormat } from "./kept-formats.js";

/** A score such as 7.5 or 1.33: at most two decimals, no trailing zeros; the browser's locale unless one is given. */
export function formatPoints(value: number, locale?: string): string {
  return keptNumberFormat("points", locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * formatPoints in British English ("1,250", "1.33", "0.5"), written out rather than through Intl:
 * a page's first Intl number format costs a phone tens of milliseconds, and the lesson player
 * shows points on its first screen.
 */
export function formatBritishPoints(value: number): string {
  // Rounded half away from zero from the number's shortest decimal form, as Intl rounds.
  const abs = Math.abs(value);
  const [whole = "0", decimals = ""] = (abs < 1e-6 ? "0" : String(abs)).split(".");
  const hundredths =
    BigInt(whole + decimals.padEnd(2, "0").slice(0, 2)) + ((decimals[2] ?? "0") >= "5" ? 1n : 0n);
  const digits = hundredths.toString().padStart(3, "0");
  const integer = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = digits.slice(-2).replace(/0+$/, "");
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${integer}${fraction ? `.${fraction}` : ""}`;
}

/** "7 / 10", or null while there is no score to show. */
export function formatScore(
  score: number | null | undefined,
  maxScore: number,
  locale?: string,
): string | null {
  return score == null
    ? null
    : `${formatPoints(score, locale)} / ${formatPoints(maxScore, locale)}`;
}

/** An attempt's scores as the API gives them (score so far, see Attempt.autoScore). */
export interface ScoreSoFar {
  score?: number | null;
  maxScore: number;
  autoScore?: number | null;
  autoMaxScore?: number | null;
  pendingReviewPoints?: number | null;
}

const points = (value: number, locale?: string) =>
  `${formatPoints(value, locale)} ${value === 1 ? "point" : "points"}`;

/**
 * The part scored so far while some points await review, for the student: scored "8.85 of 14
 * auto-marked points", waiting "15 points await your teacher". Null when nothing awaits review.
 */
export function studentScoreSoFar(
  attempt: ScoreSoFar,
  locale?: string,
): { scored: string; waiting: string; text: string } | null {
  const { autoScore, autoMaxScore, pendingReviewPoints: pending } = attempt;
  if (autoScore == null || autoMaxScore == null || !pending) return null;
  const scored = `${formatPoints(autoScore, locale)} of ${formatPoints(autoMaxScore, locale)} auto-marked ${autoMaxScore === 1 ? "point" : "points"}`;
  const waiting = `${points(pending, locale)} ${pending === 1 ? "awaits" : "await"} your teacher`;
  return { scored, waiting, text: `${scored}; ${waiting}` };
}

/** The same for the teacher's tables: "8.85 / 14 auto-marked · 15 to review". */
export function teacherScoreSoFar(attempt: ScoreSoFar, locale?: string): string | null {
  const { autoScore, autoMaxScore, pendingReviewPoints: pending } = attempt;
  if (autoScore == null || autoMaxScore == null || !pending) return null;
  return `${formatScore(autoScore, autoMaxScore, locale)} auto-marked · ${formatPoints(pending, locale)} to review`;
}
