import { describe, expect, it } from "vitest";
import {
  buildReviewContext,
  formatEvidence,
  readableAnswer,
  readableKey,
} from "../../../../client/src/lib/teacher/answers.js";
import { KEYS, LESSON } from "../../fixtures/teacher.js";

const context = buildReviewContext(LESSON);
/** No question kind: the lib alone reads exercises and unknown kinds. */
const noKinds = { get: () => undefined };
const none = {
  choiceIds: null,
  text: null,
  order: null,
  pairs: null,
  evidence: null,
  claimId: null,
  claim: null,
  contextFacts: null,
  attributions: null,
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
  it("renders an exercise as position, quoted evidence and reasoning", () => {
    const sections = readableAnswer(
      KEYS.exercise!,
      {
        ...none,
        claimId: "claim-weak",
        evidence: [{ documentSlug: "doc", paragraphNumber: 9, start: 24, end: 36 }],
        text: "Kim tells it.",
      },
      context,
      noKinds,
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
      noKinds,
    );
    expect(position!.lines[0]!.text).toBe("Mostly reliable");
  });

  it("has nothing to show when there is no answer", () => {
    expect(readableAnswer(KEYS.single!, null, context, noKinds)).toEqual([]);
  });

  it("shows the text of an answer to a kind no component reads, and no key", () => {
    const key = { ...KEYS.short!, kind: "RANKING" };
    expect(readableAnswer(key, { ...none, text: "First" }, context, noKinds)).toEqual([
      { title: "Answer", style: "text", lines: [{ text: "First" }] },
    ]);
    expect(readableKey(key, context, noKinds)).toEqual([]);
  });
});

describe("readableKey", () => {
  it("gives an exercise's model evidence, quoted with its notes", () => {
    expect(readableKey(KEYS.exercise!, context, noKinds)).toEqual([
      {
        title: "Model evidence",
        style: "quotes",
        lines: [{ text: "¶9: 'ould be ass'", note: "The key admission." }],
      },
    ]);
  });
});
