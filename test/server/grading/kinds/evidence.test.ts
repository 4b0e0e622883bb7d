import { describe, expect, it } from "vitest";
import {
  evidenceCredit,
  scoreAnswer,
  type Selection,
  type Span,
} from "../../../../server/src/grading/index.js";
import { paragraphs, slideToDirect } from "../fixtures.js";

// vox-slide-to-direct on the real document (2 points, at least 2 selections). Targets:
//   T1 ¶5 [83,119) 36 chars · T2 ¶5 [212,265) 53 · T3 ¶9 [556,621) 65 · T4 ¶9 [724,776) 52 → 206 target chars.
// Their sentences: ¶5 [0,121) ∪ [121,267) = 267 chars; ¶9 [556,622) 66 and [724,896) 172 → 505 chars.
const [T1, T2, T3, T4] = slideToDirect.targets;
const span = (t: Span): Selection => ({
  paragraphNumber: t.paragraphNumber,
  start: t.start,
  end: t.end,
});
const evidence = (selections: Selection[], key = slideToDirect) =>
  scoreAnswer(key, { evidence: selections }, paragraphs);

describe("EVIDENCE on the real document", () => {
  it("has the offsets the arithmetic below relies on", () => {
    expect(slideToDirect.targets.map((t) => [t.paragraphNumber, t.start, t.end])).toEqual([
      [5, 83, 119],
      [5, 212, 265],
      [9, 556, 621],
      [9, 724, 776],
    ]);
    expect([
      paragraphs.get(5)!.length,
      paragraphs.get(9)!.length,
      paragraphs.get(12)!.length,
    ]).toEqual([305, 1001, 318]);
    expect([...paragraphs.values()].reduce((n, text) => n + text.length, 0)).toBe(7584);
    expect(
      evidenceCredit(
        slideToDirect.targets,
        [{ paragraphNumber: 5 }, { paragraphNumber: 9 }],
        paragraphs,
      ).precision,
    ).toBe(505 / 1306);
  });

  it("gives full points and correct for the exact targets", () => {
    const result = evidence([span(T1), span(T2), span(T3), span(T4)]);
    expect(result).toMatchObject({ score: 2, maxScore: 2, correct: true, needsReview: false });
    expect(result.expected).toEqual({
      evidence: [
        { paragraphNumber: 5, start: 83, end: 119 },
        { paragraphNumber: 5, start: 212, end: 265 },
        { paragraphNumber: 9, start: 556, end: 621 },
        { paragraphNumber: 9, start: 724, end: 776 },
      ],
    });
    expect(result.message).toContain("**Correct.**");
    expect(result.message).toContain(slideToDirect.explanation);
  });

  it("does not punish choosing the targets' whole sentences (precision 1)", () => {
    const sentences = [
      { paragraphNumber: 5, start: 0, end: 120 },
      { paragraphNumber: 5, start: 121, end: 266 },
      { paragraphNumber: 9, start: 556, end: 621 },
      { paragraphNumber: 9, start: 724, end: 895 },
    ];
    expect(evidence(sentences)).toMatchObject({ score: 2, correct: true });
  });

  it("gives partial credit for the whole paragraphs containing the targets", () => {
    // R = 1, P = 505/(305 + 1001) = 505/1306; F1 = 2·505/(505 + 1306) = 1010/1811 = 0.5577 → 2 × 0.5577 = 1.12
    expect(
      evidence([{ paragraphNumber: 5 }, { paragraphNumber: 9, start: null, end: null }]),
    ).toMatchObject({ score: 1.12, correct: null });
  });

  it("gives little for selecting everything", () => {
    // R = 1, P = 505/7584; F1 = 2·505/(505 + 7584) = 1010/8089 = 0.1249 → 2 × 0.1249 = 0.25
    const everything = [...paragraphs.keys()].map((paragraphNumber) => ({ paragraphNumber }));
    expect(evidence(everything)).toMatchObject({ score: 0.25, correct: null });
  });

  it("does not double-count overlapping and duplicate selections", () => {
    const pieces = [
      span(T1),
      span(T1),
      { ...span(T2), end: 240 },
      { ...span(T2), start: 230 },
      span(T3),
      span(T4),
      span(T4),
    ];
    expect(evidence(pieces)).toMatchObject({ score: 2, correct: true });
  });

  it("names missed targets with their notes and unsupported selections with an excerpt", () => {
    // T1–T3 covered: 154 of 206; ¶12 adds 318 chars outside every sentence: S = 154 + 318 = 472, P = 154/472.
    // F1 = 2·(154/472)·(154/206)/(154/472 + 154/206) = 2·154/(472 + 206) = 308/678 = 0.4543 → 2 × 0.4543 = 0.91
    const result = evidence([span(T1), span(T2), span(T3), { paragraphNumber: 12 }]);
    expect(result).toMatchObject({ score: 0.91, correct: null });
    expect(result.message).toContain("**Partly correct:** 0.91 of 2 points.");
    expect(result.message).toContain(
      '**Key passages you missed:**\n- ¶9: "You had high-handed methods, you are correcting them" — "You" addresses Kim.',
    );
    expect(result.message).toContain(
      '**Selections that do not support the claim:**\n- ¶12: "Cde. Mao Zedong suggested that the Korean friends consider the issue of the with…"',
    );
    expect(result.message).toContain(
      '**Key passages you found:**\n- ¶5: "but we have not managed to visit you"\n',
    );
    expect(result.message).not.toContain(
      'I myself plan to visit the DPRK after this delegation" —',
    );
  });

  it("scales credit below minSelections and says so", () => {
    // R = 36/206, P = 1: F1 = 2·36/(206 + 36) = 72/242; × 1/2 = 36/242 = 0.1488 → 2 × 0.1488 = 0.30
    const result = evidence([span(T1)]);
    expect(result).toMatchObject({ score: 0.3, correct: null });
    expect(result.message).toContain(
      "You chose 1 passage; at least 2 are asked for, so the evidence credit was multiplied by 1/2.",
    );
    // perfect recall and precision, but 2 of 3 selections: 2 × 2/3 = 1.33, not marked correct
    const twoTargets = { ...slideToDirect, minSelections: 3, targets: [T1, T2] };
    expect(evidence([span(T1), span(T2)], twoTargets)).toMatchObject({
      score: 1.33,
      correct: null,
    });
  });

  it("marks a selection with no overlap as not correct", () => {
    const result = evidence([{ paragraphNumber: 12 }, { paragraphNumber: 99 }]);
    expect(result).toMatchObject({ score: 0, correct: false });
    expect(result.message).toContain("**Not quite.**");
    expect(result.message).toContain("**Key passages you missed:**");
  });
});
