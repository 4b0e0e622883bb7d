import { describe, expect, it } from "vitest";
import { evidenceCredit } from "../../../server/src/grading/evidence-overlap.js";
import { scoreAnswer } from "../../../server/src/grading/index.js";

// Four one-sentence paragraphs, each a 10-character target sentence "Target #N."
const paragraphs = new Map([1, 2, 3, 4].map((n) => [n, `Target #${n}.`]));
const targets = [1, 2, 3, 4].map((n) => ({
  paragraphNumber: n,
  start: 0,
  end: 10,
  quote: `Target #${n}.`,
  note: `Passage ${n}.`,
}));

describe("evidence recall when fewer passages than the key lists are enough", () => {
  it("gives full recall for any `enough` targets fully selected", () => {
    const picked = [1, 3, 4].map((n) => ({ paragraphNumber: n }));
    expect(evidenceCredit(targets, picked, paragraphs, 2, 3)).toMatchObject({
      recall: 1,
      precision: 1,
      credit: 1,
    });
    // Without the allowance: R = 30/40, P = 1 → F½ = 1.25·0.75/(0.25 + 0.75) = 0.9375
    expect(evidenceCredit(targets, picked, paragraphs, 2).credit).toBeCloseTo(0.9375, 4);
  });

  it("lets an evidence question be answered fully at the lower bound of its instructions", () => {
    const key = {
      kind: "EVIDENCE" as const,
      points: 2,
      explanation: "Why.",
      claim: "A claim.",
      minSelections: 2,
      maxSelections: 3,
      targets,
    };
    const result = scoreAnswer(
      key,
      { evidence: [2, 3, 4].map((n) => ({ paragraphNumber: n })) },
      paragraphs,
    );
    expect(result).toMatchObject({ score: 2, correct: true });
    expect(result.message).toContain("could also have used");
    // "Select two or three": full recall needs minSelections = 2, so the lower bound earns full credit
    expect(
      scoreAnswer(key, { evidence: [{ paragraphNumber: 1 }, { paragraphNumber: 2 }] }, paragraphs),
    ).toMatchObject({ score: 2, correct: true });
    // One: R = 10/20 over the two best, P = 1: F½ = 1.25·0.5/(0.25 + 0.5) = 5/6; × 1/2 → 2 × 5/12 = 0.83
    expect(scoreAnswer(key, { evidence: [{ paragraphNumber: 4 }] }, paragraphs)).toMatchObject({
      score: 0.83,
      correct: null,
    });
  });
});
