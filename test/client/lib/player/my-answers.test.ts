import { passageTexts } from "../../../../client/src/lib/questions/documents.js";
import { describe, expect, it } from "vitest";
import {
  type MyAnswerContext,
  myAnswerSections,
} from "../../../../client/src/lib/player/my-answers.js";

const context: MyAnswerContext = {
  optionText: new Map([
    ["c1", "Puzanov"],
    ["c2", "Kim"],
    ["claim-a", "Yes: interference."],
    ["s1", "we considered this as the friendly advice"],
    ["s2", '"We don\'t need these people"'],
    ["v1", "Kim speaking to Mao"],
    ["v2", "Mao, as Kim retold it"],
  ]),
  paragraphs: passageTexts(
    new Map([[9, "The visit could be assessed as interference."]]),
    "doc",
    new Map(),
  ),
};
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

describe("a student's own answers in words", () => {
  it("marks choices only where the feedback carries the key", () => {
    const answer = { ...none, choiceIds: ["c1", "c2"] };
    expect(myAnswerSections("MULTIPLE_CHOICE", answer, context)[0]!.lines).toEqual([
      { text: "Puzanov", mark: undefined },
      { text: "Kim", mark: undefined },
    ]);
    expect(
      myAnswerSections("MULTIPLE_CHOICE", answer, context, { choiceIds: ["c1"] })[0]!.lines.map(
        (l) => l.mark,
      ),
    ).toEqual(["right", "wrong"]);
  });

  it("names each marked passage and its voice, marked once the key is given", () => {
    const answer = {
      ...none,
      attributions: [
        { segmentId: "s1", voiceId: "v1" },
        { segmentId: "s2", voiceId: "v2" },
      ],
    };
    const key = {
      attributions: [...answer.attributions.slice(0, 1), { segmentId: "s2", voiceId: "v1" }],
    };
    expect(myAnswerSections("ATTRIBUTION", answer, context, key)).toEqual([
      {
        title: "Your voices",
        style: "list",
        lines: [
          {
            text: '"we considered this as the friendly advice": Kim speaking to Mao',
            mark: "right",
          },
          { text: '"We don\'t need these people": Mao, as Kim retold it', mark: "wrong" },
        ],
      },
    ]);
    expect(myAnswerSections("ATTRIBUTION", none, context)[0]!.lines).toEqual([
      { text: "No passage marked" },
    ]);
  });

  it("shows an own claim, the evidence, the context facts and the reasoning of an exercise", () => {
    const sections = myAnswerSections(
      "EXERCISE",
      {
        ...none,
        claim: "Both.",
        evidence: [{ documentSlug: "doc", paragraphNumber: 9, start: 4, end: 9 }],
        contextFacts: ["Mikoyan came too.", ""],
        text: "Because.",
      },
      context,
    );
    expect(sections.map((s) => [s.title, s.lines.map((l) => l.text)])).toEqual([
      ["Your own claim", ["Both."]],
      ["Your evidence", ["¶9: 'visit'"]],
      ["Your context facts", ["Mikoyan came too.", "(left empty)"]],
      ["Your reasoning", ["Because."]],
    ]);
  });

  it("shows a listed claim by its text, and an old answer without facts has no facts section", () => {
    const sections = myAnswerSections("EXERCISE", { ...none, claimId: "claim-a" }, context);
    expect(sections.map((s) => s.title)).toEqual(["Your claim", "Your evidence", "Your reasoning"]);
    expect(sections[0]!.lines[0]!.text).toBe("Yes: interference.");
  });

  it("shows a reflection as the student wrote it", () => {
    expect(myAnswerSections("REFLECTION", { ...none, text: " My thought. " }, context)).toEqual([
      { title: "Your reflection", style: "text", lines: [{ text: "My thought." }] },
    ]);
  });
});
