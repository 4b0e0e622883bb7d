import { describe, expect, it } from "vitest";
import { encodeId } from "../../../../server/src/core/ids.js";
import {
  KINDS,
  parseAnswer,
  scoreAnswer,
  type ItemKey,
} from "../../../../server/src/grading/index.js";
import { paragraphs } from "../fixtures.js";
import { anItem, key, refusal } from "../shapes.js";

const unmarked = { kind: "REFLECTION", points: 0, explanation: "" } satisfies ItemKey;
const scored = {
  kind: "REFLECTION",
  points: 2,
  explanation: "Name the card and the paragraph.",
} satisfies ItemKey;
const answer = (k: ItemKey, text: string | null) => scoreAnswer(k, { text }, paragraphs);

describe("REFLECTION", () => {
  it("at 0 points keeps every answer for the teacher: 0 of 0, never right or wrong, never waiting", () => {
    for (const text of ["Card 2 changed ¶9 for me.", "", null]) {
      expect(answer(unmarked, text), String(text)).toMatchObject({
        score: 0,
        maxScore: 0,
        correct: null,
        needsReview: false,
        expected: null,
      });
    }
    expect(answer(unmarked, "Something").message).toMatch(/not marked/);
    expect(answer(unmarked, "  ").message).toMatch(/^\*\*Not written\.\*\*/);
  });

  it("with points, waits for the teacher once written and scores a blank 0", () => {
    expect(answer(scored, "My thought.")).toMatchObject({
      score: null,
      maxScore: 2,
      correct: null,
      needsReview: true,
      expected: null,
    });
    expect(answer(scored, "")).toMatchObject({ score: 0, correct: false, needsReview: false });
    expect(answer(scored, "x").message).toContain("Name the card and the paragraph.");
  });

  it("takes text within the item's limit and nothing else; its key reviews as nothing", () => {
    const item = anItem("REFLECTION", { maxLength: 5 });
    expect(parseAnswer(item, { text: "12345" })).toEqual({ text: "12345" });
    expect(refusal(() => parseAnswer(item, { text: "123456" }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "answer.text",
    });
    expect(
      refusal(() => parseAnswer(item, { choiceIds: [encodeId("Choice", key(1))] })),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "answer.choiceIds" });
    expect(refusal(() => parseAnswer(item, { contextFacts: ["a"] }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "answer.contextFacts",
    });
    expect(KINDS.REFLECTION.review(unmarked)).toEqual({});
  });
});

describe("EXERCISE context facts", () => {
  const slots = { contextFacts: { count: 2, prompt: "A fact." }, ownClaim: { label: "Mine" } };

  it("takes up to the slots' count of facts, blanks keeping their place", () => {
    const item = anItem("EXERCISE", { answerSlots: slots });
    expect(parseAnswer(item, { contextFacts: ["", "The plenum met."] })).toEqual({
      contextFacts: ["", "The plenum met."],
    });
    expect(refusal(() => parseAnswer(item, { contextFacts: ["a", "b", "c"] }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "answer.contextFacts",
    });
    expect(refusal(() => parseAnswer(item, { contextFacts: ["x".repeat(1_001)] }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "answer.contextFacts[0]",
    });
  });

  it("refuses facts where the exercise asks for none, and counts facts alone as an answer", () => {
    expect(refusal(() => parseAnswer(anItem("EXERCISE"), { contextFacts: ["a"] }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "answer.contextFacts",
    });
    const exercise = {
      kind: "EXERCISE",
      points: 4,
      evidencePoints: 1,
      minEvidence: 1,
      targets: [],
      rubric: [{ id: "c", title: "Claim", maxScore: 3 }],
    } satisfies ItemKey;
    const onlyFacts = scoreAnswer(exercise, { contextFacts: ["A fact."] }, paragraphs);
    expect(onlyFacts.message).not.toMatch(/Not answered/);
    expect(onlyFacts).toMatchObject({ score: null, needsReview: true });
  });
});
