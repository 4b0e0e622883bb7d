import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSegments, type Segment } from "../../../../client/src/lib/reader/segments.js";
import {
  highlightParam,
  hitLocation,
  parseHighlight,
  snippet,
} from "../../../../client/src/lib/reader/search-hits.js";
import { citationForms } from "../../../../client/src/lib/reader/citation-styles.js";

const marked = (segments: Segment<unknown>[]): string[] =>
  segments.flatMap((s) =>
    s.type === "text" ? (s.match === null ? [] : [s.text]) : marked(s.children),
  );

describe("search hits in the reader", () => {
  const text =
    "On 12 September [sic; November] 1957 a conversation was held, and the interference was discussed at length by all of those present at the meeting.";
  const interference = {
    start: text.indexOf("interference"),
    end: text.indexOf("interference") + 12,
  };

  it("snips the paragraph around the first match, the matched words marked, nothing else changed", () => {
    const { pieces, before, after } = snippet(text, [interference], 30);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(["interference"]);
    expect(text).toContain(pieces.map((p) => p.text).join(""));
    expect(before).toBe(true);
    expect(after).toBe(true);
    expect(snippet("short", [{ start: 0, end: 5 }])).toEqual({
      pieces: [{ text: "short", mark: true }],
      before: false,
      after: false,
    });
  });

  it("keeps every marked piece a range it was given and the pieces in order (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 300 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 })), { maxLength: 6 }),
        (words, pairs) => {
          const ranges = pairs
            .map(([start, length]) => ({ start: start % words.length, end: 0, length }))
            .map((r) => ({ start: r.start, end: Math.min(words.length, r.start + r.length + 1) }))
            .sort((a, b) => a.start - b.start)
            .filter((r, i, all) => i === 0 || r.start >= all[i - 1].end);
          const { pieces } = snippet(words, ranges, 40);
          expect(words).toContain(pieces.map((p) => p.text).join(""));
          for (const piece of pieces.filter((p) => p.mark))
            expect(ranges.some((r) => words.slice(r.start, r.end).includes(piece.text))).toBe(true);
        },
      ),
    );
  });

  it("carries the ranges in the link and reads them back; anything else is no highlight", () => {
    const hit = { document: { slug: "a-doc" }, paragraph: { number: 9 }, ranges: [interference] };
    const to = hitLocation(hit, "interfere");
    expect(to).toEqual({
      path: "/documents/a-doc",
      query: { q: "interfere", hl: `9:${interference.start}-${interference.end}` },
      hash: "#p9",
    });
    expect(parseHighlight(to.query.hl)).toEqual({ paragraphNumber: 9, ranges: [interference] });
    expect(
      parseHighlight(
        highlightParam(3, [
          { start: 1, end: 4 },
          { start: 8, end: 9 },
        ]),
      ),
    ).toEqual({
      paragraphNumber: 3,
      ranges: [
        { start: 1, end: 4 },
        { start: 8, end: 9 },
      ],
    });
    for (const bad of [undefined, "", "9", "9:", "9:5-5", "9:7-3", "x:1-2", ["9:1-2"]])
      expect(parseHighlight(bad)).toBeNull();
  });

  it("highlights the given ranges in the text as published and, carried over, with the notes off", () => {
    const paragraph = {
      number: 3,
      text,
      notes: [{ id: "n1", kind: "SIC" as const, quote: "[sic; November]", start: 16, end: 31 }],
    };
    const on = buildSegments(paragraph, { showNotes: true, ranges: [interference] });
    expect(marked(on.segments)).toEqual(["interference"]);
    const off = buildSegments(paragraph, { showNotes: false, ranges: [interference] });
    expect(marked(off.segments)).toEqual(["interference"]);
    // A typed search term wins over the ranges.
    const typed = buildSegments(paragraph, {
      showNotes: true,
      search: "meeting",
      ranges: [interference],
    });
    expect(marked(typed.segments)).toEqual(["meeting"]);
  });
});

describe("citation forms", () => {
  const doc = {
    title: "From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung",
    date: "1957-11-13",
    archivalReference: "AVPRF F. 0102, Op. 13, Delo 5",
    translator: "Gary Goldberg",
    displayUrl: "https://digitalarchive.wilsoncenter.org/document/115932",
  };
  const accessed = new Date(2026, 11, 4);

  it("writes Chicago, MLA and APA with the URL and the access date", () => {
    expect(citationForms(doc, accessed)).toEqual({
      chicago:
        '"From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung," November 13, 1957. AVPRF F. 0102, Op. 13, Delo 5. Translated by Gary Goldberg. Wilson Center Digital Archive. Accessed December 4, 2026. https://digitalarchive.wilsoncenter.org/document/115932.',
      mla: '"From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung." 13 Nov. 1957. AVPRF F. 0102, Op. 13, Delo 5. Translated by Gary Goldberg. Wilson Center Digital Archive, digitalarchive.wilsoncenter.org/document/115932. Accessed 4 Dec. 2026.',
      apa: "From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung. (1957, November 13). (G. Goldberg, Trans.). AVPRF F. 0102, Op. 13, Delo 5. Wilson Center Digital Archive. Retrieved December 4, 2026, from https://digitalarchive.wilsoncenter.org/document/115932",
    });
  });

  it("leaves out what the archive does not give", () => {
    const bare = { ...doc, archivalReference: null, translator: null, displayUrl: null };
    const forms = citationForms(bare, accessed);
    for (const form of Object.values(forms)) {
      expect(form).not.toMatch(/null|undefined|Translated|Trans\.|AVPRF|https?:/);
      expect(form).toMatch(/2026/);
    }
  });
});
