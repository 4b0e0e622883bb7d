/** An audit entry in a teacher's words. Pure: no I/O. */
import type { FeedbackTiming } from "../../api/generated/graphql.js";
import { FEEDBACK_LABELS } from "../assignments/feedback-timing.js";
import { formatDateTime } from "../format/dates.js";

export interface ChangeEntry {
  action: string;
  field?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
  studentName?: string | null;
}

const student = (entry: ChangeEntry) => entry.studentName ?? "a former student";
const date = (iso: string | null | undefined, locale?: string) =>
  iso ? formatDateTime(iso, locale) : "none";
const timing = (value: string | null | undefined) =>
  value ? (FEEDBACK_LABELS[value as FeedbackTiming] ?? value).toLowerCase() : "none";
const from = (before: string, after: string) => `${before} → ${after}`;

/** What changed, e.g. "Score of ctx-economic-weakness for Ana: 1 → 2". */
export function describeChange(entry: ChangeEntry, locale?: string): string {
  const { oldValue: before, newValue: after } = entry;
  switch (entry.action) {
    case "SCORE":
      return `Score of ${entry.field} for ${student(entry)}: ${from(before ?? "none", after ?? "none")}`;
    case "RUBRIC_MARK":
      return `Rubric level (${entry.field}) for ${student(entry)}: ${from(before ?? "none", after ?? "none")}`;
    case "DUE_DATE":
      return `Due date: ${from(date(before, locale), date(after, locale))}`;
    case "STUDENT_DUE_DATE":
      return `Due date for ${student(entry)}: ${from(date(before, locale), date(after, locale))}`;
    case "FEEDBACK_TIMING":
      return `Feedback: ${from(timing(before), timing(after))}`;
    case "JOIN_CODE_RESET":
      return "New join code (the old one stopped working)";
    case "SIGN_IN_CODE_RESET":
      return `New sign-in code for ${student(entry)} (the old one stopped working)`;
    case "LESSON_VERSION":
      return `Moved to the question set's new version: ${from(before ?? "none", after ?? "none")}`;
    case "DELETED":
      return `Deleted ${entry.field ?? "an item"}${before ? `: ${before}` : ""}`;
    default:
      return entry.action;
  }
}
