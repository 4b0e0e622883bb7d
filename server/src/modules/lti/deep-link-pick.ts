// Pure: no I/O. Reads the lesson picker's due date and feedback timing.
import type { FeedbackTimingValue } from "../assignments/assignments.service.js";

const FEEDBACK_TIMINGS: readonly FeedbackTimingValue[] = [
  "IMMEDIATE",
  "PRACTICE",
  "ON_SUBMIT",
  "AFTER_DUE",
];

/** A pick the teacher should correct: the picker again, with this message (400). */
export class PickProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PickProblem";
  }
}

/** The picker's form, read. */
export interface PickForm {
  cancel: boolean;
  lessonSlug: string;
  due: string;
  timezoneOffset: string;
  feedback: string;
}

/**
 * The due date a datetime-local value names in the teacher's time zone (their browser's offset
 * from UTC in minutes, as Date.getTimezoneOffset gives it; UTC without one), null for none.
 */
export function dueDateOf(due: string, timezoneOffset: string): Date | null {
  if (due === "") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(due);
  const offset = /^-?\d{1,3}$/.test(timezoneOffset) ? Number(timezoneOffset) : 0;
  if (!match || Math.abs(offset) > 840)
    throw new PickProblem("Give the due date as a date and a time, or leave it empty.");
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const utc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  const date = new Date(utc + offset * 60_000);
  if (new Date(utc).getUTCDate() !== d || Number.isNaN(date.getTime()))
    throw new PickProblem("That due date is not a real date.");
  return date;
}

/** The due date and feedback timing a pick names, or a PickProblem saying what to correct. */
export function readTiming(
  due: string,
  timezoneOffset: string,
  feedback: string,
): { dueAt: Date | null; timing: FeedbackTimingValue } {
  const timing = FEEDBACK_TIMINGS.find((value) => value === feedback);
  if (!timing) throw new PickProblem("Choose when students see their scores and the answers.");
  const dueAt = dueDateOf(due, timezoneOffset);
  if (timing === "AFTER_DUE" && !dueAt)
    throw new PickProblem(
      "Feedback after the due date needs a due date. Pick one, or choose another timing.",
    );
  return { dueAt, timing };
}
