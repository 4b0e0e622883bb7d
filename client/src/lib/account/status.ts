/** Where a student stands with a piece of work. */
export type WorkStatus = "not-started" | "in-progress" | "submitted" | "late";

export const STATUS_LABELS: Record<WorkStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
  late: "Submitted late",
};

/** The status of the student's attempt at an assignment (undefined: none yet). */
export function workStatus(
  attempt: { status: "IN_PROGRESS" | "SUBMITTED"; late: boolean } | null | undefined,
): WorkStatus {
  if (!attempt) return "not-started";
  if (attempt.status === "IN_PROGRESS") return "in-progress";
  return attempt.late ? "late" : "submitted";
}

/** Whether an assignment not yet handed in is past its due date. */
export function isOverdue(
  dueAt: string | null | undefined,
  status: WorkStatus,
  now = new Date(),
): boolean {
  return (
    !!dueAt &&
    (status === "not-started" || status === "in-progress") &&
    new Date(dueAt).getTime() < now.getTime()
  );
}
