import { describe, expect, it } from "vitest";
import { overviewRows, reviewSummary } from "../../../../client/src/lib/teacher/overview.js";
import { attempt, students } from "../../fixtures/teacher.js";

describe("overviewRows", () => {
  it("has a row for every student, started or not, sorted by name, with answers to review", () => {
    const rows = overviewRows({
      classroom: { id: "c", name: "10B", students },
      extensions: [],
      attempts: [
        attempt("s1", "Zoë", "SUBMITTED", [true, false, true], { late: true }),
        attempt("s3", "Bea", "IN_PROGRESS", [true]),
      ],
    });
    expect(rows.map((r) => [r.name, r.status, r.toReview])).toEqual([
      ["Amir", "not-started", 0],
      // Work in progress can still change: it is not counted for review yet.
      ["Bea", "in-progress", 0],
      ["Zoë", "late", 2],
    ]);
  });

  it("marks a student the LMS roster lists as inactive, keeping their row and work", () => {
    const rows = overviewRows({
      classroom: {
        id: "c",
        name: "10B",
        students: students.map((s) => ({ ...s, inactive: s.id === "s1" })),
      },
      extensions: [],
      attempts: [attempt("s1", "Zoë", "SUBMITTED", [true])],
    });
    expect(rows.map((r) => [r.name, r.inactive, r.status])).toEqual([
      ["Amir", false, "not-started"],
      ["Bea", false, "not-started"],
      ["Zoë", true, "submitted"],
    ]);
  });

  it("counts in words", () => {
    expect(reviewSummary(1)).toBe("1 answer needs your review");
    expect(reviewSummary(3)).toBe("3 answers need your review");
  });
});
