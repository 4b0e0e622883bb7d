import { describe, expect, it } from "vitest";
import { isOverdue, workStatus } from "../../../../client/src/lib/account/status.js";

describe("a student's work status", () => {
  it("is not started, in progress, submitted or late", () => {
    expect(workStatus(undefined)).toBe("not-started");
    expect(workStatus({ status: "IN_PROGRESS", late: false })).toBe("in-progress");
    expect(workStatus({ status: "SUBMITTED", late: false })).toBe("submitted");
    expect(workStatus({ status: "SUBMITTED", late: true })).toBe("late");
  });

  it("is overdue only while not handed in after the due date", () => {
    const now = new Date("2025-03-10T12:00:00Z");
    expect(isOverdue("2025-03-09T12:00:00Z", "not-started", now)).toBe(true);
    expect(isOverdue("2025-03-09T12:00:00Z", "submitted", now)).toBe(false);
    expect(isOverdue("2025-03-11T12:00:00Z", "in-progress", now)).toBe(false);
    expect(isOverdue(null, "not-started", now)).toBe(false);
  });
});
