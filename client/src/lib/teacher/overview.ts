import { workStatus, type WorkStatus } from "../account/status.js";
import type { TeacherAssignment, TeacherAttempt } from "./review-types.js";

export interface OverviewRow {
  studentId: string;
  name: string;
  status: WorkStatus;
  attempt: TeacherAttempt | null;
  /** Answers of this student waiting for the teacher's judgement. */
  toReview: number;
  /** The student's own due date, when the teacher gave them more time. */
  extendedTo: string | null;
  /** The LMS roster no longer lists the student as active (their work stays). */
  inactive: boolean;
}

/** How many of an attempt's answers wait for the teacher's judgement. */
function needsReviewCount(attempt: Pick<TeacherAttempt, "responses"> | null | undefined): number {
  return attempt ? attempt.responses.filter((r) => r.feedback?.needsReview).length : 0;
}

// Work still in progress may change, so only submitted answers wait for review.
const studentRow = (
  studentId: string,
  name: string,
  attempt: TeacherAttempt | null,
  extendedTo: string | null,
  inactive = false,
): OverviewRow => ({
  studentId,
  name,
  status: workStatus(attempt),
  attempt,
  toReview: attempt?.status === "SUBMITTED" ? needsReviewCount(attempt) : 0,
  extendedTo,
  inactive,
});

/** One row per student of the class (also those who never started), by name. */
export function overviewRows(
  assignment: Pick<TeacherAssignment, "classroom" | "attempts" | "extensions">,
): OverviewRow[] {
  const extensions = new Map(assignment.extensions.map((x) => [x.studentId, x.dueAt as string]));
  const row = (studentId: string, name: string, attempt: TeacherAttempt | null, inactive = false) =>
    studentRow(studentId, name, attempt, extensions.get(studentId) ?? null, inactive);
  const byStudent = new Map(assignment.attempts.map((a) => [a.student.id, a]));
  const rows = assignment.classroom.students.map((student): OverviewRow => {
    const attempt = byStudent.get(student.id) ?? null;
    return row(student.id, student.displayName, attempt, student.inactive === true);
  });
  // A student who left the class keeps their attempt; show it too.
  for (const attempt of assignment.attempts) {
    if (!rows.some((r) => r.studentId === attempt.student.id)) {
      rows.push(row(attempt.student.id, attempt.student.displayName, attempt));
    }
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

export function reviewSummary(count: number): string {
  if (count === 0) return "Nothing is waiting for your review.";
  return count === 1 ? "1 answer needs your review" : `${count} answers need your review`;
}
