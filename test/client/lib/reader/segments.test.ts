import { describe, expect, it } from "vitest";
import {
  authorView,
  buildSegments,
  displayText,
  findMatches,
  type MentionSpan,
  type ReaderNote,
  type Segment,
  segmentsText,
  usableMentions,
} from "../../../../client/src/lib/reader/segments.js";
import { paragraph } from "../../fixtures/reader.js";

type Shape =
  | string
  | { note: string; children: Shape[] }
  | { mention: string; children: Shape[] }
  | { match: number; text: string };

/** The tree without keys: plain strings for text, {note|mention|match} for the rest. */
function shape(segments: readonly Segment<string>[]): Shape[] {
  return segments.map((segment) => {
    if (segment.type === "note")
      return { note: segment.note.kind, children: shape(segment.children) };
    if (segment.type === "mention")
      return { mention: segment.mention.entity, children: shape(segment.children) };
    return segment.match === null ? segment.text : { match: segment.match, text: segment.text };
  });
}

const note = (
  id: string,
  text: string,
  quote: string,
  extra: Partial<ReaderNote> = {},
): ReaderNote => {
  const start = text.indexOf(quote);
  return {
    id,
    kind: "OTHER",
    quote,
    start,
    end: start + quote.length,
    explanation: null,
    parentId: null,
    ...extra,
  };
};
const mention = (text: string, words: string, entity = words, from = 0): MentionSpan<string> => {
  const start = text.indexOf(words, from);
  return { key: `${entity}-${start}`, start, end: start + words.length, entity };
};

describe("buildSegments with the editorial notes on", () => {
  it("marks each note by kind and keeps every character of the text", () => {
    const p3 = paragraph(3);
    const { segments } = buildSegments<string>(p3, { showNotes: true });
    expect(segmentsText(segments)).toBe(p3.text);
    expect(shape(segments)).toEqual([
      "On 12 September ",
      { note: "SIC", children: ["[sic; November]"] },
      p3.text.slice(31, 147),
      { note: "INSERTION", children: ["[Mao]"] },
      p3.text.slice(152),
    ]);
  });

  it("renders a nested note inside its parent", () => {
    const text = "A [stamp [illegible] here] B";
    const parent = note("outer", text, "[stamp [illegible] here]", { kind: "ARCHIVAL_MARK" });
    const child = note("inner", text, "[illegible]", { kind: "OTHER", parentId: "outer" });
    const { segments } = buildSegments<string>(
      { number: 1, text, notes: [child, parent] },
      { showNotes: true },
    );
    expect(shape(segments)).toEqual([
      "A ",
      {
        note: "ARCHIVAL_MARK",
        children: ["[stamp ", { note: "OTHER", children: ["[illegible]"] }, " here]"],
      },
      " B",
    ]);
  });

  it("drops a note that cuts across another, and one outside the text", () => {
    const text = "one [two three] four";
    const good = note("a", text, "[two three]");
    const crossing: ReaderNote = { ...note("b", text, "three] four"), id: "b" };
    const outside: ReaderNote = { ...good, id: "c", start: 15, end: 99 };
    const { segments } = buildSegments<string>(
      { number: 1, text, notes: [good, crossing, outside] },
      { showNotes: true },
    );
    expect(shape(segments)).toEqual([
      "one ",
      { note: "OTHER", children: ["[two three]"] },
      " four",
    ]);
  });
});

describe("mentions of people and terms", () => {
  it("marks mentions outside notes and inside a note, where it nests them", () => {
    const p3 = paragraph(3);
    const mentions = [mention(p3.text, "Kim Il Sung"), mention(p3.text, "Mao", "Mao Zedong", 140)];
    const { segments } = buildSegments(p3, { showNotes: true, mentions });
    const tree = shape(segments);
    expect(tree).toContainEqual({ mention: "Kim Il Sung", children: ["Kim Il Sung"] });
    expect(tree).toContainEqual({
      note: "INSERTION",
      children: ["[", { mention: "Mao Zedong", children: ["Mao"] }, "]"],
    });
  });

  it("drops a mention that crosses a note boundary or holds a note: notes take precedence", () => {
    const text = "Kim [sic; Kim] Il Sung";
    const sic = note("n", text, "[sic; Kim]", { kind: "SIC" });
    const crossing = { key: "x", start: 6, end: 17, entity: "crossing" };
    const holding = { key: "y", start: 0, end: text.length, entity: "holding" };
    expect(usableMentions([crossing, holding], [sic])).toEqual([]);
    const { segments } = buildSegments(
      { number: 1, text, notes: [sic] },
      { showNotes: true, mentions: [crossing, holding] },
    );
    expect(shape(segments)).toEqual([
      "Kim ",
      { note: "SIC", children: ["[sic; Kim]"] },
      " Il Sung",
    ]);
  });

  it("keeps the longer of two overlapping mentions", () => {
    const text = "the USSR Supreme Soviet met";
    const kept = usableMentions([mention(text, "USSR"), mention(text, "USSR Supreme Soviet")], []);
    expect(kept.map((m) => m.entity)).toEqual(["USSR Supreme Soviet"]);
  });

  it("carries mentions over to the author's words, dropping those inside removed notes", () => {
    const p22 = paragraph(22);
    const puzanov = mention(p22.text, "A. PUZANOV");
    const { text, segments } = buildSegments(p22, { showNotes: false, mentions: [puzanov] });
    expect(text).toBe("(A. PUZANOV)");
    expect(shape(segments)).toEqual([
      "(",
      { mention: "A. PUZANOV", children: ["A. PUZANOV"] },
      ")",
    ]);

    const p3 = paragraph(3);
    const off = buildSegments(p3, {
      showNotes: false,
      mentions: [mention(p3.text, "Mao", "in-note", 140), mention(p3.text, "Kim Il Sung")],
    });
    expect(shape(off.segments).filter((s) => typeof s !== "string")).toEqual([
      { mention: "Kim Il Sung", children: ["Kim Il Sung"] },
    ]);
  });
});

describe("the author's words alone (notes off)", () => {
  it("matches the server's authorText for every paragraph with notes, spaces tidied", () => {
    for (const n of [1, 3, 20, 22])
      expect(authorView(paragraph(n).text, paragraph(n).notes).text).toBe(paragraph(n).authorText);
    expect(displayText(paragraph(3), false)).toBe(
      "On 12 September 1957 a conversation was held with Cde. Kim Il Sung in which he told of a meeting with Cde. Mao Zedong and informed about issues which the delegation wishes to pose at the upcoming conversation with Cde. N. S. Khrushchev.",
    );
  });

  it("removes a nested note with its parent, and tidies the space left before punctuation", () => {
    const text = "He signed [stamp [illegible]] . Then  left";
    const parent = note("p", text, "[stamp [illegible]]");
    const child = note("c", text, "[illegible]", { parentId: "p" });
    const { segments, text: shown } = buildSegments<string>(
      { number: 1, text, notes: [parent, child] },
      { showNotes: false },
    );
    expect(shown).toBe("He signed. Then left");
    expect(shape(segments)).toEqual(["He signed. Then left"]);
  });

  it("shows the server's authorText where it differs from ours (the server is authoritative)", () => {
    const p3 = { ...paragraph(3), authorText: "On 12 November 1957 a conversation…" };
    const { text, segments } = buildSegments(p3, {
      showNotes: false,
      mentions: [mention(p3.text, "Kim Il Sung")],
    });
    expect(text).toBe("On 12 November 1957 a conversation…");
    expect(shape(segments)).toEqual(["On 12 November 1957 a conversation…"]);
  });
});

describe("search matches", () => {
  it("finds matches case-insensitively and marks them in <mark> pieces", () => {
    const p9 = paragraph(9);
    expect(findMatches(p9.text, "INTERFERENCE")).toHaveLength(1);
    const { matches, segments } = buildSegments<string>(p9, { showNotes: true, search: "cpc" });
    expect(matches).toHaveLength(3);
    expect(shape(segments).filter((s) => typeof s !== "string")).toEqual(
      [0, 1, 2].map((match) => ({ match, text: "CPC" })),
    );
  });

  it("splits a match that crosses a note or mention boundary into pieces of the same match", () => {
    const p3 = paragraph(3);
    const { segments } = buildSegments<string>(p3, { showNotes: true, search: "september [sic" });
    expect(shape(segments).slice(0, 3)).toEqual([
      "On 12 ",
      { match: 0, text: "September " },
      { note: "SIC", children: [{ match: 0, text: "[sic" }, "; November]"] },
    ]);
  });

  it("works on the text shown: a note's words match only while the notes are on", () => {
    const p3 = paragraph(3);
    expect(buildSegments(p3, { showNotes: true, search: "sic; november" }).matches).toHaveLength(1);
    expect(buildSegments(p3, { showNotes: false, search: "sic; november" }).matches).toHaveLength(
      0,
    );
    expect(buildSegments(p3, { showNotes: false, search: "september 1957" }).matches).toHaveLength(
      1,
    );
  });

  it("treats the term literally, lets a space match a line break, and ignores an empty term", () => {
    expect(findMatches(paragraph(22).text, "(a. puzanov)")).toEqual([{ start: 12, end: 24 }]);
    expect(findMatches(paragraph(1).text, "Copy № 2 of A. M.")).toHaveLength(1);
    expect(findMatches("a.c abc", "a.c")).toEqual([{ start: 0, end: 3 }]);
    expect(findMatches("anything", "   ")).toEqual([]);
  });
});

describe("astral characters (offsets are UTF-16 code units)", () => {
  // "𝔐" and "😀" are two UTF-16 code units each, as the API counts them.
  const text = "𝔐𝔞𝔬 said [sic; 😀] to Kim 😀";
  const sic = note("s", text, "[sic; 😀]", { kind: "SIC" });

  it("cuts notes and mentions where the API's offsets say", () => {
    expect(sic.start).toBe(12); // 3 × 2 code units, then " said "
    const kim = mention(text, "Kim");
    const { segments } = buildSegments(
      { number: 1, text, notes: [sic] },
      { showNotes: true, mentions: [kim] },
    );
    expect(shape(segments)).toEqual([
      "𝔐𝔞𝔬 said ",
      { note: "SIC", children: ["[sic; 😀]"] },
      " to ",
      { mention: "Kim", children: ["Kim"] },
      " 😀",
    ]);
  });

  it("matches astral characters whole, with notes on or off", () => {
    const on = buildSegments({ number: 1, text, notes: [sic] }, { showNotes: true, search: "😀" });
    expect(on.matches).toEqual([
      { start: 18, end: 20 },
      { start: 29, end: 31 },
    ]);
    const off = buildSegments(
      { number: 1, text, notes: [sic] },
      { showNotes: false, search: "😀", mentions: [mention(text, "Kim")] },
    );
    expect(off.text).toBe("𝔐𝔞𝔬 said to Kim 😀");
    expect(shape(off.segments)).toEqual([
      "𝔐𝔞𝔬 said to ",
      { mention: "Kim", children: ["Kim"] },
      " ",
      { match: 0, text: "😀" },
    ]);
  });
});
