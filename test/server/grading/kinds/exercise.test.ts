import { describe, expect, it } from "vitest";
import { scoreAnswer, type Selection, type Span } from "../../../../server/src/grading/index.js";
import { paragraphs, pengExercise } from "../fixtures.js";

const span = (t: Span): Selection => ({
  paragraphNumber: t.paragraphNumber,
  start: t.start,
  end: t.end,
});
// peng-visit-interference: 7 model passages, 68 + 65 + 101 + 110 + 76 + 99 + 28 = 547 chars; 3 evidence points, min 3.
const [E1, E2, E3, , E5] = pengExercise.targets;

describe("EXERCISE", () => {
  it("has the model lengths the arithmetic relies on", () => {
    expect(pengExercise.targets.map((t) => t.end - t.start)).toEqual([
      68, 65, 101, 110, 76, 99, 28,
    ]);
  });

  it("never scores the claim: different positions give the same result", () => {
    const selections = [span(E2), span(E3), span(E5)];
    const results = [
      { claimId: "interference", text: "It was interference.", evidence: selections },
      { claimId: "advice", text: "It was advice.", evidence: selections },
      { claim: "It depends on who is asking.", evidence: selections },
    ].map((answer) => scoreAnswer(pengExercise, answer, paragraphs));
    // minEvidence 3: recall counts the 3 best-covered model passages, all fully selected: R = 1, P = 1 → 3 × 1 = 3
    expect(results[0]).toMatchObject({
      score: null,
      maxScore: 15,
      correct: null,
      needsReview: true,
      evidenceScore: 3,
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]!.expected).toEqual({
      evidence: pengExercise.targets.map((t) => ({
        paragraphNumber: t.paragraphNumber,
        start: t.start,
        end: t.end,
      })),
    });
  });

  it("explains the rubric and the evidence feedback", () => {
    // ¶12 (318 chars) is outside the model: R = 1 (3 best passages), P = 242/560, F1 = 2·242/(242 + 560) = 484/802 = 0.6035 → 3 × 0.6035 = 1.81
    const result = scoreAnswer(
      pengExercise,
      { claimId: "advice", evidence: [span(E2), span(E3), span(E5), { paragraphNumber: 12 }] },
      paragraphs,
    );
    expect(result.evidenceScore).toBe(1.81);
    expect(result.message).toContain(
      "**Your reasoning will be judged by your teacher** with the rubric: Claim, Evidence from the document, Use of context and Sourcing and reasoning.",
    );
    expect(result.message).toContain(
      "**Evidence:** 1.81 of 3 points for the passages you selected.",
    );
    expect(result.message).toContain(
      `**Other model passages you could also have used:**\n- ¶9: "${E1!.quote}" — Mao's hedged admission.`,
    );
    expect(result.message).toContain(
      '**Selections that match no model passage:**\n- ¶12: "Cde. Mao Zedong suggested',
    );
  });

  it("scales the evidence part below minEvidence", () => {
    // Recall over the 3 best-covered passages: E2 (65, covered) and the two shortest others (28, 68):
    // R = 65/161, P = 1: F1 = 2·65/(161 + 65) = 130/226; × 1/3 → 3 × 130/678 = 0.575 → 0.58
    const result = scoreAnswer(
      pengExercise,
      { claimId: "interference", evidence: [span(E2)] },
      paragraphs,
    );
    expect(result).toMatchObject({ score: null, needsReview: true, evidenceScore: 0.58 });
    expect(result.message).toContain("at least 3 are asked for");
  });

  it("gives evidence 0 to a position without evidence, still for review", () => {
    const result = scoreAnswer(pengExercise, { claimId: "interference" }, paragraphs);
    expect(result).toMatchObject({
      score: null,
      correct: null,
      needsReview: true,
      evidenceScore: 0,
    });
    expect(result.message).not.toContain("Not answered");
  });
});
