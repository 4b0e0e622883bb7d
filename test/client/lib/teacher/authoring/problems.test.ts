import { describe, expect, it } from "vitest";
import {
  fieldId,
  itemIndexOf,
  nearestFieldId,
  pathCandidates,
  problemPlace,
  problemsAt,
  problemsUnder,
} from "../../../../../client/src/lib/teacher/authoring/problems.js";

const problems = [
  { path: "questions[2].choices[1].explanation", message: "must not be empty" },
  { path: "questions[2].choices", message: "needs exactly one correct choice" },
  { path: "questions[12].prompt", message: "must not be empty" },
  { path: "title", message: "must not be empty" },
];

describe("where a draft's problems go", () => {
  it("names each field by its path", () => {
    expect(fieldId("questions[2].choices[1].explanation")).toBe(
      "f-questions-2-choices-1-explanation",
    );
    expect(fieldId("title")).toBe("f-title");
  });

  it("puts a problem at its own field, and an item's under it without catching item 12 for item 1", () => {
    expect(problemsAt(problems, "questions[2].choices").map((p) => p.message)).toEqual([
      "needs exactly one correct choice",
    ]);
    expect(problemsUnder(problems, "questions[2]")).toHaveLength(2);
    expect(problemsUnder(problems, "questions[1]")).toHaveLength(0);
    expect(itemIndexOf("questions[12].prompt")).toBe(12);
    expect(itemIndexOf("title")).toBeNull();
  });

  it("falls back to the nearest field shown", () => {
    expect(pathCandidates("questions[2].choices[1].explanation")).toEqual([
      "questions[2].choices[1].explanation",
      "questions[2].choices[1]",
      "questions[2].choices",
      "questions[2]",
      "questions",
    ]);
    const shown = new Set(["f-questions-2-choices", "f-questions-2"]);
    expect(nearestFieldId("questions[2].choices[1].misconception", (id) => shown.has(id))).toBe(
      "f-questions-2-choices",
    );
    expect(nearestFieldId("slug", (id) => shown.has(id))).toBeNull();
  });

  it("words a problem's place for the list above the Publish button", () => {
    expect(problemPlace("questions[2].choices[1].explanation")).toBe(
      "Item 3 › choice 2 › explanation",
    );
    expect(problemPlace("title")).toBe("title");
  });
});
