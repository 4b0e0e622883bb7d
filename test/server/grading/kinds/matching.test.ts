import { describe, expect, it } from "vitest";
import { scoreAnswer, type ItemKey } from "../../../../server/src/grading/index.js";
import { matchingCredit } from "../../../../server/src/grading/kinds/matching.js";
import { paragraphs } from "../fixtures.js";

// voices-who-is-speaking / vox-layers-match: five left items, 2 points.
const voices = {
  kind: "MATCHING",
  points: 2,
  explanation: "One record, five voices: four from 1957 and the modern translator.",
  left: [
    { id: "invite-me", text: '"So, will you accept and invite [me]?" (¶5)' },
    { id: "visit-prc", text: '"they themselves plan to visit the PRC in 1958" (¶6)' },
    { id: "thankful", text: '"they are very thankful to the Chinese friends…" (¶7)' },
    { id: "conversation-held", text: '"a conversation was held with Cde. Kim Il Sung" (¶3)' },
    { id: "sic", text: '"[sic; November]" (¶3)' },
  ],
  right: [
    { id: "mao-retold", text: "Mao's words, as Kim retold them" },
    { id: "kim-to-mao", text: "Kim's answer to Mao, as reported in the record" },
    { id: "kim-to-puzanov", text: "Kim's own remark to the Soviet ambassador" },
    { id: "narrator", text: "Puzanov, narrating the conversation" },
    { id: "translator", text: "The English translator, writing decades later" },
  ],
  pairs: [
    {
      leftId: "invite-me",
      rightId: "mao-retold",
      explanation: "Mao's question, in quotation marks.",
    },
    { leftId: "visit-prc", rightId: "kim-to-mao", explanation: '¶6 opens "In response to this".' },
    { leftId: "thankful", rightId: "kim-to-puzanov", explanation: null },
    {
      leftId: "conversation-held",
      rightId: "narrator",
      explanation: "Puzanov describes the conversation from outside.",
    },
    {
      leftId: "sic",
      rightId: "translator",
      explanation: "Square brackets mark the translator's corrections.",
    },
  ],
} satisfies ItemKey;
const match = (pairs: Array<{ leftId: string; rightId: string }>) =>
  scoreAnswer(voices, { pairs }, paragraphs);
const rightPairs = voices.pairs.map(({ leftId, rightId }) => ({ leftId, rightId }));

describe("MATCHING", () => {
  it("gives full points when every left item has its partner", () => {
    expect(match(rightPairs)).toMatchObject({
      score: 2,
      correct: true,
      expected: { pairs: rightPairs },
    });
  });

  it("gives points × right pairs / left items", () => {
    const twoSwapped = [
      { leftId: "invite-me", rightId: "kim-to-mao" },
      { leftId: "visit-prc", rightId: "mao-retold" },
      ...rightPairs.slice(2),
    ];
    expect(match(twoSwapped)).toMatchObject({ score: 1.2, correct: false }); // 2 × 3/5
    expect(match(rightPairs.slice(0, 1))).toMatchObject({ score: 0.4, correct: false }); // 2 × 1/5
  });

  it("counts only the first pair of a left id given twice", () => {
    const pairs = [{ leftId: "invite-me", rightId: "kim-to-mao" }, ...rightPairs];
    expect(match(pairs)).toMatchObject({ score: 1.6, correct: false }); // invite-me wrong first: 2 × 4/5
    expect(
      matchingCredit(voices.pairs, [...rightPairs, { leftId: "sic", rightId: "narrator" }]),
    ).toBe(1);
  });

  it("shows the right pairs, what the student chose, and the explanations", () => {
    const { message } = match([
      { leftId: "invite-me", rightId: "kim-to-mao" },
      { leftId: "sic", rightId: "translator" },
    ]);
    expect(message).toContain("**Partly correct:** 0.4 of 2 points.");
    expect(message).toContain(voices.explanation);
    expect(message).toContain(
      "- \"So, will you accept and invite \\[me\\]?\" (¶5) → Mao's words, as Kim retold them (you chose: Kim's answer to Mao, as reported in the record) — Mao's question, in quotation marks.",
    );
    expect(message).toContain(
      "→ Kim's own remark to the Soviet ambassador (you left this one unmatched)\n",
    );
    expect(message).toContain(
      "→ The English translator, writing decades later (you matched this) — Square brackets",
    );
    expect(message).not.toContain("kim-to-puzanov");
  });
});
