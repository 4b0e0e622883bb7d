import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatBritishPoints,
  formatPoints,
  formatScore,
  studentScoreSoFar,
  teacherScoreSoFar,
} from "../../../../client/src/lib/format/numbers.js";

describe("points in British English without Intl", () => {
  it("writes what Intl writes for en-GB with at most two decimals", () => {
    for (const value of [0, 1, 2, 0.5, 1.33, 1.335, 0.125, 1250, 1234567.891, -3.5, -0.001])
      expect(formatBritishPoints(value)).toBe(formatPoints(value, "en-GB"));
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (value) => {
        expect(formatBritishPoints(value)).toBe(formatPoints(value, "en-GB"));
      }),
    );
  });
});

describe("scores", () => {
  it("shows a score only when there is one", () => {
    expect(formatScore(7.5, 10, "en")).toBe("7.5 / 10");
    expect(formatScore(null, 10, "en")).toBeNull();
  });
});

describe("the score so far", () => {
  const waiting = {
    score: null,
    maxScore: 29,
    autoScore: 8.85,
    autoMaxScore: 14,
    pendingReviewPoints: 15,
  };

  it("tells the student the auto-marked part and what awaits the teacher", () => {
    expect(studentScoreSoFar(waiting, "en")?.text).toBe(
      "8.85 of 14 auto-marked points; 15 points await your teacher",
    );
    expect(
      studentScoreSoFar({ ...waiting, autoScore: 1, autoMaxScore: 1, pendingReviewPoints: 1 }, "en")
        ?.text,
    ).toBe("1 of 1 auto-marked point; 1 point awaits your teacher");
  });

  it("tells the teacher the auto-marked part next to the points to review", () => {
    expect(teacherScoreSoFar(waiting, "en")).toBe("8.85 / 14 auto-marked · 15 to review");
  });

  it("says nothing when nothing awaits review or the scores are hidden", () => {
    for (const attempt of [
      { ...waiting, pendingReviewPoints: 0 },
      { ...waiting, autoScore: null, autoMaxScore: null, pendingReviewPoints: null },
      { maxScore: 29 },
    ]) {
      expect(studentScoreSoFar(attempt, "en")).toBeNull();
      expect(teacherScoreSoFar(attempt, "en")).toBeNull();
    }
  });
});
