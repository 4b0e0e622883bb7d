import { describe, expect, it } from "vitest";
import {
  buildReviewContext,
  formatEvidence,
  readableAnswer,
  readableKey,
} from "../../../../client/src/lib/teacher/answers.js";
import { KEYS, LESSON } from "../../fixtures/teacher.js";

const context = buildReviewContext(LESSON);
const none = {
  choiceIds: null,
  text: null,
  order: null,
  pairs: null,
  evidence: null,
  claimId: null,
  claim: null,
};

describe("formatEvidence", () => {
  it("quotes the selected part of the paragraph with its number", () => {
    expect(formatEvidence({ paragraphNumber: 4, start: 4, end: 16 }, context.paragraphs)).toBe(
      "¶4: 'conversation'",
    );
  });

  it("quotes a whole paragraph when the span has no offsets", () => {
    expect(formatEvidence({ paragraphNumber: 4 }, context.paragraphs)).toBe(
      "¶4 (whole paragraph): 'The conversation with Cde. Mao Zedong was very warm.'",
    );
  });

  it("names a paragraph the lesson does not have without inventing a quote", () => {
    expect(formatEvidence({ paragraphNumber: 30, start: 0, end: 3 }, context.paragraphs)).toBe(
      "¶30",
    );
  });
});

describe("readableAnswer", () => {
  it("shows chosen options by their text, marked against the key", () => {
    const [section] = readableAnswer(KEYS.single!, { ...none, choiceIds: ["c-kim"] }, context);
    expect(section!.lines).toEqual([{ text: "Kim Il Sung", mark: "wrong" }]);
  });

  it("marks each position of an order", () => {
    const [section] = readableAnswer(
      KEYS.ordering!,
      { ...none, order: ["o-1", "o-3", "o-2"] },
      context,
    );
    expect(section!.style).toBe("numbered");
    expect(section!.lines.map((l) => `${l.text}:${l.mark}`)).toEqual([
      "August plenum:right",
      "Moscow meeting:wrong",
      "Mikoyan and Peng visit:wrong",
    ]);
  });

  it("shows pairs by text, including a distractor the key never names", () => {
    const [section] = readableAnswer(
      KEYS.matching!,
      {
        ...none,
        pairs: [
          { leftId: "l-mao", rightId: "r-chair" },
          { leftId: "l-puz", rightId: "r-premier" },
        ],
      },
      context,
    );
    expect(section!.lines).toEqual([
      { text: "Mao Zedong → Chairman of the CCP", mark: "right" },
      { text: "Puzanov → Premier of the DPRK", mark: "wrong" },
    ]);
  });

  it("renders an exercise as position, quoted evidence and reasoning", () => {
    const sections = readableAnswer(
      KEYS.exercise!,
      {
        ...none,
        claimId: "claim-weak",
        evidence: [{ paragraphNumber: 9, start: 24, end: 36 }],
        text: "Kim tells it.",
      },
      context,
    );
    expect(sections.map((s) => [s.title, s.lines.map((l) => l.text)])).toEqual([
      ["Position", ["Weak evidence of Mao's words."]],
      ["Evidence", ["¶9: 'interference'"]],
      ["Reasoning", ["Kim tells it."]],
    ]);
  });

  it("uses a claim written in the student's own words", () => {
    const [position] = readableAnswer(
      KEYS.exercise!,
      { ...none, claim: "  Mostly reliable  " },
      context,
    );
    expect(position!.lines[0]!.text).toBe("Mostly reliable");
  });

  it("has nothing to show when there is no answer", () => {
    expect(readableAnswer(KEYS.single!, null, context)).toEqual([]);
  });
});

describe("readableKey", () => {
  it("lists the right choices, order, pairs and passages", () => {
    expect(readableKey(KEYS.single!, context)[0]!.lines.map((l) => l.text)).toEqual(["Puzanov"]);
    expect(readableKey(KEYS.ordering!, context)[0]!.lines.map((l) => l.text)).toEqual([
      "August plenum",
      "Mikoyan and Peng visit",
      "Moscow meeting",
    ]);
    expect(readableKey(KEYS.matching!, context)[0]!.lines[1]).toEqual({
      text: "Puzanov → Soviet ambassador",
      note: "He signed the record.",
    });
    expect(readableKey(KEYS.evidence!, context)[0]!.lines[0]).toEqual({
      text: "¶4: 'The conversation'",
      note: "Kim reports it.",
    });
  });

  it("says a short answer without accepted answers is the teacher's to judge", () => {
    expect(readableKey(KEYS.short!, context)[0]!.lines[0]!.text).toBe(
      "No fixed answer: you judge it.",
    );
  });
});
