import { describe, expect, it } from "vitest";
import type { OwnedAttempt } from "../../../../server/src/modules/attempts/attempts.sql.js";
import { planMerge } from "../../../../server/src/modules/attempts/student-merge.service.js";

let next = 0;
const attempt = (
  studentId: "kept" | "dup",
  assignmentId: string | null,
  responses: number,
  status: OwnedAttempt["status"] = "IN_PROGRESS",
  lessonId = "L1",
): OwnedAttempt => ({ id: `a${++next}`, studentId, lessonId, assignmentId, status, responses });

describe("planning a merge of a duplicate join", () => {
  it("moves the duplicate's work where the kept student has none, and drops whichever twin is empty", () => {
    const only = attempt("dup", "G1", 3);
    const emptyDup = attempt("dup", "G2", 0);
    const keptG2 = attempt("kept", "G2", 2);
    const keptG3 = attempt("kept", "G3", 0);
    const dupG3 = attempt("dup", "G3", 1, "SUBMITTED");
    const plan = planMerge([only, emptyDup, keptG2, keptG3, dupG3], "kept", "dup");
    expect(plan).toEqual({
      deleteIds: [emptyDup.id, keptG3.id],
      moveIds: [only.id, dupG3.id],
      submitIds: [],
      conflicts: [],
    });
  });

  it("names each assignment where both have saved work", () => {
    const plan = planMerge([attempt("kept", "G1", 1), attempt("dup", "G1", 2)], "kept", "dup");
    expect(plan.conflicts).toEqual(["G1"]);
  });

  it("keeps both open practice attempts at one lesson by handing in the duplicate's first", () => {
    const kept = attempt("kept", null, 2);
    const dup = attempt("dup", null, 4);
    const otherLesson = attempt("dup", null, 1, "IN_PROGRESS", "L2");
    const old = attempt("dup", null, 5, "SUBMITTED");
    expect(planMerge([kept, dup, otherLesson, old], "kept", "dup")).toEqual({
      deleteIds: [],
      moveIds: [dup.id, otherLesson.id, old.id],
      submitIds: [dup.id],
      conflicts: [],
    });
  });
});
