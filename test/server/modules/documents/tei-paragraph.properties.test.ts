import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findNotes } from "../../../../server/src/content/documents/editorial-notes.js";
import { withoutNotes } from "../../../../server/src/modules/documents/documents.types.js";
import {
  correctionOf,
  paragraphToTei,
  type TeiMention,
  type TeiNote,
} from "../../../../server/src/modules/documents/tei-paragraph.js";
import {
  matchRanges,
  positiveLexemes,
  decodeCursor,
  encodeCursor,
} from "../../../../server/src/modules/documents/search-ranges.js";

const TEI_NS = "http://www.tei-c.org/ns/1.0";
const EDITORIAL = new Set(["corr", "supplied", "note"]);

function authorWords(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return node.nodeValue ?? "";
  if (node.nodeType !== node.ELEMENT_NODE || EDITORIAL.has((node as Element).localName)) return "";
  return [...node.childNodes].map(authorWords).join("");
}
const parseParagraph = (content: string) =>
  new JSDOM(`<p xmlns="${TEI_NS}">${content}</p>`, { contentType: "application/xml" }).window
    .document.documentElement;

const notesOf = (text: string): TeiNote[] =>
  findNotes(text).map((note) => ({
    kind: note.kind,
    quote: note.quote,
    start: note.start,
    end: note.end,
    parentId: note.parentIndex === null ? null : String(note.parentIndex),
  }));

// Paragraph-like text: words, spaces and tabs, punctuation, brackets (notes, nested, unclosed),
// XML's special characters and line breaks.
const piece = fc.constantFrom(
  "word",
  "Kim",
  "sic",
  "sic;",
  "November",
  " ",
  " ",
  "  ",
  "\t",
  ".",
  ",",
  ";",
  "?",
  "[",
  "]",
  "[sic; November]",
  "[Mao]",
  "[handwritten: stamp]",
  "[s shirokim partiynym aktivom]",
  "[text illegible]",
  "&",
  "<",
  ">",
  '"',
  "'",
  "\n",
  "№",
  "é",
);
const paragraphText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((p) => p.join(""));

describe("a paragraph in TEI", () => {
  it("is well-formed XML whose text, editorial elements dropped, is authorText (property)", () => {
    fc.assert(
      fc.property(
        paragraphText,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.boolean()), { maxLength: 4 }),
        (text, spans) => {
          const notes = notesOf(text);
          const mentions: TeiMention[] = spans.map(([start, length, person]) => ({
            start: start % text.length,
            end: Math.min(text.length, (start % text.length) + length + 1),
            element: person ? "persName" : "term",
            target: person ? "person-x" : "term-y",
          }));
          const p = parseParagraph(paragraphToTei(text, notes, mentions, "ru"));
          expect(authorWords(p)).toBe(withoutNotes(text, notes));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("writes [sic; …] as choice, sic and corr, around the word before it", () => {
    const text = "On 12 September [sic; November] 1957 a talk";
    const p = parseParagraph(paragraphToTei(text, notesOf(text), [], "ru"));
    const choice = p.getElementsByTagNameNS(TEI_NS, "choice")[0];
    expect(choice.getElementsByTagNameNS(TEI_NS, "sic")[0].textContent).toBe("September");
    expect(choice.getElementsByTagNameNS(TEI_NS, "corr")[0].textContent).toBe("November");
    expect(correctionOf("[sic]")).toBeNull();
    expect(correctionOf("[November; sic]")).toBe("November");
  });
});

describe("search ranges", () => {
  it("reads the positive lexemes of a query tree, negated ones left out", () => {
    expect(positiveLexemes("'soviet' <-> 'union' & 'interfer'")).toEqual([
      "soviet",
      "union",
      "interfer",
    ]);
    expect(positiveLexemes("T")).toEqual([]);
    expect(positiveLexemes("'a' & !'b' & 'it''s'")).toEqual(["a", "it's"]);
  });

  it("finds each flagged token after the one before, compounds not moving the cursor", () => {
    const text = "Non-interference, and interference again";
    const tokens = [
      "Non-interference",
      "Non",
      "-",
      "interference",
      ", ",
      "and",
      " ",
      "interference",
      " ",
      "again",
    ];
    const flags = ["c", "", "", "m", "", "", "", "m", "", ""];
    expect(matchRanges(text, tokens, flags).map((r) => text.slice(r.start, r.end))).toEqual([
      "interference",
      "interference",
    ]);
    expect(matchRanges(text, tokens, flags)[0].start).toBe(4);
    // A matching compound covers its parts: one range.
    const whole = matchRanges(text, tokens, ["cm", "m", "", "m"]);
    expect(whole).toEqual([{ start: 0, end: 16 }]);
  });

  it("gives opaque cursors that decode to what they encode, and rejects others", () => {
    const position = { rank: 0.0607927106320858, documentId: "12", number: 9 };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    for (const bad of [
      "",
      "x",
      Buffer.from("[1,2,3]").toString("base64url"),
      Buffer.from('["s1",1,"0",1]').toString("base64url"),
    ])
      expect(decodeCursor(bad)).toBeNull();
  });
});
