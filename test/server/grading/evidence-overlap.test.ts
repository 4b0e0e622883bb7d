import { describe, expect, it } from "vitest";
import { excerpt } from "../../../server/src/grading/feedback.js";
import {
  evidenceCredit,
  expandToSentences,
  fBeta,
  toleranceZones,
  mergeSpans,
  overlapLength,
  resolveSelections,
  sentenceSpans,
} from "../../../server/src/grading/evidence-overlap.js";
import type { Selection, Target } from "../../../server/src/grading/types.js";

// "The cat sat. " [0,13) · "The dog ran far away. " [13,35) · "Birds sing." [35,46)
const P1 = "The cat sat. The dog ran far away. Birds sing.";
const paragraphs = new Map([
  [1, P1],
  [2, "Second paragraph."],
]);
const dogRan: Target = {
  paragraphNumber: 1,
  start: 17,
  end: 24,
  quote: "dog ran",
  note: "The dog.",
};
const sel = (start: number | null, end: number | null, paragraphNumber = 1) => ({
  paragraphNumber,
  start,
  end,
});

describe("sentenceSpans", () => {
  it("tiles the paragraph, each sentence keeping its trailing whitespace", () => {
    expect(P1.length).toBe(46);
    expect(sentenceSpans(P1)).toEqual([
      { start: 0, end: 13 },
      { start: 13, end: 35 },
      { start: 35, end: 46 },
    ]);
    expect(sentenceSpans("")).toEqual([]);
    expect(sentenceSpans("No end mark")).toEqual([{ start: 0, end: 11 }]);
  });

  it("does not split after initials, titles or before a lower-case word", () => {
    const text = "Cde. N. S. Khrushchev said so, etc. and more. Then\nhe left.";
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Cde. N. S. Khrushchev said so, etc. and more. ",
      "Then\nhe left.",
    ]);
  });

  it("ends after ? ! … and closing quotes or brackets", () => {
    const text = 'He asked: "Why?" She left! Wait… what? (Yes.) Done';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'He asked: "Why?" ',
      "She left! ",
      "Wait… what? ",
      "(Yes.) ",
      "Done",
    ]);
  });
});

describe("span helpers", () => {
  it("resolves missing or null offsets to the whole paragraph, clamps, and drops unknown paragraphs", () => {
    expect(
      resolveSelections(
        [{ paragraphNumber: 1 }, sel(null, null), sel(null, 12), sel(40, 500), sel(-5, 3)],
        paragraphs,
      ),
    ).toEqual([
      { paragraphNumber: 1, start: 0, end: 46 },
      { paragraphNumber: 1, start: 0, end: 46 },
      { paragraphNumber: 1, start: 0, end: 12 },
      { paragraphNumber: 1, start: 40, end: 46 },
      { paragraphNumber: 1, start: 0, end: 3 },
    ]);
    expect(
      resolveSelections([sel(0, 5, 99), sel(60, 70), sel(5, 5), sel(24, 17)], paragraphs),
    ).toEqual([{ paragraphNumber: 1, start: 17, end: 24 }]);
  });

  it("merges overlapping and touching spans per paragraph", () => {
    const span = (start: number, end: number, paragraphNumber = 1) => ({
      paragraphNumber,
      start,
      end,
    });
    const spans = [span(20, 30, 2), span(5, 10), span(0, 6), span(10, 12), span(1, 2, 2)];
    expect(mergeSpans(spans)).toEqual([
      { paragraphNumber: 1, start: 0, end: 12 },
      { paragraphNumber: 2, start: 1, end: 2 },
      { paragraphNumber: 2, start: 20, end: 30 },
    ]);
    expect(overlapLength(mergeSpans(spans), [{ paragraphNumber: 1, start: 4, end: 40 }])).toBe(8); // [4,12)
  });

  it("expands targets to the sentences they touch", () => {
    expect(expandToSentences([dogRan], paragraphs)).toEqual([
      { paragraphNumber: 1, start: 13, end: 35 },
    ]);
    // "sat. The" crosses a sentence end: both sentences.
    expect(expandToSentences([{ paragraphNumber: 1, start: 8, end: 16 }], paragraphs)).toEqual([
      { paragraphNumber: 1, start: 0, end: 35 },
    ]);
    expect(expandToSentences([{ paragraphNumber: 7, start: 1, end: 2 }], paragraphs)).toEqual([
      { paragraphNumber: 7, start: 1, end: 2 },
    ]);
  });
});

describe("evidenceCredit", () => {
  const credit = (selections: Selection[], min = 1) =>
    evidenceCredit([dogRan], selections, paragraphs, min);

  // "dog ran" [17,24): its tolerance zone reaches 10 characters (MIN_TOLERANCE) each side, clipped at its sentence [13,35): [13,34).
  it("measures precision against the passage's tolerance zone, within its sentence", () => {
    expect(toleranceZones([dogRan], paragraphs)).toEqual([
      { paragraphNumber: 1, start: 13, end: 34 },
    ]);
    // a longer passage reaches its own length: "The dog ran far" [13,28) → [13,35), the sentence
    expect(toleranceZones([{ paragraphNumber: 1, start: 13, end: 28 }], paragraphs)).toEqual([
      { paragraphNumber: 1, start: 13, end: 35 },
    ]);
  });

  it("gives 1 for the exact target and its sentence, less reaching beyond (header's worked examples)", () => {
    expect(credit([sel(17, 24)])).toMatchObject({ credit: 1, recall: 1, precision: 1 });
    expect(credit([sel(13, 34)])).toMatchObject({ credit: 1, recall: 1, precision: 1 }); // "The dog ran far away."
    // "The cat sat. The dog ran" [0,24): P = 11/24; F½ = 1.25·(11/24)/(0.25·11/24 + 1) = 0.514
    const reaching = credit([sel(0, 24)]);
    expect(reaching).toMatchObject({ recall: 1, precision: 11 / 24 });
    expect(reaching.credit).toBeCloseTo(0.514, 3);
  });

  it("gives partial credit for the whole paragraph", () => {
    // R = 1, P = 21/46; F½ = 1.25·(21/46)/(0.25·21/46 + 1) = 0.512
    const result = credit([{ paragraphNumber: 1 }]);
    expect(result.precision).toBeCloseTo(21 / 46);
    expect(result.credit).toBeCloseTo(0.512, 3);
    expect(fBeta(21 / 46, 1)).toBe(result.credit);
  });

  it("measures recall by covered target characters", () => {
    // "dog" covers 3 of 7: R = 3/7, P = 1, F½ = 1.25·(3/7)/(0.25 + 3/7) = 0.789; under half → missed
    const dog = credit([sel(17, 20)]);
    expect(dog).toMatchObject({ recall: 3 / 7, missed: [dogRan], found: [] });
    expect(dog.credit).toBeCloseTo(0.789, 3);
    // "dog " covers 4 of 7 → found
    expect(credit([sel(17, 21)])).toMatchObject({ missed: [], found: [dogRan] });
  });

  it("does not double-count overlapping or duplicate selections", () => {
    const result = credit([sel(17, 22), sel(20, 24), sel(17, 24), sel(17, 24)]);
    expect(result).toMatchObject({ credit: 1, recall: 1, precision: 1, selectionCount: 4 });
  });

  it("names merged selections outside every zone as unsupported", () => {
    // [4,11) ∪ [6,9) = "cat sat", 7 chars, and "Secon" (¶2), 5 chars, lie outside the zone [13,34):
    // P = 7/(7+7+5) = 7/19, R = 1, F½ = 1.25·(7/19)/(0.25·7/19 + 1) = 0.4217
    const result = credit([sel(4, 11), sel(6, 9), sel(17, 24), sel(0, 5, 2)]);
    expect(result.credit).toBeCloseTo(fBeta(7 / 19, 1));
    expect(result.credit).toBeCloseTo(0.4217, 4);
    expect(result.keyChoices).toEqual([
      { paragraphNumber: 1, start: 17, end: 24, text: "dog ran" },
    ]);
    expect(result.unsupported).toEqual([
      { paragraphNumber: 1, start: 4, end: 11, text: "cat sat" },
      { paragraphNumber: 2, start: 0, end: 5, text: "Secon" },
    ]);
  });

  it("scales credit below minSelections, counting only selections in the document", () => {
    // one selection of the 3 asked for: 1 × 1/3; the ¶99 selection is dropped
    expect(credit([sel(17, 24), sel(0, 4, 99)], 3)).toMatchObject({
      credit: 1 / 3,
      selectionCount: 1,
      scaled: true,
    });
    expect(credit([sel(17, 24), sel(17, 24), sel(17, 20)], 3)).toMatchObject({
      credit: 1,
      scaled: false,
    });
  });

  it("gives 0 for nothing selected and when selecting only outside the targets", () => {
    expect(credit([])).toMatchObject({ credit: 0, recall: 0, precision: 0, missed: [dogRan] });
    expect(credit([sel(35, 46)])).toMatchObject({ credit: 0, recall: 0, precision: 0 });
  });

  it("measures UTF-16 offsets with astral characters", () => {
    // "😀😀 Kim said yes. " = 2+2+1+13+1 = 19 units; "🇰🇵 flags here." = 4+1+11 = 16 units; 35 in all
    const text = "😀😀 Kim said yes. 🇰🇵 flags here.";
    const astral = new Map([[1, text]]);
    const quote = "Kim said yes.";
    const t: Target = { paragraphNumber: 1, start: 5, end: 18, quote, note: "" };
    expect(text.length).toBe(35);
    expect(text.slice(t.start, t.end)).toBe(quote);
    expect(evidenceCredit([t], [sel(5, 18)], astral).credit).toBe(1);
    // the emoji lie in the target's zone (13 units back, clipped at its sentence's start 0)
    expect(evidenceCredit([t], [sel(0, 18)], astral).credit).toBe(1);
    // whole paragraph: zone [0,19) (the sentence's end), R = 1, P = 19/35
    expect(evidenceCredit([t], [{ paragraphNumber: 1 }], astral).credit).toBeCloseTo(
      fBeta(19 / 35, 1),
    );
    const flags = evidenceCredit([t], [sel(19, 35)], astral).unsupported;
    expect(flags).toEqual([{ paragraphNumber: 1, start: 19, end: 35, text: "🇰🇵 flags here." }]);
  });

  it("never lowers precision for an acceptable passage, nor calls it unsupported; recall needs the key", () => {
    // "Birds sing." [35,46) acceptable: its zone is the whole sentence
    const birds: Target = {
      paragraphNumber: 1,
      start: 35,
      end: 46,
      quote: "Birds sing.",
      note: "Also fine.",
    };
    const both = evidenceCredit([dogRan], [sel(17, 24), sel(35, 46)], paragraphs, 1, 1, [birds]);
    expect(both).toMatchObject({ credit: 1, precision: 1, recall: 1, unsupported: [] });
    expect(both.acceptableChoices).toEqual([
      { paragraphNumber: 1, start: 35, end: 46, text: "Birds sing.", note: "Also fine." },
    ]);
    // alone it earns no recall ...
    expect(evidenceCredit([dogRan], [sel(35, 46)], paragraphs, 1, 1, [birds])).toMatchObject({
      credit: 0,
      precision: 1,
      recall: 0,
    });
    // ... unless it counts for recall
    const standIn = { ...birds, countsForRecall: true };
    expect(evidenceCredit([dogRan], [sel(35, 46)], paragraphs, 1, 1, [standIn])).toMatchObject({
      credit: 1,
      foundCount: 1,
      missed: [dogRan],
    });
  });

  it("cuts excerpts at code points, never inside a surrogate pair", () => {
    expect(excerpt("😀".repeat(81))).toBe(`${"😀".repeat(80)}…`);
    expect(excerpt("a  b\n c")).toBe("a b c");
  });
});
