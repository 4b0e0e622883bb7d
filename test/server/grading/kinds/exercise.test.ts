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
    // ¶12 (318 chars) is outside every zone: R = 1 (3 best passages), P = 242/560 = 0.4321,
    // F½ = 1.25·0.4321/(0.25·0.4321 + 1) = 0.4875 → 3 × 0.4875 = 1.46
    const result = scoreAnswer(
      pengExercise,
      { claimId: "advice", evidence: [span(E2), span(E3), span(E5), { paragraphNumber: 12 }] },
      paragraphs,
    );
    expect(result.evidenceScore).toBe(1.46);
    expect(result.message).toContain(
      "**Your reasoning will be judged by your teacher** with the rubric: Claim, Evidence from the document, Use of context and Sourcing and reasoning.",
    );
    expect(result.message).toContain(
      "**Evidence:** 1.46 of 3 points for the passages you selected.",
    );
    expect(result.message).toContain(
      `**Your selections that are model passages:**\n- ¶9: "${E2!.quote}"`,
    );
    expect(result.message).toContain(
      `**Another model passage you could also have used:**\n- ¶9: "${E1!.quote}" — Mao's hedged admission.`,
    );
    expect(result.message).toContain(
      '**Selections that match no model passage:**\n- ¶12: "Cde. Mao Zedong suggested',
    );
  });

  it("scales the evidence part below minEvidence", () => {
    // Recall over the 3 best-covered passages: E2 (65, covered) and the two shortest others (28, 68):
    // R = 65/161 = 0.4037, P = 1: F½ = 1.25·0.4037/(0.25 + 0.4037) = 0.7720; × 1/3 → 3 × 0.2573 = 0.77
    const result = scoreAnswer(
      pengExercise,
      { claimId: "interference", evidence: [span(E2)] },
      paragraphs,
    );
    expect(result).toMatchObject({ score: null, needsReview: true, evidenceScore: 0.77 });
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

  it("measures the evidence against the chosen position's passages and those every position needs", () => {
    // E1 and E5 untagged; E2 and E3 serve "interference"; E4 serves "advice".
    const [, , , E4] = pengExercise.targets;
    const tagged = {
      ...pengExercise,
      targets: pengExercise.targets
        .slice(0, 5)
        .map((t, i) =>
          i === 1 || i === 2
            ? { ...t, claims: ["interference"] }
            : i === 3
              ? { ...t, claims: ["advice"] }
              : t,
        ),
      claimKeys: { "pk-interference": "interference", "pk-advice": "advice" },
    };
    // "advice" has three passages: E1, E4, E5; choosing them is full marks
    const advice = scoreAnswer(
      tagged,
      { claimId: "pk-advice", evidence: [span(E1!), span(E4!), span(E5!)] },
      paragraphs,
    );
    expect(advice.evidenceScore).toBe(3);
    expect(advice.expected).toEqual({ evidence: [E1, E4, E5].map((t) => span(t!)) });
    // the same passages for "interference": E4 is another position's, never penalised, but earns no recall:
    // R over the best three of E1, E2, E3, E5 = E1 + E5 + the shortest missing (E2, 65): 144/209, P = 1
    const interference = scoreAnswer(
      tagged,
      { claimId: "pk-interference", evidence: [span(E1!), span(E4!), span(E5!)] },
      paragraphs,
    );
    const r = 144 / 209;
    expect(interference.evidenceScore).toBe(Math.round(300 * ((1.25 * r) / (0.25 + r))) / 100);
    expect(interference.message).toContain(
      "**Your selections that are acceptable (defensible, though not model passages):**",
    );
    // a position of one's own: every model passage is key
    const own = scoreAnswer(
      tagged,
      { claim: "My own view.", evidence: [span(E1!), span(E4!), span(E5!)] },
      paragraphs,
    );
    expect(own.evidenceScore).toBe(3);
  });
});
