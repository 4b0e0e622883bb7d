import { describe, expect, it } from "vitest";
import { encodeId } from "../../../server/src/core/ids.js";
import {
  parseAnswer,
  type AnswerData,
  type ItemShape,
  type Kind,
} from "../../../server/src/grading/index.js";
import { anItem, key, refusal } from "./shapes.js";

const id = (n: number) => encodeId("Choice", key(n));

describe("parseAnswer", () => {
  it("returns the kind's fields with options as raw keys, whole paragraphs without offsets", () => {
    expect(parseAnswer(anItem("MULTIPLE_CHOICE"), { choiceIds: [id(2), id(1)] })).toEqual({
      choiceIds: [key(2), key(1)],
    });
    expect(parseAnswer(anItem("ORDERING"), { order: [id(4), id(3)], choiceIds: null })).toEqual({
      order: [key(4), key(3)],
    });
    expect(parseAnswer(anItem("MATCHING"), { pairs: [{ leftId: id(5), rightId: id(6) }] })).toEqual(
      { pairs: [{ leftId: key(5), rightId: key(6) }] },
    );
    expect(
      parseAnswer(anItem("EVIDENCE"), {
        evidence: [
          { paragraphNumber: 1, start: null, end: null },
          { paragraphNumber: 2, start: 0, end: 30 },
        ],
      }),
    ).toEqual({ evidence: [{ paragraphNumber: 1 }, { paragraphNumber: 2, start: 0, end: 30 }] });
    const exercise = parseAnswer(anItem("EXERCISE"), {
      claimId: id(7),
      claim: "Mine.",
      text: "x".repeat(10_000),
      evidence: [],
    });
    expect(exercise).toEqual({
      evidence: [],
      text: "x".repeat(10_000),
      claim: "Mine.",
      claimId: key(7),
    });
    expect(Object.keys(exercise)).toEqual(["evidence", "text", "claim", "claimId"]);
  });

  it("lets incomplete answers through (autosave)", () => {
    for (const kind of ["SINGLE_CHOICE", "SHORT_ANSWER", "EXERCISE"] satisfies Kind[])
      expect(parseAnswer(anItem(kind), {})).toEqual({});
    expect(parseAnswer(anItem("SHORT_ANSWER"), { text: "" })).toEqual({ text: "" });
  });

  it.each<[string, ItemShape, AnswerData, string, string]>([
    [
      "a field of another kind",
      anItem("SHORT_ANSWER"),
      { choiceIds: [id(1)] },
      'An answer to a short-answer question has no "choiceIds".',
      "answer.choiceIds",
    ],
    [
      "an exercise given an order",
      anItem("EXERCISE"),
      { text: "Why.", order: [] },
      'An answer to an exercise has no "order".',
      "answer.order",
    ],
    [
      "two picks for a single choice",
      anItem("SINGLE_CHOICE"),
      { choiceIds: [id(1), id(2)] },
      "Choose one answer only.",
      "answer.choiceIds",
    ],
    [
      "an option of another role",
      anItem("MULTIPLE_CHOICE"),
      { choiceIds: [id(1), id(3)] },
      "That is not a choice of this question.",
      "answer.choiceIds[1]",
    ],
    [
      "a malformed id",
      anItem("ORDERING"),
      { order: ["not-an-id"] },
      "That is not an item of this question.",
      "answer.order[0]",
    ],
    [
      "an option twice",
      anItem("ORDERING"),
      { order: [id(3), id(3)] },
      "The same option is given twice.",
      "answer.order[1]",
    ],
    [
      "an unknown left item",
      anItem("MATCHING"),
      { pairs: [{ leftId: id(6), rightId: id(6) }] },
      "That is not a left item of this question.",
      "answer.pairs[0].leftId",
    ],
    [
      "an unknown right item",
      anItem("MATCHING"),
      { pairs: [{ leftId: id(5), rightId: id(5) }] },
      "That is not a right item of this question.",
      "answer.pairs[0].rightId",
    ],
    [
      "a left item paired twice",
      anItem("MATCHING"),
      {
        pairs: [
          { leftId: id(5), rightId: id(6) },
          { leftId: id(5), rightId: id(6) },
        ],
      },
      "Each left item can be paired once.",
      "answer.pairs[1].leftId",
    ],
    [
      "too many selections",
      anItem("EVIDENCE"),
      { evidence: [1, 1, 2].map((n) => ({ paragraphNumber: n })) },
      "Select at most 2 passages.",
      "answer.evidence",
    ],
    [
      "more than one selection",
      anItem("EVIDENCE", { maxSelections: 1 }),
      { evidence: [1, 2].map((n) => ({ paragraphNumber: n })) },
      "Select at most 1 passage.",
      "answer.evidence",
    ],
    [
      "more than 20 exercise passages",
      anItem("EXERCISE"),
      { evidence: Array.from({ length: 21 }, () => ({ paragraphNumber: 1 })) },
      "Select at most 20 passages.",
      "answer.evidence",
    ],
    [
      "an unknown paragraph",
      anItem("EVIDENCE"),
      { evidence: [{ paragraphNumber: 3 }] },
      "The document has no paragraph 3.",
      "answer.evidence[0].paragraphNumber",
    ],
    [
      "a start without an end",
      anItem("EVIDENCE"),
      { evidence: [{ paragraphNumber: 1, start: 2 }] },
      "Give both start and end, or neither for the whole paragraph.",
      "answer.evidence[0]",
    ],
    [
      "a passage past the paragraph",
      anItem("EVIDENCE"),
      { evidence: [{ paragraphNumber: 1, start: 2, end: 11 }] },
      "A passage must lie within ¶1 (0 to 10) and end after it starts.",
      "answer.evidence[0]",
    ],
    [
      "an empty passage",
      anItem("EXERCISE"),
      { evidence: [{ paragraphNumber: 1, start: 4, end: 4 }] },
      "A passage must lie within ¶1 (0 to 10) and end after it starts.",
      "answer.evidence[0]",
    ],
    [
      "a text over the item's limit",
      anItem("SHORT_ANSWER"),
      { text: "😀".repeat(21) },
      "The text can be at most 20 characters.",
      "answer.text",
    ],
    [
      "a NUL character",
      anItem("SHORT_ANSWER"),
      { text: "a\u0000" },
      "The text contains a character that cannot be saved.",
      "answer.text",
    ],
    [
      "reasoning over 10,000 characters",
      anItem("EXERCISE"),
      { text: "x".repeat(10_001) },
      "The text can be at most 10000 characters.",
      "answer.text",
    ],
    [
      "a claim over 1,000 characters",
      anItem("EXERCISE"),
      { claim: "x".repeat(1_001) },
      "The text can be at most 1000 characters.",
      "answer.claim",
    ],
    [
      "a position that is not the exercise's",
      anItem("EXERCISE"),
      { claimId: id(1) },
      "That is not a position of this exercise.",
      "answer.claimId[0]",
    ],
    [
      "a position where none are offered",
      anItem("EXERCISE", { options: { ...anItem("EXERCISE").options, CLAIM: new Set() } }),
      { claimId: id(7) },
      "This exercise has no positions to choose; write your claim instead.",
      "answer.claimId",
    ],
  ])("refuses %s", (_what, item, input, message, field) => {
    expect(refusal(() => parseAnswer(item, input))).toEqual({
      message,
      code: "BAD_USER_INPUT",
      field,
    });
  });

  it("counts text length in code points", () => {
    expect(parseAnswer(anItem("SHORT_ANSWER"), { text: "😀".repeat(20) }).text).toHaveLength(40);
  });
});
