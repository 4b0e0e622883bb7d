import { describe, expect, it } from "vitest";
import {
  formatScore,
  studentScoreSoFar,
  teacherScoreSoFar,
} from "../../../../client/src/lib/format/numbers.js";

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
