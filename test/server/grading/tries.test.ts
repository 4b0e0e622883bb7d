// Tries mode in the grading library: each kind's hint says what is wrong without the key; a check
// scores try n at (1 − (n − 1)/3) and locks when right or out of tries; giving up keeps the score.
import { describe, expect, it } from "vitest";
import {
  checkTry,
  KINDS,
  type ItemKey,
  lockTry,
  maxTriesFor,
  tryFactor,
} from "../../../server/src/grading/index.js";
import { fled, paragraphs, pengExercise, slideToDirect, target, whoIsMe } from "./fixtures.js";

const hint = (key: ItemKey, answer: Record<string, unknown>) =>
  KINDS[key.kind].hint!(key, answer, paragraphs);

const ordering = {
  kind: "ORDERING",
  points: 3,
  explanation: "The order of the record.",
  items: [
    { id: "a", text: "Mao's apology", explanation: null },
    { id: "b", text: "Kim's reply", explanation: null },
    { id: "c", text: "The defectors", explanation: null },
  ],
} satisfies ItemKey;

const matching = {
  kind: "MATCHING",
  points: 2,
  explanation: "Who said what.",
  left: [
    { id: "l1", text: "Mao" },
    { id: "l2", text: "Kim" },
  ],
  right: [
    { id: "r1", text: "we have decided not to" },
    { id: "r2", text: "friendly advice" },
  ],
  pairs: [
    { leftId: "l1", rightId: "r1", explanation: null },
    { leftId: "l2", rightId: "r2", explanation: null },
  ],
} satisfies ItemKey;

const short = {
  kind: "SHORT_ANSWER",
  points: 1,
  explanation: "The ambassador wrote it.",
  acceptedAnswers: ["Puzanov"],
} satisfies ItemKey;

describe("tries per kind", () => {
  it("gives choice-like kinds 3 tries, evidence and exercises 2, and an item of 0 points none", () => {
    const kinds = [whoIsMe, fled, ordering, matching, short];
    expect(kinds.map((key) => maxTriesFor(key))).toEqual([3, 3, 3, 3, 3]);
    expect([slideToDirect, pengExercise].map((key) => maxTriesFor(key))).toEqual([2, 2]);
    expect(maxTriesFor({ ...whoIsMe, points: 0 })).toBeNull();
  });

  it("gives an item its author's tries instead of its kind's, unless it is not checked at all", () => {
    expect(maxTriesFor(whoIsMe, 1)).toBe(1);
    expect(maxTriesFor(pengExercise, 4)).toBe(4);
    expect(maxTriesFor({ ...whoIsMe, points: 0 }, 2)).toBeNull();
  });

  it("costs a third of the points per retry", () => {
    expect([1, 2, 3, 4].map(tryFactor)).toEqual([1, 2 / 3, 1 / 3, 0]);
  });
});

describe("hints say what is wrong, never the right parts", () => {
  it("choice: the picked choice is not right, the right one is not named", () => {
    const text = hint(whoIsMe, { choiceIds: ["mao"] });
    expect(text).toContain("Mao Zedong — this choice is not right");
    expect(text).not.toContain("Puzanov");
    expect(text).not.toContain("Mao narrates nothing"); // explanations wait for the lock
  });

  it("multiple choice: each pick right or not, and that right choices are missing", () => {
    const text = hint(fled, { choiceIds: ["yun", "choe"] });
    expect(text).toContain("Yun Kong-hum — this choice is right");
    expect(text).toContain("Choe Chang-ik — this choice is not right");
    expect(text).toContain("Some right choices are not chosen yet.");
    expect(text).not.toContain("So Hwi");
  });

  it("matching: the wrong pairs and how many are right, not the partners", () => {
    const text = hint(matching, { pairs: [{ leftId: "l1", rightId: "r2" }] });
    expect(text).toContain("Mao → friendly advice: this pair is not right");
    expect(text).toContain("0 of 2 pairs are right.");
    expect(text).toContain("- Kim"); // not paired yet
    expect(text).not.toContain("we have decided not to");
  });

  it("ordering: the positions that are wrong", () => {
    const text = hint(ordering, { order: ["b", "a", "c"] });
    expect(text).toContain("1. Kim's reply: not in its place");
    expect(text).toContain("2. Mao's apology: not in its place");
    expect(text).not.toContain("3. The defectors");
  });

  it("evidence: selections that are not key passages and how many are missing", () => {
    const text = hint(slideToDirect, { evidence: [{ paragraphNumber: 1 }] });
    expect(text).toMatch(/Selections that are not key passages:\*\*\n- ¶1/);
    // "select two to four": two are enough
    expect(text).toContain("2 key passages are still missing.");
    for (const t of slideToDirect.targets) expect(text).not.toContain(t.quote);
    const half = hint(slideToDirect, {
      evidence: [target(5, "I myself plan to visit the DPRK after this delegation")],
    });
    expect(half).toContain("One key passage is still missing.");
  });

  it("exercise: the evidence part only, the model passages hidden", () => {
    const text = hint(pengExercise, { evidence: [{ paragraphNumber: 1 }], text: "Because." });
    expect(text).toContain("3 model passages are still missing.");
    expect(text).toContain("judged by your teacher");
    for (const t of pengExercise.targets) expect(text).not.toContain(t.quote);
  });

  it("short answer: not accepted, without the accepted answers or the explanation", () => {
    const text = hint(short, { text: "Kim" });
    expect(text).toMatch(/Not one of the accepted answers/);
    expect(text).not.toContain("Puzanov");
    expect(text).not.toContain("ambassador");
  });
});

describe("checkTry and lockTry", () => {
  it("keeps the key hidden while tries remain and scores the try that earned it", () => {
    const first = checkTry(whoIsMe, { choiceIds: ["mao"] }, paragraphs, 1, 3);
    expect(first).toMatchObject({ autoScore: 0, correct: false, expected: null, locked: false });
    expect(first.message).toContain("You may try again: 2 tries are left");
    expect(first.message).not.toContain("Puzanov");
    const second = checkTry(
      fled,
      { choiceIds: ["yun", "so", "ri", "kim-chang-il"] },
      paragraphs,
      2,
      3,
    );
    expect(second).toMatchObject({ autoScore: 1.33, correct: true, locked: true });
    expect(second.expected).toEqual({ choiceIds: ["yun", "so", "ri", "kim-chang-il"] });
    expect(second.message).toContain("**Try 2 of 3.** A retry earns at most 2/3 of the points");
  });

  it("locks on the last try, or when submitting, with the full feedback", () => {
    const last = checkTry(whoIsMe, { choiceIds: ["mao"] }, paragraphs, 3, 3);
    expect(last).toMatchObject({ locked: true, autoScore: 0 });
    expect(last.message).toContain("Puzanov");
    const final = checkTry(whoIsMe, { choiceIds: ["mao"] }, paragraphs, 1, 3, true);
    expect(final.locked).toBe(true);
    const exercise = checkTry(pengExercise, { evidence: [] }, paragraphs, 2, 2);
    expect(exercise).toMatchObject({ autoScore: null, evidenceScore: 0, needsReview: true });
  });

  it("giving up keeps the last check's score, or 0, and shows the key", () => {
    const none = lockTry(
      whoIsMe,
      { choiceIds: ["mao"] },
      paragraphs,
      {
        triesUsed: 0,
        maxTries: 3,
        autoScore: null,
        evidenceScore: null,
        correct: null,
        needsReview: false,
      },
      "reveal",
    );
    expect(none).toMatchObject({ autoScore: 0, correct: false, locked: true });
    expect(none.expected).toEqual({ choiceIds: ["puzanov"] });
    expect(none.message).toMatch(/^\*\*Answer shown\.\*\*/);
    const kept = lockTry(
      fled,
      { choiceIds: ["yun"] },
      paragraphs,
      {
        triesUsed: 1,
        maxTries: 3,
        autoScore: 0.5,
        evidenceScore: null,
        correct: false,
        needsReview: false,
      },
      "reveal",
    );
    expect(kept).toMatchObject({ autoScore: 0.5, correct: false });
    expect(kept.message).toContain("0.5 of 2 points");
  });
});
