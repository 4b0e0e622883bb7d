import { describe, expect, it } from "vitest";
import {
  markedParagraphs,
  markPieces,
  minutesText,
  runningTimes,
} from "../../../../client/src/lib/teacher/guide.js";

describe("the teacher guide's marked passages", () => {
  it("marks each key passage in its paragraph's text, merging overlaps", () => {
    const text = "Mao said it could be assessed as interference in the affairs.";
    const pieces = markPieces(text, [
      { paragraphNumber: 9, start: 12, end: 31 },
      { paragraphNumber: 9, start: 25, end: 45 },
    ]);
    expect(pieces).toEqual([
      { text: "Mao said it ", marked: false },
      { text: "could be assessed as interference", marked: true },
      { text: " in the affairs.", marked: false },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });

  it("keeps a paragraph with no passage whole, and clips passages to the text", () => {
    expect(markPieces("abc", [])).toEqual([{ text: "abc", marked: false }]);
    expect(markPieces("abc", [{ paragraphNumber: 1, start: 1, end: 10 }])).toEqual([
      { text: "a", marked: false },
      { text: "bc", marked: true },
    ]);
  });

  it("lists only the paragraphs the passages touch, in the document's order", () => {
    const paragraphs = [
      { number: 9, text: "nine" },
      { number: 10, text: "ten" },
      { number: 11, text: "eleven" },
    ];
    const marked = markedParagraphs(paragraphs, [
      { paragraphNumber: 11, start: 0, end: 3 },
      { paragraphNumber: 9, start: 0, end: 4 },
    ]);
    expect(marked.map((p) => p.number)).toEqual([9, 11]);
    expect(marked[1]!.pieces).toEqual([
      { text: "ele", marked: true },
      { text: "ven", marked: false },
    ]);
  });
});

describe("the teacher guide's timings", () => {
  it("says minutes in words and where each step falls in the lesson", () => {
    expect(minutesText(1)).toBe("1 minute");
    expect(minutesText(12)).toBe("12 minutes");
    expect(minutesText(null)).toBe("—");
    expect(runningTimes([6, 9, 4])).toEqual(["0–6 min", "6–15 min", "15–19 min"]);
    expect(runningTimes([6, null])).toEqual(["0–6 min", null]);
  });
});
