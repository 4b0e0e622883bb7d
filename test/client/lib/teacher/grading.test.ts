import { describe, expect, it } from "vitest";
import {
  type GradingRow,
  answerSignature,
  draftChanged,
  draftOf,
  gradingShortcut,
  identicalGroupSizes,
  identicalTo,
  isTypingTarget,
  nextUngraded,
  normaliseAnswerText,
  scoreInputOf,
} from "../../../../client/src/lib/teacher/grading.js";
import type {
  StudentAnswer,
  TeacherResponse,
} from "../../../../client/src/lib/teacher/review-types.js";
import { RUBRIC } from "../../fixtures/teacher.js";

const none: StudentAnswer = {
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
const response = (
  id: string,
  answer: Partial<StudentAnswer>,
  needsReview = true,
): TeacherResponse => ({
  id,
  itemId: "q-short",
  triesUsed: 0,
  maxTries: null,
  locked: false,
  revision: 1,
  answer: { ...none, ...answer },
  feedback: {
    correct: null,
    score: needsReview ? null : 1,
    maxScore: 2,
    messageHtml: "",
    needsReview,
    teacherComment: null,
    rubricScores: [],
  },
});
const row = (id: string, text: string | null, graded = false): GradingRow => ({
  studentId: id,
  name: id,
  response: response(`r-${id}`, { text }, !graded),
  graded,
});

describe("identical answers", () => {
  it("ignore case, accents, punctuation and spacing", () => {
    expect(normaliseAnswerText("  Kim wanted  SUPPORT, from Moscow!! ")).toBe(
      "kim wanted support from moscow",
    );
    expect(normaliseAnswerText("Chŏe Ch'ang-ik")).toBe(normaliseAnswerText("choe chang ik"));
    expect(normaliseAnswerText("Chŏe")).not.toBe(normaliseAnswerText("Choi"));
  });

  it("group the short answers that read the same, never the empty ones", () => {
    const rows = [
      row("a", "Kim wanted support."),
      row("b", "kim wanted support"),
      row("c", "Kim wanted SUPPORT!"),
      row("d", "Mao admitted interference."),
      row("e", "  "),
      row("f", null),
    ];
    expect(identicalTo("SHORT_ANSWER", rows, rows[0]!).map((r) => r.studentId)).toEqual(["b", "c"]);
    expect(identicalTo("SHORT_ANSWER", rows, rows[3]!)).toEqual([]);
    expect(identicalTo("SHORT_ANSWER", rows, rows[4]!)).toEqual([]);
    expect([...identicalGroupSizes("SHORT_ANSWER", rows).values()]).toEqual([3]);
  });

  it("compare exercises by position, passages and reasoning, in any order of passages", () => {
    const a = {
      claimId: "c1",
      evidence: [
        { documentSlug: "doc", paragraphNumber: 4, start: null, end: null },
        { documentSlug: "doc", paragraphNumber: 9, start: 0, end: 5 },
      ],
      text: "Because.",
    };
    const b = { ...a, evidence: [...a.evidence].reverse(), text: "because" };
    expect(answerSignature("EXERCISE", { ...none, ...a })).toBe(
      answerSignature("EXERCISE", { ...none, ...b }),
    );
    expect(answerSignature("EXERCISE", { ...none, ...a })).not.toBe(
      answerSignature("EXERCISE", { ...none, ...a, claimId: "c2" }),
    );
    expect(answerSignature("SINGLE_CHOICE", { ...none, choiceIds: ["x"] })).toBeNull();
  });
});

describe("moving through the answers", () => {
  it("finds the next ungraded answer after the current one, going round", () => {
    const rows = [row("a", "x", true), row("b", "x"), row("c", "x", true), row("d", "x")];
    expect(nextUngraded(rows, 1)).toBe(3);
    expect(nextUngraded(rows, 3)).toBe(1);
    expect(nextUngraded(rows, -1)).toBe(1);
    expect(nextUngraded([row("a", "x", true)], 0)).toBe(-1);
  });
});

describe("grading shortcuts", () => {
  it("map digits, arrows and letters, and nothing while typing or with a modifier", () => {
    expect(gradingShortcut({ key: "3", typing: false })).toEqual({ type: "digit", value: 3 });
    expect(gradingShortcut({ key: "ArrowUp", typing: false })).toEqual({
      type: "criterion",
      delta: -1,
    });
    expect(gradingShortcut({ key: "j", typing: false })).toEqual({ type: "student", delta: 1 });
    expect(gradingShortcut({ key: "k", typing: false })).toEqual({ type: "student", delta: -1 });
    expect(gradingShortcut({ key: "u", typing: false })).toEqual({ type: "next-ungraded" });
    expect(gradingShortcut({ key: "3", typing: true })).toBeNull();
    expect(gradingShortcut({ key: "n", ctrlKey: true, typing: false })).toBeNull();
    expect(gradingShortcut({ key: "x", typing: false })).toBeNull();
  });

  it("know where people type", () => {
    expect(isTypingTarget(document.createElement("textarea"))).toBe(true);
    expect(isTypingTarget(document.createElement("input"))).toBe(true);
    expect(isTypingTarget(document.createElement("select"))).toBe(true);
    expect(isTypingTarget(document.createElement("button"))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});

describe("a draft judgement", () => {
  it("needs a level for every criterion before it saves", () => {
    expect(
      scoreInputOf({ levels: { "crit-position": 2 }, points: "", comment: "" }, RUBRIC, 9),
    ).toEqual({
      problem: 'Choose a level for "Use of evidence".',
    });
    expect(
      scoreInputOf(
        { levels: { "crit-position": 2, "crit-evidence": 3 }, points: "", comment: " Good. " },
        RUBRIC,
        9,
      ),
    ).toEqual({
      input: {
        rubricScores: [
          { criterionId: "crit-position", score: 2 },
          { criterionId: "crit-evidence", score: 3 },
        ],
        comment: "Good.",
      },
    });
  });

  it("takes points within the item's maximum", () => {
    expect(scoreInputOf({ levels: {}, points: "1,5", comment: "" }, null, 2)).toEqual({
      input: { score: 1.5, comment: "" },
    });
    expect(scoreInputOf({ levels: {}, points: "3", comment: "" }, null, 2)).toEqual({
      problem: "Give a score from 0 to 2.",
    });
    expect(scoreInputOf({ levels: {}, points: "", comment: "" }, null, 2)).toHaveProperty(
      "problem",
    );
  });

  it("knows when it differs from what is saved", () => {
    const saved = response("r", { text: "x" }, false);
    expect(draftChanged(draftOf(saved), saved)).toBe(false);
    expect(draftChanged({ ...draftOf(saved), points: "2" }, saved)).toBe(true);
    expect(draftChanged({ ...draftOf(saved), comment: "More." }, saved)).toBe(true);
  });
});
