import { describe, expect, it } from "vitest";
import { scoreAnswer, type ItemKey } from "../../../../server/src/grading/index.js";
import { paragraphs } from "../fixtures.js";

// context-crisis-of-1956 / ctx-deputy-premier-stayed (accepted answers as in the content).
const choe = {
  kind: "SHORT_ANSWER",
  points: 1,
  explanation: "Choe Chang-ik, a Deputy Premier, stayed in North Korea.",
  acceptedAnswers: [
    "Choe Chang-ik",
    "Choe Chang ik",
    "Ch'oe Ch'ang-ik",
    "Choi Chang-ik",
    "Choi Chang ik",
    "Choe Changik",
    "Ch'oe Ch'ang ik",
    "Choe",
  ],
} satisfies ItemKey;
// context-moscow-1957: tons of cotton from China (¶15).
const cotton = {
  kind: "SHORT_ANSWER",
  points: 1,
  explanation: "¶15: only 8,000 tons instead of 12,000.",
  acceptedAnswers: ["8,000", "8000", "8 000", "8,000 tons", "8000 tons", "eight thousand"],
} satisfies ItemKey;
const answer = (key: ItemKey, text: string | null) => scoreAnswer(key, { text }, paragraphs);

describe("SHORT_ANSWER", () => {
  it("gives full points for a lenient match", () => {
    for (const text of ["choe chang-ik", "Ch’oe Ch’ang-ik", "CHOI CHANG IK", "Choe."]) {
      expect(answer(choe, text), text).toMatchObject({
        score: 1,
        maxScore: 1,
        correct: true,
        needsReview: false,
      });
    }
    for (const text of ["8000", "8,000", "8 000", "8.000 tons", "Eight thousand."]) {
      expect(answer(cotton, text), text).toMatchObject({ score: 1, correct: true });
    }
  });

  it("sends an answer that does not match to the teacher", () => {
    const result = answer(cotton, "80000");
    expect(result).toMatchObject({
      score: null,
      correct: null,
      needsReview: true,
      maxScore: 1,
      expected: { text: "8,000" },
    });
    expect(result.message).toContain("your teacher will review it");
    expect(result.message).toContain(cotton.explanation);
  });

  it("sends every answer to the teacher when there are no accepted answers", () => {
    const open = { ...choe, acceptedAnswers: [] };
    expect(answer(open, "Choe Chang-ik")).toMatchObject({
      score: null,
      correct: null,
      needsReview: true,
      expected: null,
    });
  });

  it("treats blank text as unanswered", () => {
    for (const text of ["", "   \n\t", null]) {
      const result = answer(choe, text);
      expect(result).toMatchObject({
        score: 0,
        correct: false,
        needsReview: false,
        expected: { text: "Choe Chang-ik" },
      });
      expect(result.message).toContain("**Not answered.**");
      expect(result.message).toContain("**An accepted answer:** Choe Chang-ik");
    }
  });

  it("states the explanation when right", () => {
    expect(answer(choe, "Choe").message).toBe(`**Correct.**\n\n${choe.explanation}`);
  });
});
