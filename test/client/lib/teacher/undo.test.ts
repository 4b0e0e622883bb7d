import { describe, expect, it } from "vitest";
import {
  attemptsClosedBy,
  dueFor,
  reopenableAfterDueChange,
} from "../../../../client/src/lib/teacher/undo.js";

const NOW = Date.parse("2026-03-10T12:00:00Z");
const attempt = (studentId: string, status: "IN_PROGRESS" | "SUBMITTED", closedByDueDate = false) =>
  ({ status, closedByDueDate, student: { id: studentId } }) as never;

describe("the teacher's undo helpers", () => {
  const assignment = {
    dueAt: "2026-03-11T12:00:00Z",
    feedback: "AFTER_DUE" as const,
    extensions: [{ studentId: "ben", dueAt: "2026-03-20T12:00:00Z" }],
    attempts: [
      attempt("ana", "IN_PROGRESS"),
      attempt("ben", "IN_PROGRESS"),
      attempt("cy", "SUBMITTED"),
    ],
  };

  it("takes a student's extension over the assignment's due date", () => {
    expect(dueFor(assignment, "ben")).toBe("2026-03-20T12:00:00Z");
    expect(dueFor(assignment, "ana")).toBe("2026-03-11T12:00:00Z");
  });

  it("counts the open attempts a due date in the past would hand in: AFTER_DUE only, extensions spared", () => {
    expect(attemptsClosedBy(assignment, "2026-03-09T12:00:00Z", "AFTER_DUE", NOW)).toBe(1);
    expect(attemptsClosedBy(assignment, "2026-03-12T12:00:00Z", "AFTER_DUE", NOW)).toBe(0);
    expect(attemptsClosedBy(assignment, "2026-03-09T12:00:00Z", "ON_SUBMIT", NOW)).toBe(0);
    expect(attemptsClosedBy(assignment, null, "ON_SUBMIT", NOW)).toBe(0);
  });

  it("offers to reopen what a due date handed in only once the due date is later than now", () => {
    const closed = {
      ...assignment,
      attempts: [attempt("ana", "SUBMITTED", true), attempt("cy", "SUBMITTED")],
    };
    expect(reopenableAfterDueChange(closed, NOW)).toBe(1);
    expect(reopenableAfterDueChange({ ...closed, dueAt: "2026-03-01T12:00:00Z" }, NOW)).toBe(0);
  });
});
