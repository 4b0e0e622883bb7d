// Passages picked in another document of an item's sources: each names its document, keeps its
// note when picked again, and leaves the item's own passages (and another document's) alone.
import { describe, expect, it } from "vitest";
import {
  type DraftTarget,
  passagesOf,
  targetsFromPassages,
} from "../../../../../client/src/lib/teacher/authoring/evidence.js";

const OWN = new Map([[1, "Record of a conversation with Kim"]]);
const OTHER = new Map([[6, "the interference of two older brothers"]]);
const previous: DraftTarget[] = [
  { paragraph: 1, quote: "Record", start: 0, end: 6, note: "own" },
  { document: "other", paragraph: 6, quote: "the interference", start: 0, end: 16, note: "kept" },
  { document: "third", paragraph: 2, quote: "x", note: "third's" },
];

describe("passages in another document", () => {
  it("shows the picker only the passages of its document", () => {
    expect(passagesOf(previous, OTHER, "other")).toEqual([
      { paragraphNumber: 6, start: 0, end: 16 },
    ]);
    expect(passagesOf(previous, OWN)).toEqual([{ paragraphNumber: 1, start: 0, end: 6 }]);
  });

  it("names the document on a new passage, keeps a note, and leaves the other targets in place", () => {
    const next = targetsFromPassages(
      previous,
      [
        { paragraphNumber: 6, start: 0, end: 16 },
        { paragraphNumber: 6, start: 20, end: 38 },
      ],
      OTHER,
      "other",
    );
    expect(next).toEqual([
      previous[0],
      previous[2],
      previous[1],
      {
        document: "other",
        paragraph: 6,
        quote: "two older brothers",
        start: 20,
        end: 38,
        note: "",
      },
    ]);
  });

  it("drops the document's passages when none is picked, and the item's own picker leaves them", () => {
    expect(targetsFromPassages(previous, [], OTHER, "other")).toEqual([previous[0], previous[2]]);
    expect(targetsFromPassages(previous, [], OWN)).toEqual([previous[1], previous[2]]);
  });
});
