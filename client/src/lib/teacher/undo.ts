/** What a teacher's undo acts on: due dates per student, and attempts a due date closed. Pure: no I/O. */
import type { FeedbackTiming } from "../../api/generated/graphql.js";
import type { TeacherAssignment } from "./review-types.js";

type Due = Pick<TeacherAssignment, "dueAt" | "extensions">;

/** When the work is due for one student: their extension, else the assignment's due date. */
export function dueFor(assignment: Due, studentId: string): string | null {
  return assignment.extensions.find((x) => x.studentId === studentId)?.dueAt ?? assignment.dueAt;
}

/** Whether a student has their own due date. */
export const isExtended = (assignment: Due, studentId: string): boolean =>
  assignment.extensions.some((x) => x.studentId === studentId);

/**
 * How many open attempts a new due date would submit at once: under AFTER_DUE, those of
 * students whose due date (an extension counts) would then be past.
 */
export function attemptsClosedBy(
  assignment: Pick<TeacherAssignment, "extensions" | "attempts">,
  dueAt: string | null,
  feedback: FeedbackTiming,
  now = Date.now(),
): number {
  if (feedback !== "AFTER_DUE" || dueAt === null) return 0;
  return assignment.attempts.filter((attempt) => {
    if (attempt.status !== "IN_PROGRESS") return false;
    const due = dueFor({ dueAt, extensions: assignment.extensions }, attempt.student.id);
    return due !== null && new Date(due).getTime() <= now;
  }).length;
}

/** Attempts the due date submitted (not the student) that could be reopened now the date is later. */
export function reopenableAfterDueChange(
  assignment: Pick<TeacherAssignment, "dueAt" | "feedback" | "attempts">,
  now = Date.now(),
): number {
  const future = assignment.dueAt === null || new Date(assignment.dueAt).getTime() > now;
  if (!future) return 0;
  return assignment.attempts.filter((a) => a.status === "SUBMITTED" && a.closedByDueDate).length;
}

/** "3 open attempts" / "1 open attempt". */
export const countOf = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? "" : "s"}`;
