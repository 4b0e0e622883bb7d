import { describe, expect, it } from "vitest";
import { timingProblem } from "../../../../client/src/lib/assignments/feedback-timing.js";

describe("feedback timing", () => {
  it("asks for a due date when feedback waits for it", () => {
    expect(timingProblem(null, "AFTER_DUE")).toContain("needs a due date");
    expect(timingProblem("2025-03-12T09:30:00.000Z", "AFTER_DUE")).toBeNull();
    expect(timingProblem(null, "ON_SUBMIT")).toBeNull();
  });
});
