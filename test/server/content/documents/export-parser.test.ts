import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  classifyNote,
  findNotes,
} from "../../../../server/src/content/documents/editorial-notes.js";
import { parseExportDate } from "../../../../server/src/content/documents/export-header.js";
import {
  ExportFormatError,
  parseExport,
  type ParsedExport,
} from "../../../../server/src/content/documents/export-parser.js";
import { slugFor } from "../../../../server/src/content/documents/slug.js";

const SOURCE = readFileSync(
  fileURLToPath(
    new URL("../../../../lessons/documents/puzanov-kim-il-sung-1957-11-13.txt", import.meta.url),
  ),
  "utf8",
);

const nonWhitespace = (s: string) => s.replace(/\s+/g, "");
const texts = (e: ParsedExport) => e.paragraphs.map((p) => p.text);

/** Every note's quote is exactly the slice its offsets name. */
function expectExactOffsets(e: ParsedExport) {
  for (const p of e.paragraphs) {
    for (const n of p.notes) {
      expect(p.text.slice(n.start, n.end)).toBe(n.quote);
      expect(n.quote.startsWith("[")).toBe(true);
    }
  }
}

const CITATION = [
  "Citation:",
  "",
  '"A Test Document", November 13, 1957, Wilson Center Digital Archive, AVPRF F. 1, Op. 2, Delo 3.',
  "Translated by Jane Doe.",
  "<https://example.org/document/1>",
];

/** A small export: the given header lines, then sections, then the body. */
function exportOf(opts: { head?: string[]; sections?: string[][]; body: string[] }): string {
  const head = opts.head ?? ["November 13, 1957", "", "**A Test Document**"];
  const sections = opts.sections ?? [CITATION, ["Contents:", "", "Translation - English"]];
  return [...head, "", ...sections.flatMap((s) => [...s, ""]), ...opts.body].join("\n");
}

describe("parseExport: the built-in Puzanov document", () => {
  const doc = parseExport(SOURCE);
  const byNumber = (n: number) => doc.paragraphs[n - 1];

  it("reads the metadata", () => {
    expect(doc.title).toBe(
      "From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung",
    );
    expect(doc.date).toBe("1957-11-13");
    expect(doc.citation).toBe(
      '"From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung", November 13, 1957, ' +
        "Wilson Center Digital Archive, AVPRF F. 0102, Op. 13, Delo 5. Translated for NKIDP by Gary Goldberg.",
    );
    expect(doc.sourceUrl).toBe("https://wilson-center.drivingcreative.com/document/115932");
    expect(doc.archivalReference).toBe("AVPRF F. 0102, Op. 13, Delo 5");
    expect(doc.translator).toBe("Gary Goldberg");
    expect(doc.summary).toMatch(
      /^Kim Il Sung describes a recent meeting with Mao Zedong, .* among other topics\.$/,
    );
    expect(doc.credits).toBe(
      "This document was made possible with support from ROK Ministry of Unification",
    );
    expect(doc.originalLanguage).toBe("Russian");
    expect(doc.contents).toEqual(["Translation - English"]);
  });

  it("has exactly 31 paragraphs numbered in reading order", () => {
    expect(doc.paragraphs).toHaveLength(31);
    expect(doc.paragraphs.map((p) => p.number)).toEqual(
      Array.from({ length: 31 }, (_, i) => i + 1),
    );
  });

  it("keeps the header, title block and first paragraph exactly", () => {
    expect(byNumber(1).text).toBe(
      "from the journal [handwritten entry SECRET Copy № 2\nof A. M. PUZANOV in a faded stamp: 13 November 1957\n" +
        "13855-gs № 1228/dv\n13 November 1957]",
    );
    expect(byNumber(2).text).toBe("RECORD OF A CONVERSATION\nwith Cde. KIM IL SUNG");
    expect(
      byNumber(3).text.startsWith("On 12 September [sic; November] 1957 a conversation was held"),
    ).toBe(true);
    expect(byNumber(9).text).toContain(
      "could be assessed as interference in the internal affairs of the KWP.",
    );
  });

  it("rejoins the two page breaks with a single space", () => {
    expect(byNumber(10).text.startsWith("In reply to this comment by Cde. Mao Zedong")).toBe(true);
    expect(
      byNumber(10).text.endsWith("All the Party and our people also supported us in this matter."),
    ).toBe(true);
    expect(byNumber(20).text).toContain(
      "are held they would like to immediately return to the DPRK",
    );
    expect(byNumber(20).text.endsWith("socialist development in the DPRK.")).toBe(true);
    for (const n of [10, 20]) expect(byNumber(n).text).not.toMatch(/\n| {2}/);
  });

  it("keeps the signature block and distribution list as separate paragraphs", () => {
    expect(texts(doc).slice(20)).toEqual([
      "SOVIET AMBASSADOR IN THE DPRK",
      "[signature] (A. PUZANOV)",
      "6-AP/vp",
      "1 - Cde. Gromyko",
      "2 - Cde. Patolichev",
      "3 - Cde. Zakharov",
      "4 - Cde. Fedorenko",
      "5 - the General Secretariat",
      "6 - to file",
      "Nº 2172-dv",
      "13 November 1957",
    ]);
  });

  it("finds the editorial notes with their kinds and exact offsets", () => {
    const notes = doc.paragraphs.flatMap((p) =>
      p.notes.map((n) => [p.number, n.quote, n.kind, n.parentIndex]),
    );
    expect(notes).toEqual([
      [1, byNumber(1).text.slice("from the journal ".length), "ARCHIVAL_MARK", null],
      [3, "[sic; November]", "SIC", null],
      [3, "[Mao]", "INSERTION", null],
      [5, "[me]", "INSERTION", null],
      [20, "[s shirokim partiynym aktivom]", "ORIGINAL_LANGUAGE", null],
      [22, "[signature]", "ARCHIVAL_MARK", null],
    ]);
    expectExactOffsets(doc);
    expect(byNumber(3).notes[0]).toMatchObject({ start: 16, end: 31 });
  });

  it("loses no character of the body and applies no Unicode normalisation", () => {
    const body = SOURCE.slice(
      SOURCE.indexOf("Translation - English") + "Translation - English".length,
    );
    expect(nonWhitespace(texts(doc).join(""))).toBe(nonWhitespace(body));
    expect(byNumber(30).text.startsWith("N\u00BA")).toBe(true);
    expect(byNumber(1).text).toContain("\u2116 2");
  });
});

const related = (slug: string) =>
  parseExport(
    readFileSync(
      fileURLToPath(new URL(`../../../../lessons/documents/${slug}.txt`, import.meta.url)),
      "utf8",
    ),
  );

describe("parseExport: the related sources (site banner, section text on the next line)", () => {
  it("reads Mikoyan's telegram: URL and reference, no translator, a bracket across a blank line", () => {
    const e = related("mikoyan-telegram-1956-09-17");
    expect(e).toMatchObject({
      title: "Telegram from A. Mikoyan to the CPSU Central Committee",
      date: "1956-09-17",
      sourceUrl: "https://digitalarchive.wilsoncenter.org/document/120205",
      archivalReference: "GARF, Fond 5446, Opis 98c",
      translator: null,
      credits: null,
      originalLanguage: "Russian",
      contents: ["English Translation"],
    });
    expect(e.paragraphs).toHaveLength(11);
    expect(e.paragraphs[0]!.text).toBe("Secret");
    expect(e.paragraphs[9]!.text).toBe("A. Mikoyan\n17 September 1956");
    expect(e.paragraphs[10]!.text).toBe(
      "[handwritten: authenticated: V. Chistov\nMFA 17 September Spets N 1413]",
    );
    expect(e.paragraphs[10]!.notes.map((n) => n.kind)).toEqual(["ARCHIVAL_MARK"]);
    expectExactOffsets(e);
  });

  it("reads Ponomarev's telegram: a citation with nothing after the archive, a bracket never closed", () => {
    const e = related("ponomarev-telegram-1956-09-26");
    expect(e).toMatchObject({
      date: "1956-09-26",
      citation:
        '"Telegram from Ponomarev to the CPSU Central Committee," September 26, 1956, Wilson Center Digital Archive.',
      sourceUrl: null,
      archivalReference: null,
      translator: null,
    });
    expect(e.summary).toMatch(/^Peng Dehuai informs .* Pllenum as promised\./);
    expect(e.paragraphs).toHaveLength(9);
    const last = e.paragraphs[8]!;
    expect(last.notes).toEqual([
      expect.objectContaining({ start: 0, end: last.text.length, kind: "ARCHIVAL_MARK" }),
    ]);
    expectExactOffsets(e);
  });

  it("reads the Zhang Wentian–Yudin minutes: omissions, body lines like headers, curly apostrophes", () => {
    const e = related("zhang-wentian-yudin-1958-01-23");
    expect(e).toMatchObject({
      title: "Minutes of Conversation between Zhang Wentian and Pavel Yudin (Excerpt)",
      date: "1958-01-23",
      archivalReference: "PRC FMA 109-00828-05, 44-45",
      translator: "Jeffrey Wang and Charles Kraus",
      credits: "This document was made possible with support from MacArthur Foundation",
      originalLanguage: "Chinese",
    });
    expect(texts(e).slice(2, 5)).toEqual([
      "Time: 1958 January 23",
      "Location: Ministry of Foreign Affairs",
      "Translator and Documentation: Fang Zu’An",
    ]);
    expect(e.paragraphs.map((p) => p.notes.map((n) => n.kind).join(" "))).toEqual([
      "OTHER",
      "",
      "",
      "",
      "",
      "INSERTION",
      "INSERTION INSERTION INSERTION INSERTION",
      "",
      "",
      "OTHER",
    ]);
    expectExactOffsets(e);
  });
});

describe("parseExport: header and section variants", () => {
  const body = ["First paragraph.", "", "Second paragraph."];

  it("accepts a plain or a multi-line bold title, and site header lines before the date", () => {
    const plain = parseExport(exportOf({ head: ["November 13, 1957", "", "A Plain Title"], body }));
    expect(plain.title).toBe("A Plain Title");
    const bold = parseExport(
      exportOf({
        head: [
          "Wilson Center Digital Archive",
          "International History Declassified",
          "",
          "",
          "13 November 1957",
          "",
          "**A Bold Title",
          "over Two Lines**",
        ],
        body,
      }),
    );
    expect(bold.title).toBe("A Bold Title over Two Lines");
    expect(bold.date).toBe("1957-11-13");
  });

  it("parses dates in the accepted formats only", () => {
    expect(parseExportDate("November 13, 1957")).toBe("1957-11-13");
    expect(parseExportDate("13 November 1957")).toBe("1957-11-13");
    expect(parseExportDate("1957-11-13")).toBe("1957-11-13");
    expect(parseExportDate("Sept. 3, 1950")).toBe("1950-09-03");
    expect(parseExportDate("February 30, 1957")).toBeNull();
    expect(parseExportDate("November 1957")).toBeNull();
    expect(parseExportDate("Record of 13 November 1957")).toBeNull();
  });

  it("gives null, never an invention, for absent sections", () => {
    const e = parseExport(
      exportOf({ sections: [CITATION, ["Contents:", "", "Translation - English"]], body }),
    );
    expect(e).toMatchObject({
      summary: null,
      credits: null,
      originalLanguage: null,
      translator: "Jane Doe",
    });
    const bare = parseExport(
      exportOf({ sections: [["Contents:", "", "Translation - English"]], body }),
    );
    expect(bare).toMatchObject({
      citation: null,
      sourceUrl: null,
      archivalReference: null,
      translator: null,
    });
    expect(texts(bare)).toEqual(["First paragraph.", "Second paragraph."]);
  });

  it("lists several contents items and starts the body after them", () => {
    const e = parseExport(
      exportOf({
        sections: [CITATION, ["Contents:", "", "English Translation", "Scan of Original Document"]],
        body,
      }),
    );
    expect(e.contents).toEqual(["English Translation", "Scan of Original Document"]);
    expect(texts(e)).toEqual(["First paragraph.", "Second paragraph."]);
  });

  it("without Contents, starts the body after the last section's block", () => {
    const e = parseExport(
      exportOf({ sections: [CITATION, ["Original Language:", "", "Russian"]], body }),
    );
    expect(e.originalLanguage).toBe("Russian");
    expect(e.contents).toEqual([]);
    expect(texts(e)).toEqual(["First paragraph.", "Second paragraph."]);
    const sameLine = parseExport(
      exportOf({ sections: [CITATION, ["Original Language: Chinese"]], body }),
    );
    expect(sameLine.originalLanguage).toBe("Chinese");
    expect(texts(sameLine)).toHaveLength(2);
  });

  it("keeps body lines that look like headers in the body", () => {
    const e = parseExport(
      exportOf({
        body: ["Time: 10:00", "Place: Pyongyang", "", "Attachment: a list.", "", "Summary: none."],
      }),
    );
    expect(texts(e)).toEqual([
      "Time: 10:00\nPlace: Pyongyang",
      "Attachment: a list.",
      "Summary: none.",
    ]);
    expect(e.summary).toBeNull();
  });

  it("reads older History and Public Policy Program citations and translator variants", () => {
    const citation = (translated: string) => [
      "Citation:",
      `"Cable", March 5, 1953, History and Public Policy Program Digital Archive, APRF, F. 3, Op. 65, D. 5, Ll. 1-2. ${translated}`,
    ];
    const contents = ["Contents:", "Original Document"];
    const e = parseExport(
      exportOf({
        sections: [citation("Translated for CWIHP by Sergey S. Radchenko."), contents],
        body,
      }),
    );
    expect(e.archivalReference).toBe("APRF, F. 3, Op. 65, D. 5, Ll. 1-2");
    expect(e.translator).toBe("Sergey S. Radchenko");
    expect(e.contents).toEqual(["Original Document"]);
    const obtained = parseExport(
      exportOf({ sections: [citation("Obtained and translated by Kathryn Weathersby.")], body }),
    );
    expect(obtained.translator).toBe("Kathryn Weathersby");
    expect(obtained.archivalReference).toBe("APRF, F. 3, Op. 65, D. 5, Ll. 1-2");
  });

  it("normalises CRLF and lone CR line ends", () => {
    const lf = exportOf({ body: ["A line", "and its sequel.", "", "Next."] });
    for (const eol of ["\r\n", "\r"]) {
      const e = parseExport(lf.replace(/\n/g, eol));
      expect(texts(e)).toEqual(["A line\nand its sequel.", "Next."]);
      expect(e.sourceUrl).toBe("https://example.org/document/1");
    }
  });
});

describe("parseExport: paragraphs", () => {
  const paragraphsOf = (...body: string[]) => texts(parseExport(exportOf({ body })));

  it("joins a page break (no closing punctuation, lower-case continuation) with one space", () => {
    expect(paragraphsOf("All the Party and our", "", "people also supported us.")).toEqual([
      "All the Party and our people also supported us.",
    ]);
    expect(paragraphsOf("a comma,", "", "then more,", "", "and the end.")).toEqual([
      "a comma, then more, and the end.",
    ]);
  });

  it("does not join after closing punctuation or before an upper-case block", () => {
    expect(paragraphsOf("Ends with a period.", "", "lower case start.")).toHaveLength(2);
    expect(paragraphsOf('He said "yes."', "", "then left.")).toHaveLength(2);
    expect(paragraphsOf("No punctuation", "", "Upper case start.")).toHaveLength(2);
  });

  it("joins a block ending inside an open bracket with the block that closes it, by a newline", () => {
    expect(paragraphsOf("Report [stamp: SECRET", "", "Copy 2] follows.", "", "Next.")).toEqual([
      "Report [stamp: SECRET\nCopy 2] follows.",
      "Next.",
    ]);
    // The next block does not close the bracket: not a continuation (and upper case: not a page break).
    expect(paragraphsOf("Open [bracket", "", "Another block.")).toEqual([
      "Open [bracket",
      "Another block.",
    ]);
  });

  it("handles nested, unclosed and stray brackets", () => {
    const [nested, unclosed, , stray] = parseExport(
      exportOf({
        body: [
          "[stamp: [[TOP]] SECRET [Gromyko]] text.",
          "",
          "Text [illegible passage",
          "",
          "Next one.",
          "",
          "Stray ] here [me].",
        ],
      }),
    ).paragraphs;
    expect(nested.notes.map((n) => [n.quote, n.kind, n.parentIndex])).toEqual([
      ["[stamp: [[TOP]] SECRET [Gromyko]]", "ARCHIVAL_MARK", null],
      ["[[TOP]]", "ARCHIVAL_MARK", 0],
      ["[TOP]", "ARCHIVAL_MARK", 1],
      ["[Gromyko]", "ARCHIVAL_MARK", 0], // would be an INSERTION on its own: inherits the mark
    ]);
    expect(unclosed.notes).toEqual([
      {
        start: 5,
        end: unclosed.text.length,
        quote: "[illegible passage",
        kind: "OTHER",
        parentIndex: null,
      },
    ]);
    expect(stray.notes.map((n) => n.quote)).toEqual(["[me]"]);
    expect(findNotes("a ] b [c [d] e")).toMatchObject([
      { start: 6, end: 14, parentIndex: null },
      { start: 9, end: 12, quote: "[d]", parentIndex: 0 },
    ]);
  });

  it("uses UTF-16 offsets with Cyrillic, Korean and astral-plane characters", () => {
    const body = ["Партия 😀 [партийный актив] и 조선 [로동당] 𝒳 [me] end."];
    const e = parseExport(exportOf({ body }));
    const [p] = e.paragraphs;
    expect(p.text).toBe(body[0]);
    expect(p.notes.map((n) => [n.quote, n.kind])).toEqual([
      ["[партийный актив]", "ORIGINAL_LANGUAGE"],
      ["[로동당]", "ORIGINAL_LANGUAGE"],
      ["[me]", "INSERTION"],
    ]);
    expect(p.notes[0].start).toBe(10); // "Партия " 7 + emoji (2 code units) + space
    expectExactOffsets(e);
  });

  it("loses no character of a hand-made body", () => {
    const body = [
      "  Indented line  ",
      "next line",
      "",
      "",
      "a page",
      "",
      "break [open",
      "",
      "close] done.",
      "",
      "Nº 1",
    ];
    expect(nonWhitespace(paragraphsOf(...body).join(""))).toBe(nonWhitespace(body.join("")));
  });
});

describe("parseExport: files that are not exports", () => {
  const missingOf = (text: string) => {
    try {
      parseExport(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ExportFormatError);
      return (error as ExportFormatError).missing;
    }
    throw new Error("expected an ExportFormatError");
  };

  it("names what is missing", () => {
    expect(missingOf(exportOf({ head: ["**A Title Only**"], body: ["Body."] }))).toEqual(["date"]);
    expect(missingOf(exportOf({ head: ["November 13, 1957"], body: ["Body."] }))).toEqual([
      "title",
    ]);
    expect(missingOf(exportOf({ body: [] }))).toEqual(["body"]);
    expect(missingOf("Just some text.\n\nAnd more.")).toEqual(["date", "title"]);
    expect(missingOf("")).toEqual(["date", "title", "body"]);
    expect(new ExportFormatError(["date"]).message).toContain("missing date");
  });
});

describe("classifyNote", () => {
  it.each([
    ["[sic]", "SIC"],
    ["[sic; November]", "SIC"],
    ["[Mao]", "INSERTION"],
    ["[me]", "INSERTION"],
    ["[to the]", "INSERTION"],
    ["[we]", "INSERTION"],
    ["[handwritten entry SECRET Copy № 2]", "ARCHIVAL_MARK"],
    ["[signature]", "ARCHIVAL_MARK"],
    ["[illegible signature]", "ARCHIVAL_MARK"],
    ["[stamp: TOP SECRET]", "ARCHIVAL_MARK"],
    ["[note in margin: agreed]", "ARCHIVAL_MARK"],
    ["[s shirokim partiynym aktivom]", "ORIGINAL_LANGUAGE"],
    ["[khozraschet]", "ORIGINAL_LANGUAGE"],
    ["[партийный актив]", "ORIGINAL_LANGUAGE"],
    ["[조선로동당]", "ORIGINAL_LANGUAGE"],
    ["[中共中央]", "ORIGINAL_LANGUAGE"],
    ["[Khrushchev]", "INSERTION"],
    ["[…]", "OTHER"],
    ["[...]", "OTHER"],
    ["[illegible]", "OTHER"],
    ["[The translator could not establish the date of this cable in 1957]", "OTHER"],
  ] as const)("%s → %s", (quote, kind) => {
    expect(classifyNote(quote)).toBe(kind);
  });
});

describe("slugFor", () => {
  it("builds a stable kebab-case ASCII slug ending in the date", () => {
    expect(slugFor("Record of a Conversation with Kim Il Sung", "1957-11-13")).toBe(
      "record-of-a-conversation-with-kim-il-sung-1957-11-13",
    );
    expect(slugFor("  Ambassador Ri Sŏng-ch'ŏl's Notes — Straße & Co.  ", "1960-01-02")).toBe(
      "ambassador-ri-song-ch-ol-s-notes-strasse-co-1960-01-02",
    );
  });

  it("truncates the title part at a word boundary to at most 60 characters", () => {
    const slug = slugFor(
      "From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung",
      "1957-11-13",
    );
    expect(slug).toBe("from-the-journal-of-a-m-puzanov-record-of-a-conversation-1957-11-13");
    const title = slug.slice(0, -"-1957-11-13".length);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(slugFor("x".repeat(80), "2000-01-01")).toBe(`${"x".repeat(60)}-2000-01-01`);
    expect(slugFor("Записка", "1957-11-13")).toBe("document-1957-11-13");
  });
});
