import { describe, expect, it } from "vitest";
import {
  type Distractor,
  misconceptionsShown,
  rankMisconceptions,
  showsDistractor,
} from "../../../server/src/grading/index.js";

const none = {
  choiceId: null,
  leftId: null,
  rightId: null,
  firstId: null,
  thenId: null,
  answerText: null,
};
const choice = (choiceId: string, misconception: string): Distractor => ({
  ...none,
  choiceId,
  misconception,
});

describe("which distractors an answer shows", () => {
  it("a choice answer shows the tagged choices it picked", () => {
    expect(showsDistractor(choice("k", "speaker"), { choiceIds: ["k", "p"] })).toBe(true);
    expect(showsDistractor(choice("k", "speaker"), { choiceIds: ["p"] })).toBe(false);
    expect(showsDistractor(choice("k", "speaker"), null)).toBe(false);
    expect(showsDistractor(choice("k", "speaker"), {})).toBe(false);
  });

  it("a matching answer shows a wrong pair only by each left item's first chosen partner", () => {
    const pair: Distractor = { ...none, leftId: "z", rightId: "china", misconception: "guess" };
    expect(showsDistractor(pair, { pairs: [{ leftId: "z", rightId: "china" }] })).toBe(true);
    expect(
      showsDistractor(pair, {
        pairs: [
          { leftId: "z", rightId: "none" },
          { leftId: "z", rightId: "china" },
        ],
      }),
    ).toBe(false);
    expect(showsDistractor(pair, { pairs: [{ leftId: "g", rightId: "china" }] })).toBe(false);
  });

  it("an order shows a misorder when the first item stands anywhere before the other", () => {
    const misorder: Distractor = {
      ...none,
      firstId: "hungary",
      thenId: "sept",
      misconception: "events",
    };
    expect(showsDistractor(misorder, { order: ["aug", "hungary", "x", "sept"] })).toBe(true);
    expect(showsDistractor(misorder, { order: ["aug", "sept", "hungary"] })).toBe(false);
    expect(showsDistractor(misorder, { order: ["hungary"] })).toBe(false);
  });

  it("a short answer shows a wrong answer matched leniently, unless an accepted answer matches too", () => {
    const wrong: Distractor = { ...none, answerText: "13 November 1957", misconception: "date" };
    expect(showsDistractor(wrong, { text: "13 november, 1957." }, ["12 November 1957"])).toBe(true);
    expect(showsDistractor(wrong, { text: "12 November 1957" }, ["12 November 1957"])).toBe(false);
    expect(showsDistractor(wrong, { text: "  " }, ["12 November 1957"])).toBe(false);
    // Accepted answers win: an author's wrong answer that is also accepted never counts.
    expect(showsDistractor(wrong, { text: "13 November 1957" }, ["13 November 1957"])).toBe(false);
  });

  it("names each misconception once per answer, in the item's order", () => {
    const ds = [choice("a", "one"), choice("b", "two"), choice("c", "one")];
    expect(misconceptionsShown(ds, { choiceIds: ["c", "b", "a"] })).toEqual(["one", "two"]);
    expect(misconceptionsShown(ds, { choiceIds: [] })).toEqual([]);
  });
});

describe("ranking a class's misconceptions", () => {
  const catalogue = ["alpha", "beta", "gamma", "delta"];
  const items = ["q1", "q2", "q3"];

  it("puts the misconception most students showed first, counting each student once", () => {
    const ranked = rankMisconceptions(
      [
        { misconception: "beta", studentId: "s1", itemId: "q2" },
        { misconception: "beta", studentId: "s1", itemId: "q1" },
        { misconception: "gamma", studentId: "s1", itemId: "q1" },
        { misconception: "gamma", studentId: "s2", itemId: "q1" },
        { misconception: "gamma", studentId: "s3", itemId: "q3" },
      ],
      catalogue,
      items,
    );
    expect(ranked.map((r) => [r.misconception, r.studentIds])).toEqual([
      ["gamma", ["s1", "s2", "s3"]],
      ["beta", ["s1"]],
    ]);
    expect(ranked[0]!.items).toEqual([
      { itemId: "q1", studentIds: ["s1", "s2"] },
      { itemId: "q3", studentIds: ["s3"] },
    ]);
    expect(ranked[1]!.items.map((i) => i.itemId)).toEqual(["q1", "q2"]);
  });

  it("breaks ties by how many answers showed it, then by the catalogue's order", () => {
    const ranked = rankMisconceptions(
      [
        { misconception: "delta", studentId: "s1", itemId: "q1" },
        { misconception: "beta", studentId: "s2", itemId: "q1" },
        { misconception: "gamma", studentId: "s3", itemId: "q1" },
        { misconception: "gamma", studentId: "s3", itemId: "q2" },
      ],
      catalogue,
      items,
    );
    expect(ranked.map((r) => r.misconception)).toEqual(["gamma", "beta", "delta"]);
  });

  it("is empty when nobody showed anything", () => {
    expect(rankMisconceptions([], catalogue, items)).toEqual([]);
  });
});
