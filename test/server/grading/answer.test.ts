import { describe, expect, it } from "vitest";
import { scoreAnswer, type ItemKey } from "../../../server/src/grading/index.js";
import { fled, paragraphs, pengExercise, slideToDirect, whoIsMe } from "./fixtures.js";

const score = (key: ItemKey, choiceIds: string[]) => scoreAnswer(key, { choiceIds }, paragraphs);

describe("unanswered items", () => {
  it("scores every auto-scored kind 0 and not correct, still giving the key", () => {
    const keys: ItemKey[] = [
      whoIsMe,
      fled,
      {
        kind: "SHORT_ANSWER",
        points: 1,
        explanation: "It was Choe.",
        acceptedAnswers: ["Choe Chang-ik"],
      },
      {
        kind: "ORDERING",
        points: 2,
        explanation: "Order.",
        items: [
          { id: "a", text: "A", explanation: null },
          { id: "b", text: "B", explanation: null },
        ],
      },
      {
        kind: "MATCHING",
        points: 2,
        explanation: "Pairs.",
        left: [{ id: "l", text: "L" }],
        right: [{ id: "r", text: "R" }],
        pairs: [{ leftId: "l", rightId: "r", explanation: null }],
      },
      slideToDirect,
    ];
    for (const key of keys) {
      for (const answer of [null, {}]) {
        const result = scoreAnswer(key, answer, paragraphs);
        expect(result).toMatchObject({
          score: 0,
          maxScore: key.points,
          correct: false,
          needsReview: false,
        });
        expect(result.message).toContain("**Not answered.**");
        expect(result.message).toContain(key.kind === "EXERCISE" ? "" : key.explanation);
        expect(result.expected).not.toBeNull();
      }
    }
  });

  it("treats empty lists as unanswered", () => {
    expect(score(fled, []).message).toContain("**Not answered.**");
    expect(score(fled, []).message).toContain("- **The right answer:** So Hwi");
    expect(scoreAnswer(slideToDirect, { evidence: [] }, paragraphs).message).toContain(
      "**The key passages:**",
    );
  });

  it("sends an unanswered exercise to the teacher with evidence 0 and says so", () => {
    const result = scoreAnswer(pengExercise, null, paragraphs);
    expect(result).toMatchObject({
      score: null,
      maxScore: 15,
      correct: null,
      needsReview: true,
      evidenceScore: 0,
    });
    expect(result.message).toContain(
      "the evidence part scores 0. Your teacher will still review it.",
    );
    expect(result.message).toContain("**The model passages:**");
    // a quote that is itself in quotation marks is not quoted twice
    expect(result.message).toContain(
      '- ¶11: "We don\'t need these people" — Kim refuses to take them back.',
    );
  });
});
