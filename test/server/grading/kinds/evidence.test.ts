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
// Their sentences: ¶5 [0,121) and [121,267); ¶9 [556,622) and [724,896). Their tolerance zones (each ± its
// own length within its sentence): ¶5 [47,121) 74 + [159,267) 108; ¶9 [556,622) 66 + [724,828) 104 → 352 chars.
// Full recall needs minSelections = 2 of them ("select two to four").
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
    ).toBe(352 / 1306);
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

  it("costs a little for the targets' whole sentences, where they run on past the zones", () => {
    // 120 + 145 + 65 + 171 = 501 chars, 73 + 107 + 65 + 104 = 349 in zones: P = 349/501 = 0.6966;
    // F½ = 1.25·0.6966/(0.25·0.6966 + 1) = 0.7416 → 2 × 0.7416 = 1.48
    const sentences = [
      { paragraphNumber: 5, start: 0, end: 120 },
      { paragraphNumber: 5, start: 121, end: 266 },
      { paragraphNumber: 9, start: 556, end: 621 },
      { paragraphNumber: 9, start: 724, end: 895 },
    ];
    expect(evidence(sentences)).toMatchObject({ score: 1.48, correct: null });
  });

  it("gives partial credit for the whole paragraphs containing the targets", () => {
    // R = 1, P = 352/(305 + 1001) = 0.2695; F½ = 1.25·0.2695/(0.25·0.2695 + 1) = 0.3156 → 2 × 0.3156 = 0.63
    expect(
      evidence([{ paragraphNumber: 5 }, { paragraphNumber: 9, start: null, end: null }]),
    ).toMatchObject({ score: 0.63, correct: null });
  });

  it("gives little for selecting everything", () => {
    // R = 1, P = 352/7584 = 0.0464; F½ = 1.25·0.0464/(0.25·0.0464 + 1) = 0.0574 → 2 × 0.0574 = 0.11
    const everything = [...paragraphs.keys()].map((paragraphNumber) => ({ paragraphNumber }));
    expect(evidence(everything)).toMatchObject({ score: 0.11, correct: null });
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

  it("sorts the selections into key and unsupported, and shows one key passage missed", () => {
    // T1–T3 covered, two enough: R = 1; ¶12 adds 318 chars outside every zone: P = 154/472 = 0.3263;
    // F½ = 1.25·0.3263/(0.25·0.3263 + 1) = 0.3771 → 2 × 0.3771 = 0.75
    const result = evidence([span(T1), span(T2), span(T3), { paragraphNumber: 12 }]);
    expect(result).toMatchObject({ score: 0.75, correct: null });
    expect(result.message).toContain("**Partly correct:** 0.75 of 2 points.");
    expect(result.message).toContain(
      '**Another key passage you could also have used:**\n- ¶9: "You had high-handed methods, you are correcting them" — "You" addresses Kim.',
    );
    expect(result.message).toContain(
      '**Selections that do not support the claim:**\n- ¶12: "Cde. Mao Zedong suggested that the Korean friends consider the issue of the with…"',
    );
    expect(result.message).toContain(
      '**Your selections that are key passages:**\n- ¶5: "but we have not managed to visit you"\n',
    );
    expect(result.message).not.toContain(
      'I myself plan to visit the DPRK after this delegation" —',
    );
    // one missed passage at most: with T1 alone, T2–T4 are missed and one is shown
    const one = evidence([span(T1)]).message;
    expect(one).toContain("**A key passage you missed:**");
    expect(one.match(/ — /g)).toHaveLength(1);
  });

  it("scales credit below minSelections and says so", () => {
    // R over the two best-covered: T1 (36, covered) and the shortest other, T4 (52): R = 36/88, P = 1:
    // F½ = 1.25·(36/88)/(0.25 + 36/88) = 0.7759; × 1/2 = 0.3879 → 2 × 0.3879 = 0.78
    const result = evidence([span(T1)]);
    expect(result).toMatchObject({ score: 0.78, correct: null });
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
    expect(result.message).toContain("**A key passage you missed:**");
  });
});
