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
    // Without the allowance: R = 30/40, P = 1 → F1 = 2·0.75/1.75 = 0.857
    expect(evidenceCredit(targets, picked, paragraphs, 2).credit).toBeCloseTo(0.857, 3);
  });

  it("lets an evidence question with more targets than selections be answered fully", () => {
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
    // Two of the three asked for: R = 20/30 (the third-best is an uncovered 10), F1 = 2·(2/3)/(5/3) = 0.8 → 1.6
    expect(
      scoreAnswer(key, { evidence: [{ paragraphNumber: 1 }, { paragraphNumber: 2 }] }, paragraphs)
        .score,
    ).toBe(1.6);
  });
});
