import { describe, expect, it } from "vitest";
import {
  addPassage,
  normalizeSpan,
  passageLabel,
  rangeToSpan,
  setWholeParagraph,
  textPieces,
} from "../../../../client/src/lib/questions/evidence.js";

// "𝔄" (U+1D504) and "👍" are two UTF-16 code units each, as the API counts offsets.
const TEXT = "On 12 September [sic; November] 1957 𝔄 talk 👍 was held with Cde. Kim Il Sung.";

/** Renders a paragraph as SourceText does: text pieces, notes and marks wrapping some of them. */
function render(
  text: string,
  notes: Array<{ start: number; end: number }>,
  marks: Array<{ start: number; end: number }>,
): HTMLElement {
  const p = document.createElement("p");
  for (const piece of textPieces(text, notes, marks)) {
    let node: Node = document.createTextNode(piece.text);
    if (piece.note) {
      const span = document.createElement("span");
      span.append(node);
      node = span;
    }
    if (piece.marked) {
      const mark = document.createElement("mark");
      mark.append(node);
      node = mark;
    }
    p.append(node);
  }
  document.body.append(p);
  return p;
}

/** The DOM position of a text offset, found by walking the text nodes. */
function position(container: Node, offset: number): [Node, number] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (left <= length) return [node, left];
    left -= length;
  }
  throw new Error("offset beyond the text");
}

function select(container: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(...position(container, start));
  range.setEnd(...position(container, end));
  return range;
}

describe("offsets of a selection in a rendered paragraph", () => {
  it("rendering keeps the text exactly, so the DOM and the API count alike", () => {
    const p = render(TEXT, [{ start: 16, end: 31 }], [{ start: 3, end: 15 }]);
    expect(p.textContent).toBe(TEXT);
    expect(p.querySelectorAll("mark, span")).toHaveLength(2);
  });

  it("maps a selection across note and mark elements to UTF-16 offsets", () => {
    const p = render(TEXT, [{ start: 16, end: 31 }], [{ start: 3, end: 15 }]);
    const start = TEXT.indexOf("September");
    const end = TEXT.indexOf(" 1957") + 5;
    expect(rangeToSpan(p, select(p, start, end))).toEqual({ start, end });
    expect(TEXT.slice(start, end)).toBe("September [sic; November] 1957");
  });

  it("counts astral characters as two units, as the API does", () => {
    const p = render(TEXT, [], []);
    const start = TEXT.indexOf("𝔄");
    const end = TEXT.indexOf("👍") + 2;
    const span = rangeToSpan(p, select(p, start, end))!;
    expect(TEXT.slice(span.start, span.end)).toBe("𝔄 talk 👍");
    expect(span).toEqual({ start: 37, end: 47 });
  });

  it("never cuts a surrogate pair in half, and trims spaces at the ends", () => {
    const at = TEXT.indexOf("𝔄");
    expect(normalizeSpan(TEXT, at + 1, at + 7)).toEqual({ start: at, end: at + 7 });
    const thumb = TEXT.indexOf("👍");
    expect(normalizeSpan(TEXT, thumb - 6, thumb + 1)).toEqual({ start: thumb - 5, end: thumb + 2 });
    expect(normalizeSpan(TEXT, 2, 3)).toBeNull();
    expect(normalizeSpan("  word  ", 0, 8)).toEqual({ start: 2, end: 6 });
  });

  it("clamps a selection that runs past the paragraph to the paragraph", () => {
    const before = document.createElement("p");
    before.textContent = "Another paragraph.";
    document.body.append(before);
    const p = render(TEXT, [], []);
    const range = document.createRange();
    range.setStart(before.firstChild!, 3);
    range.setEnd(...position(p, 5));
    expect(rangeToSpan(p, range)).toEqual({ start: 0, end: 5 });
    expect(rangeToSpan(before, select(p, 0, 4))).toBeNull();
  });

  it("ignores an empty selection", () => {
    const p = render(TEXT, [], []);
    expect(rangeToSpan(p, select(p, 4, 4))).toBeNull();
  });
});

describe("choosing passages", () => {
  it("a span replaces the whole-paragraph choice of its paragraph and merges with spans it overlaps", () => {
    let result = setWholeParagraph([], 9, true, 4);
    expect(result.passages).toEqual([{ paragraphNumber: 9 }]);
    result = addPassage(result.passages, 9, { start: 10, end: 20 }, 4);
    expect(result.passages).toEqual([{ paragraphNumber: 9, start: 10, end: 20 }]);
    result = addPassage(result.passages, 9, { start: 15, end: 30 }, 4);
    expect(result.passages).toEqual([{ paragraphNumber: 9, start: 10, end: 30 }]);
    result = addPassage(result.passages, 4, { start: 0, end: 5 }, 4);
    expect(result.passages).toEqual([
      { paragraphNumber: 4, start: 0, end: 5 },
      { paragraphNumber: 9, start: 10, end: 30 },
    ]);
  });

  it("refuses more than the maximum, with a reason", () => {
    const full = [{ paragraphNumber: 1 }, { paragraphNumber: 2 }];
    expect(addPassage(full, 3, { start: 0, end: 4 }, 2)).toEqual({
      passages: full,
      problem: "You can choose at most 2 passages. Remove one first.",
    });
    expect(setWholeParagraph(full, 3, true, 2).problem).toMatch(/at most 2/);
    expect(setWholeParagraph(full, 2, false, 2).passages).toEqual([{ paragraphNumber: 1 }]);
  });

  it("labels a passage with its paragraph and words", () => {
    const texts = new Map([[3, TEXT]]);
    expect(passageLabel(texts, { paragraphNumber: 3, start: 3, end: 15 })).toBe(
      "¶3: “12 September”",
    );
    expect(passageLabel(texts, { paragraphNumber: 3 }, 30)).toBe(
      "¶3 (whole paragraph): “On 12 … th Cde. Kim Il Sung.”",
    );
  });
});
