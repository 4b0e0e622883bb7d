import { describe, expect, it } from "vitest";
import { describeChange } from "../../../../client/src/lib/teacher/changes.js";

describe("describeChange", () => {
  it("puts each kind of change into a teacher's words", () => {
    const ana = { studentName: "Ana" };
    expect(
      describeChange({ action: "SCORE", field: "ctx-q1", oldValue: "1", newValue: "2", ...ana }),
    ).toBe("Score of ctx-q1 for Ana: 1 → 2");
    expect(
      describeChange({ action: "RUBRIC_MARK", field: "ex · Sourcing", newValue: "3", ...ana }),
    ).toBe("Rubric level (ex · Sourcing) for Ana: none → 3");
    expect(
      describeChange({ action: "FEEDBACK_TIMING", oldValue: "ON_SUBMIT", newValue: "AFTER_DUE" }),
    ).toBe("Feedback: when the student submits → after the due date");
    expect(
      describeChange(
        { action: "DUE_DATE", oldValue: null, newValue: "2031-05-01T12:00:00.000Z" },
        "en-GB",
      ),
    ).toMatch(/^Due date: none → 1 May 2031/);
    expect(describeChange({ action: "SIGN_IN_CODE_RESET", studentName: null })).toBe(
      "New sign-in code for a former student (the old one stopped working)",
    );
    expect(
      describeChange({ action: "LESSON_VERSION", oldValue: "set-abc-v1", newValue: "set-abc-v2" }),
    ).toBe("Moved to the question set's new version: set-abc-v1 → set-abc-v2");
    expect(describeChange({ action: "DELETED", field: "assignment", oldValue: "Lesson 1" })).toBe(
      "Deleted assignment: Lesson 1",
    );
  });
});
