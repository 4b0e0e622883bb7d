import { describe, expect, it } from "vitest";
import { scoreAnswer, type ItemKey } from "../../../../server/src/grading/index.js";
import { choiceCredit } from "../../../../server/src/grading/kinds/choice.js";
import { roundScore } from "../../../../server/src/grading/score-math.js";
import { fled, paragraphs, whoIsMe } from "../fixtures.js";

const score = (key: ItemKey, choiceIds: string[]) => scoreAnswer(key, { choiceIds }, paragraphs);

describe("SINGLE_CHOICE", () => {
  it("gives full points for exactly the right choice, once or duplicated", () => {
    expect(score(whoIsMe, ["puzanov"])).toMatchObject({
      score: 1,
      maxScore: 1,
      correct: true,
      needsReview: false,
    });
    expect(score(whoIsMe, ["puzanov", "puzanov"])).toMatchObject({ score: 1, correct: true });
  });

  it("gives nothing for a wrong choice or the right one plus a wrong one", () => {
    expect(score(whoIsMe, ["mao"])).toMatchObject({ score: 0, correct: false });
    expect(score(whoIsMe, ["puzanov", "mao"])).toMatchObject({ score: 0, correct: false });
  });

  it("explains the picked choice and the right one, labelled, with the item explanation", () => {
    const { message, expected } = score(whoIsMe, ["mao"]);
    expect(message).toContain("**Not quite.**");
    expect(message).toContain('"Me" is Puzanov, the author.');
    expect(message).toContain(
      "- **You chose:** Mao Zedong (not right) — Mao narrates nothing in this record.",
    );
    expect(message).toContain(
      "- **The right answer:** Puzanov, the Soviet ambassador who wrote the record — Right. The narrator shows himself for a moment.",
    );
    expect(expected).toEqual({ choiceIds: ["puzanov"] });
  });
});

describe("MULTIPLE_CHOICE", () => {
  it("scores points × max(0, (right − wrong) / right choices)", () => {
    expect(score(fled, ["yun", "so", "ri", "kim-chang-il"])).toMatchObject({
      score: 2,
      correct: true,
    }); // 4/4
    expect(score(fled, ["yun", "so", "ri"])).toMatchObject({ score: 1.5, correct: false }); // 2 × 3/4
    expect(score(fled, ["yun", "so", "ri", "choe"])).toMatchObject({ score: 1, correct: false }); // 2 × (3−1)/4
    expect(score(fled, ["yun", "so", "ri", "kim-chang-il", "choe", "pak"])).toMatchObject({
      score: 1,
    }); // 2 × (4−2)/4
  });

  it("floors at 0 when wrong picks outnumber right ones", () => {
    expect(score(fled, ["yun", "choe", "pak"])).toMatchObject({ score: 0, correct: false }); // (1−2)/4 < 0
    expect(score(fled, ["choe", "pak"])).toMatchObject({ score: 0, correct: false });
  });

  it("counts duplicates once and ignores unknown ids", () => {
    expect(score(fled, ["yun", "yun", "so", "so"])).toMatchObject({ score: 1 }); // 2 × 2/4
    expect(score(fled, ["yun", "not-a-choice"])).toMatchObject({ score: 0.5 }); // 2 × 1/4
    expect(
      choiceCredit("MULTIPLE_CHOICE", fled.choices, ["choe", "choe", "yun", "so"]).credit,
    ).toBe(0.25); // (2−1)/4
  });

  it("rounds to 2 decimals", () => {
    const third = { ...fled, points: 1, choices: fled.choices.slice(1) }; // 3 right choices
    expect(score(third, ["so"]).score).toBe(0.33); // 1 × 1/3 = 0.333…
    expect(score(third, ["so", "ri"]).score).toBe(0.67); // 1 × 2/3 = 0.666…
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(1.005)).toBe(1.01);
  });

  it("lists picks and missed right choices with their own explanations", () => {
    const { message, expected } = score(fled, ["yun", "choe"]); // (1−1)/4 = 0
    expect(message).toContain(
      "- **You chose:** Yun Kong-hum (right) — He attacked the personality cult, then fled (A2).",
    );
    expect(message).toContain(
      "- **You chose:** Choe Chang-ik (not right) — He stayed in North Korea (A3, S4).",
    );
    expect(message).toContain(
      "- **Right answer you missed:** So Hwi — Fled and was held by Chinese border guards (A2).",
    );
    expect(message).toContain("Kim Chang-il — A deputy minister");
    expect(message).not.toContain("Pak Chang-ok");
    expect(message).toContain(fled.explanation);
    expect(expected).toEqual({ choiceIds: ["yun", "so", "ri", "kim-chang-il"] });
  });

  it("says 'partly correct' with the score", () => {
    expect(score(fled, ["yun", "so", "ri"]).message).toMatch(
      /^\*\*Partly correct:\*\* 1\.5 of 2 points\./,
    );
  });
});

describe("messages", () => {
  it("never show raw ids", () => {
    const id = (n: number) => `3f0c2d9e-7a41-4c1b-9d2e-00000000000${n}`;
    const key = {
      ...fled,
      choices: fled.choices.map((c, i) => ({ ...c, id: id(i) })),
    } satisfies ItemKey;
    const { message } = score(key, [id(0), id(4)]);
    expect(message).not.toMatch(/3f0c2d9e/);
  });

  it("escape Markdown in plain content texts but not in explanations", () => {
    const key = {
      ...whoIsMe,
      explanation: "See *¶5*.",
      choices: [
        { id: "x", text: '"invite [me]" *twice*', correct: true, explanation: "Read *this*." },
      ],
    } satisfies ItemKey;
    const { message } = score(key, ["x"]);
    expect(message).toContain(
      '- **You chose:** "invite \\[me\\]" \\*twice\\* (right) — Read *this*.',
    );
    expect(message).toContain("See *¶5*.");
  });
});
