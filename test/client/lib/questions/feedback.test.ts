import { describe, expect, it } from "vitest";
import { verdictOf } from "../../../../client/src/lib/questions/feedback.js";

const base = {
  correct: null,
  score: null,
  maxScore: 2,
  messageHtml: "",
  needsReview: false,
  teacherComment: null,
  rubricScores: [],
  expected: null,
};

describe("feedback", () => {
  it("turns scores into words: correct, partly right, not yet, or waiting for the teacher", () => {
    expect(verdictOf({ ...base, correct: true, score: 2 })).toBe("correct");
    expect(verdictOf({ ...base, score: 1.33 })).toBe("partly");
    expect(verdictOf({ ...base, correct: false, score: 0 })).toBe("not-yet");
    expect(verdictOf({ ...base, score: null, needsReview: true })).toBe("review");
  });
});
