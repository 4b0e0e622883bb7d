import { describe, expect, it } from "vitest";
import {
  movedIndex,
  paragraphPieces,
  quoted,
  segmentAnnouncement,
  shortQuote,
  voiceForKey,
} from "../../../../client/src/lib/questions/attribution.js";

const paragraphs = [
  { number: 6, text: "In response to this Kim said they plan to visit." },
  { number: 7, text: "Further in the conversation with me Kim said thanks." },
  { number: 8, text: "Nothing to mark here." },
];
const segment = (id: string, paragraphNumber: number, quote: string) => {
  const text = paragraphs.find((p) => p.number === paragraphNumber)!.text;
  const start = text.indexOf(quote);
  return { id, paragraphNumber, start, end: start + quote.length, text: quote };
};
const voices = [
  { id: "mao", label: "Mao, as Kim retold it" },
  { id: "kim", label: "Kim speaking to Mao" },
];

describe("attribution helpers", () => {
  it("cuts only the paragraphs with segments into text and segments, numbering segments in the question's order", () => {
    const pieces = paragraphPieces(paragraphs, [
      segment("a", 7, "Further in the conversation with me"),
      segment("b", 6, "they plan to visit"),
      segment("c", 6, "In response to this"),
    ]);
    expect(pieces.map((p) => p.number)).toEqual([6, 7]);
    expect(pieces[0]!.pieces).toEqual([
      { kind: "segment", index: 2, text: "In response to this" },
      { kind: "text", text: " Kim said " },
      { kind: "segment", index: 1, text: "they plan to visit" },
      { kind: "text", text: "." },
    ]);
    expect(pieces[1]!.pieces[0]).toEqual({
      kind: "segment",
      index: 0,
      text: "Further in the conversation with me",
    });
    const joined = pieces[1]!.pieces.map((p) => p.text).join("");
    expect(joined).toBe(paragraphs[1]!.text);
  });

  it("leaves an overlapping segment as text rather than repeat words", () => {
    const pieces = paragraphPieces(paragraphs, [
      segment("a", 6, "In response to this"),
      segment("b", 6, "response to this Kim"),
    ]);
    expect(pieces[0]!.pieces.map((p) => p.text).join("")).toBe(paragraphs[0]!.text);
    expect(pieces[0]!.pieces.filter((p) => p.kind === "segment")).toHaveLength(1);
  });

  it("announces the segment and its voice", () => {
    expect(segmentAnnouncement(2, 10, voices[0])).toBe("Segment 3 of 10: Mao, as Kim retold it");
    expect(segmentAnnouncement(0, 10, undefined)).toBe("Segment 1 of 10: not marked yet");
  });

  it("picks voices by number key and moves by arrows, Home and End within bounds", () => {
    expect(voiceForKey("2", voices)?.id).toBe("kim");
    expect(voiceForKey("3", voices)).toBeUndefined();
    expect(voiceForKey("a", voices)).toBeUndefined();
    expect(movedIndex("ArrowRight", 0, 3)).toBe(1);
    expect(movedIndex("ArrowDown", 2, 3)).toBe(2);
    expect(movedIndex("ArrowLeft", 0, 3)).toBe(0);
    expect(movedIndex("ArrowUp", 2, 3)).toBe(1);
    expect(movedIndex("Home", 2, 3)).toBe(0);
    expect(movedIndex("End", 0, 3)).toBe(2);
    expect(movedIndex("Enter", 0, 3)).toBeNull();
  });

  it("shortens long quotes with an ellipsis", () => {
    expect(shortQuote("short")).toBe("short");
    expect(shortQuote("x".repeat(70), 60)).toBe(`${"x".repeat(60)}…`);
    expect(quoted("we decided")).toBe('"we decided"');
    expect(quoted('"We don\'t need these people"')).toBe('"We don\'t need these people"');
  });
});
