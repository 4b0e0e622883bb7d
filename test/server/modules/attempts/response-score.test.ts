import { describe, expect, it } from "vitest";
import {
  attemptScore,
  attemptScoreSoFar,
} from "../../../../server/src/modules/attempts/response-score.js";

const items = [
  { itemId: "choice", points: 1 },
  { itemId: "evidence", points: 3 },
  { itemId: "short", points: 2 },
  { itemId: "exercise", points: 12 },
  { itemId: "skipped", points: 2 },
];
const response = (itemId: string, autoScore: number | null, extra = {}) => ({
  itemId,
  autoScore,
  needsReview: autoScore === null,
  teacherScore: null as number | null,
  ...extra,
});
const responses = [
  response("choice", 1),
  response("evidence", 2.43),
  response("short", null),
  response("exercise", null),
];

describe("the score so far", () => {
  it("splits the points into those scored (unanswered counting 0) and those awaiting review", () => {
    expect(attemptScoreSoFar(true, items, responses)).toEqual({
      autoScore: 3.43,
      autoMaxScore: 6,
      pendingReviewPoints: 14,
    });
    expect(
      attemptScore(
        true,
        items.map((i) => i.itemId),
        responses,
      ),
    ).toBeNull();
  });

  it("counts the teacher's scores, rounds to 2 decimals, and equals the score once all is scored", () => {
    const scored = [
      response("choice", 0.1),
      response("evidence", 0.2),
      response("short", null, { teacherScore: 1.005 }),
      response("exercise", null, { teacherScore: 9.13 }),
    ];
    const soFar = attemptScoreSoFar(true, items, scored)!;
    expect(soFar).toEqual({ autoScore: 10.44, autoMaxScore: 20, pendingReviewPoints: 0 });
    expect(soFar.autoScore).toBe(
      attemptScore(
        true,
        items.map((i) => i.itemId),
        scored,
      ),
    );
  });

  it("is null before the attempt is submitted", () => {
    expect(attemptScoreSoFar(false, items, responses)).toBeNull();
  });
});
