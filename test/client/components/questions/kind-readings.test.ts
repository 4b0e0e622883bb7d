import { describe, expect, it } from "vitest";
import { questionKinds } from "../../../../client/src/components/questions/AnyQuestion.vue";
import {
  buildReviewContext,
  readableAnswer,
  readableKey,
} from "../../../../client/src/lib/teacher/answers.js";
import { KEYS, LESSON } from "../../fixtures/teacher.js";

// How a teacher reads each question kind's answers and key: each kind's component declares it.
const context = buildReviewContext(LESSON);
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

describe("readableAnswer", () => {
  it("shows chosen options by their text, marked against the key", () => {
    const [section] = readableAnswer(
      KEYS.single!,
      { ...none, choiceIds: ["c-kim"] },
      context,
      questionKinds,
    );
    expect(section!.lines).toEqual([{ text: "Kim Il Sung", mark: "wrong" }]);
  });

  it("marks each position of an order", () => {
    const [section] = readableAnswer(
      KEYS.ordering!,
      { ...none, order: ["o-1", "o-3", "o-2"] },
      context,
      questionKinds,
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
      questionKinds,
    );
    expect(section!.lines).toEqual([
      { text: "Mao Zedong → Chairman of the CCP", mark: "right" },
      { text: "Puzanov → Premier of the DPRK", mark: "wrong" },
    ]);
  });
});

describe("readableKey", () => {
  it("lists the right choices, order, pairs and passages", () => {
    expect(readableKey(KEYS.single!, context, questionKinds)[0]!.lines.map((l) => l.text)).toEqual([
      "Puzanov",
    ]);
    expect(
      readableKey(KEYS.ordering!, context, questionKinds)[0]!.lines.map((l) => l.text),
    ).toEqual(["August plenum", "Mikoyan and Peng visit", "Moscow meeting"]);
    expect(readableKey(KEYS.matching!, context, questionKinds)[0]!.lines[1]).toEqual({
      text: "Puzanov → Soviet ambassador",
      note: "He signed the record.",
    });
    expect(readableKey(KEYS.evidence!, context, questionKinds)[0]!.lines[0]).toEqual({
      text: "¶4: 'The conversation'",
      note: "Kim reports it.",
    });
  });

  it("says a short answer without accepted answers is the teacher's to judge", () => {
    expect(readableKey(KEYS.short!, context, questionKinds)[0]!.lines[0]!.text).toBe(
      "No fixed answer: you judge it.",
    );
  });
});
