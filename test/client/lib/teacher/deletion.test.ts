import { describe, expect, it } from "vitest";
import {
  counted,
  deleteAssignmentQuestion,
  deleteClassQuestion,
} from "../../../../client/src/lib/teacher/deletion.js";

describe("what a deletion's confirmation says", () => {
  it("counts in words", () => {
    expect(counted(0, "attempt")).toBe("no attempts");
    expect(counted(1, "attempt")).toBe("1 attempt");
    expect(counted(3, "attempt")).toBe("3 attempts");
  });

  it("names the attempts an assignment takes with it, or that there are none", () => {
    expect(deleteAssignmentQuestion("Sourcing", 2)).toContain(
      "2 student attempts and every answer in them will be deleted for good",
    );
    expect(deleteAssignmentQuestion("Sourcing", 0)).toContain("No student has started it.");
  });

  it("names everything a class takes with it", () => {
    expect(deleteClassQuestion("10B", { students: 1, assignments: 2, attempts: 5 })).toContain(
      "Its 2 assignments, 5 student attempts with every answer, and the places of 1 student",
    );
  });
});
