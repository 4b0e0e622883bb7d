import { describe, expect, it } from "vitest";
import { scoreAnswer, type ItemKey } from "../../../../server/src/grading/index.js";
import { orderingCredit } from "../../../../server/src/grading/kinds/ordering.js";
import { paragraphs } from "../fixtures.js";

// context-crisis-of-1956: seven events, so 7·6/2 = 21 pairs; 2 points.
const events = {
  kind: "ORDERING",
  points: 2,
  explanation:
    "A crisis in August 1956, outside intervention in September, the shock of Hungary in October…",
  items: [
    {
      id: "august-plenum",
      text: "Kim Il Sung's critics challenge him at a KWP Central Committee plenum.",
      explanation: "30–31 August 1956 (fact sheet A1).",
    },
    {
      id: "mao-mikoyan-agree",
      text: "Mao and Mikoyan agree in Beijing to send a joint delegation to Pyongyang.",
      explanation: "18 September 1956 (S2).",
    },
    {
      id: "september-plenum",
      text: "A KWP plenum attended by Mikoyan and Peng Dehuai revokes the August decisions.",
      explanation: "23 September 1956 (S4).",
    },
    {
      id: "hungary",
      text: "A revolution breaks out in Hungary.",
      explanation: "23 October 1956 (H1).",
    },
    {
      id: "plan-delegation",
      text: "A North Korean delegation returns home after discussing the five-year plan draft in the USSR.",
      explanation: null,
    },
    { id: "mao-to-moscow", text: "Mao flies to Moscow.", explanation: "2 November 1957 (M1)." },
    {
      id: "kim-puzanov",
      text: "Kim tells Puzanov about his meeting with Mao.",
      explanation: "12 November 1957 (¶3).",
    },
  ],
} satisfies ItemKey;
const keyOrder = events.items.map((i) => i.id);
const order = (ids: string[]) => scoreAnswer(events, { order: ids }, paragraphs);

describe("orderingCredit", () => {
  it("is the share of key pairs kept in the same relative order", () => {
    expect(orderingCredit(["a", "b", "c"], ["a", "b", "c"])).toBe(1);
    expect(orderingCredit(["a", "b", "c"], ["c", "b", "a"])).toBe(0); // every pair inverted
    expect(orderingCredit(["a", "b", "c"], ["b", "a", "c"])).toBeCloseTo(2 / 3); // (a,b) wrong; (a,c), (b,c) kept
    expect(orderingCredit(["a", "b", "c"], ["a", "c"])).toBeCloseTo(1 / 3); // b missing spoils (a,b), (b,c)
  });

  it("ignores unknown ids and lets the first occurrence of a duplicate win", () => {
    expect(orderingCredit(["a", "b", "c"], ["x", "a", "y", "b", "c", "a"])).toBe(1);
    expect(orderingCredit(["a", "b", "c"], ["b", "a", "b", "c"])).toBeCloseTo(2 / 3); // read as b, a, c
  });
});

describe("ORDERING", () => {
  it("gives full points for the right order", () => {
    expect(order(keyOrder)).toMatchObject({
      score: 2,
      maxScore: 2,
      correct: true,
      needsReview: false,
      expected: { order: keyOrder },
    });
  });

  it("gives 0 for the reversed order", () => {
    expect(order([...keyOrder].reverse())).toMatchObject({ score: 0, correct: false });
  });

  it("takes one pair off for one adjacent swap", () => {
    const swapped = [keyOrder[0], keyOrder[1], keyOrder[3], keyOrder[2], ...keyOrder.slice(4)];
    expect(order(swapped)).toMatchObject({ score: 1.9, correct: false }); // 2 × 20/21 = 1.9047…
  });

  it("counts every pair of a missing item as wrong", () => {
    const result = order(keyOrder.slice(0, 6)); // the last item takes 6 pairs with it: 2 × 15/21 = 1.428…
    expect(result).toMatchObject({ score: 1.43, correct: false });
    expect(result.message).toContain("You put 15 of 21 pairs of items in the right order.");
    expect(result.message).toContain("Some items were missing from your order");
  });

  it("shows the right order as texts with explanations where present", () => {
    const { message } = order([...keyOrder].reverse());
    expect(message).toContain(events.explanation);
    expect(message).toContain(
      "**The right order:**\n1. Kim Il Sung's critics challenge him at a KWP Central Committee plenum. — 30–31 August 1956 (fact sheet A1).",
    );
    expect(message).toContain(
      "\n5. A North Korean delegation returns home after discussing the five-year plan draft in the USSR.\n",
    );
    expect(message).toContain(
      "7. Kim tells Puzanov about his meeting with Mao. — 12 November 1957 (¶3).",
    );
    expect(message).not.toContain("mao-to-moscow");
  });
});
