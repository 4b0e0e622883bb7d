import { describe, expect, it } from "vitest";
import { planParagraphs } from "../../../../server/src/content/documents/paragraph-plan.js";

const stored = [
  { id: "10", number: 1, text: "A" },
  { id: "11", number: 2, text: "B" },
  { id: "12", number: 3, text: "C" },
];

describe("planParagraphs", () => {
  it("changes nothing for the same texts", () => {
    expect(planParagraphs(stored, ["A", "B", "C"])).toEqual({
      deleteIds: [],
      updates: [],
      inserts: [],
      renumbers: false,
      unchanged: true,
    });
  });

  it("keeps the id of an edited paragraph at its number, without renumbering", () => {
    const plan = planParagraphs(stored, ["A", "B, edited", "C"]);
    expect(plan).toMatchObject({
      updates: [{ id: "11", number: 2, text: "B, edited" }],
      inserts: [],
      deleteIds: [],
      renumbers: false,
    });
  });

  it("moves ids with their text when a paragraph is inserted before them", () => {
    const plan = planParagraphs(stored, ["new", "A", "B", "C"]);
    expect(plan.inserts).toEqual([{ number: 1, text: "new" }]);
    expect(plan.updates).toEqual([
      { id: "10", number: 2, text: "A" },
      { id: "11", number: 3, text: "B" },
      { id: "12", number: 4, text: "C" },
    ]);
    expect(plan.renumbers).toBe(true);
  });

  it("deletes what is gone and matches repeated texts in order", () => {
    const repeated = [...stored, { id: "13", number: 4, text: "A" }];
    const plan = planParagraphs(repeated, ["A", "A"]);
    expect(plan.updates).toEqual([{ id: "13", number: 2, text: "A" }]);
    expect(plan.deleteIds.sort()).toEqual(["11", "12"]);
    expect(plan.renumbers).toBe(true);
  });
});
