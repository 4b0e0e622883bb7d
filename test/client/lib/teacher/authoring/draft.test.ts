import { describe, expect, it } from "vitest";
import {
  appendIn,
  freshId,
  getIn,
  moveIn,
  newQuestion,
  parsePath,
  removeIn,
  setIn,
} from "../../../../../client/src/lib/teacher/authoring/draft.js";
import {
  occurrenceAt,
  passagesOf,
  targetsFromPassages,
} from "../../../../../client/src/lib/teacher/authoring/evidence.js";

const draft = () => ({
  slug: "set-x",
  questions: [
    {
      id: "a",
      prompt: "First",
      choices: [
        { id: "c1", text: "One" },
        { id: "c2", text: "Two" },
      ],
    },
    { id: "b", prompt: "Second" },
    { id: "c", prompt: "Third" },
  ],
});

describe("draft editing helpers", () => {
  it("reads problem paths into keys and indexes", () => {
    expect(parsePath("questions[2].choices[1].explanation")).toEqual([
      "questions",
      2,
      "choices",
      1,
      "explanation",
    ]);
    expect(parsePath("title")).toEqual(["title"]);
  });

  it("sets a nested field without touching the original", () => {
    const before = draft();
    const after = setIn(before, "questions[0].choices[1].text", "Zwei");
    expect(getIn(after, "questions[0].choices[1].text")).toBe("Zwei");
    expect(before.questions[0]!.choices![1]!.text).toBe("Two");
    expect(after.questions[1]).toBe(before.questions[1]);
    expect(getIn(setIn(before, "questions[1].prompt", undefined), "questions[1]")).toEqual({
      id: "b",
    });
  });

  it("moves, removes and appends items", () => {
    const moved = moveIn(draft(), "questions", 0, 2);
    expect(moved.questions.map((q) => q.id)).toEqual(["b", "c", "a"]);
    expect(moveIn(draft(), "questions", 0, -1).questions.map((q) => q.id)).toEqual(["a", "b", "c"]);
    expect(moveIn(draft(), "questions", 2, 1).questions.map((q) => q.id)).toEqual(["a", "c", "b"]);
    expect(removeIn(draft(), "questions", 1).questions.map((q) => q.id)).toEqual(["a", "c"]);
    expect(appendIn(draft(), "questions", { id: "d" }).questions.map((q) => q.id)).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("starts a new item of a kind with an unused id", () => {
    expect(freshId("item", ["item-1", "item-2"])).toBe("item-3");
    const evidence = newQuestion("EVIDENCE", ["item-1"]);
    expect(evidence).toMatchObject({
      id: "item-2",
      kind: "EVIDENCE",
      targets: [],
      minSelections: 1,
    });
    expect(newQuestion("SINGLE_CHOICE", []).choices).toHaveLength(2);
    expect(newQuestion("REFLECTION", [])).not.toHaveProperty("explanation");
  });
});

describe("evidence targets from the picker", () => {
  const texts = new Map([
    [1, "SECRET Copy No 2. The copy is secret."],
    [2, "Whole paragraph."],
  ]);

  it("quotes the selected words with offsets, and the occurrence where the words repeat", () => {
    expect(occurrenceAt(texts.get(1)!, "copy", 22)).toBe(1);
    const targets = targetsFromPassages(
      [],
      [
        { paragraphNumber: 1, start: 22, end: 26 },
        { paragraphNumber: 2, start: null, end: null },
      ],
      texts,
    );
    expect(targets).toEqual([
      { paragraph: 1, quote: "copy", start: 22, end: 26, note: "" },
      { paragraph: 2, quote: "Whole paragraph.", start: 0, end: 16, note: "" },
    ]);
    expect(
      targetsFromPassages([], [{ paragraphNumber: 1, start: 30, end: 36 }], texts)[0],
    ).toMatchObject({ quote: "secret", start: 30 });
  });

  it("keeps a target's note while its passage stays, and finds offsets of a quote-only target", () => {
    const kept = { paragraph: 1, quote: "SECRET", note: "Classified." };
    const passages = passagesOf([kept], texts);
    expect(passages).toEqual([{ paragraphNumber: 1, start: 0, end: 6 }]);
    const after = targetsFromPassages([kept], [...passages, { paragraphNumber: 2 }], texts);
    expect(after[0]).toBe(kept);
    expect(after).toHaveLength(2);
    expect(targetsFromPassages([kept], [], texts)).toEqual([]);
  });

  it("counts repeated words as the next occurrence", () => {
    const text = "the copy and the copy";
    expect(occurrenceAt(text, "the copy", 13)).toBe(2);
    const [target] = targetsFromPassages(
      [],
      [{ paragraphNumber: 3, start: 13, end: 21 }],
      new Map([[3, text]]),
    );
    expect(target).toMatchObject({ quote: "the copy", occurrence: 2, start: 13, end: 21 });
  });
});
