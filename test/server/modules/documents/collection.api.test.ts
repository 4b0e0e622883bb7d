import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../../../server/src/core/database.js";
import { importDocument } from "../../../../server/src/content/documents/document-import.service.js";
import { parseExport } from "../../../../server/src/content/documents/export-parser.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { ROOT, serveForSuite } from "../../../support/server.js";

const RECORD = "puzanov-kim-il-sung-1957-11-13";
const MIKOYAN = "mikoyan-telegram-1956-09-17";
const PONOMAREV = "ponomarev-telegram-1956-09-26";
const ZHANG = "zhang-wentian-yudin-1958-01-23";

const COLLECTION = /* GraphQL */ `
  {
    documents {
      slug
      date
      title
      origin
      imported
      originalLanguage
      summary
    }
  }
`;

const DOCUMENT = /* GraphQL */ `
  query Document($slug: String!) {
    document(slug: $slug) {
      slug
      title
      date
      citation
      sourceUrl
      displayUrl
      archivalReference
      translator
      originalLanguage
      origin
      imported
      paragraphs {
        number
        text
        notes {
          kind
          quote
          start
          end
          explanation
        }
      }
      people {
        slug
        name
        role
        identified
        mentions {
          paragraphNumber
          start
          end
        }
      }
      glossary {
        slug
        term
        mentions {
          paragraphNumber
          start
          end
        }
      }
      citedBy {
        lessonSlug
        lessonTitle
        stepTitle
        itemId
        prompt
        paragraphNumbers
      }
    }
  }
`;

type Span = { paragraphNumber: number; start: number; end: number };

describe.each(DATABASE_KINDS)("the collection of sources on %s", (kind) => {
  const suite = serveForSuite(kind);
  const read = async (slug: string) => {
    const { data, errors } = await suite.server.gql(DOCUMENT, { slug });
    expect(errors).toBeUndefined();
    const doc = data.document;
    const words = (spans: Span[]) =>
      spans.map((m) => doc.paragraphs[m.paragraphNumber - 1].text.slice(m.start, m.end));
    const person = (slug: string) => doc.people.find((p: any) => p.slug === slug);
    const term = (slug: string) => doc.glossary.find((t: any) => t.slug === slug);
    return { doc, words, person, term };
  };

  it("loads the record and the three related sources at start, by date, none of them imported", async () => {
    const { data, errors } = await suite.server.gql(COLLECTION);
    expect(errors).toBeUndefined();
    expect(
      data.documents.map((d: any) => [d.slug, d.date, d.origin, d.imported, d.originalLanguage]),
    ).toEqual([
      [MIKOYAN, "1956-09-17", "SOVIET", false, "Russian"],
      [PONOMAREV, "1956-09-26", "SOVIET", false, "Russian"],
      [RECORD, "1957-11-13", "SOVIET", false, "Russian"],
      [ZHANG, "1958-01-23", "CHINESE", false, "Chinese"],
    ]);
    for (const doc of data.documents) expect(doc.summary.length).toBeGreaterThan(40);
  });

  it("serves Mikoyan's telegram with its notes explained and its people linked to their names", async () => {
    const { doc, words, person, term } = await read(MIKOYAN);
    expect(doc).toMatchObject({
      title: "Telegram from A. Mikoyan to the CPSU Central Committee",
      sourceUrl: "https://digitalarchive.wilsoncenter.org/document/120205",
      displayUrl: "https://digitalarchive.wilsoncenter.org/document/120205",
      archivalReference: "GARF, Fond 5446, Opis 98c",
      translator: null,
    });
    expect(doc.paragraphs.map((p: any) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const notes = doc.paragraphs.flatMap((p: any) => p.notes);
    expect(notes.map((n: any) => [n.kind, n.quote.slice(0, 12)])).toEqual([
      ["INSERTION", "[to the]"],
      ["INSERTION", "[we]"],
      ["INSERTION", "[come]"],
      ["ARCHIVAL_MARK", "[handwritten"],
    ]);
    for (const note of notes) expect(note.explanation.length).toBeGreaterThan(40);
    expect(words(person("mikoyan").mentions)).toEqual(["A. Mikoyan"]);
    expect(person("mikoyan").mentions[0].paragraphNumber).toBe(10);
    expect(words(person("kim-il-sung").mentions)).toEqual(["Kim Il Sung", "Kim Il Sung"]);
    expect(person("chistov")).toMatchObject({ identified: false });
    expect(words(term("kwp").mentions)).toEqual([
      "KWP",
      "Korean Worker's Party",
      "Korean Worker's Party",
    ]);
    expect(words(term("politburo").mentions)).toEqual(["Politburo", "Politburo"]);
  });

  it("serves Ponomarev's telegram with nothing invented for what its export lacks", async () => {
    const { doc, words, person, term } = await read(PONOMAREV);
    expect(doc).toMatchObject({
      sourceUrl: null,
      displayUrl: null,
      archivalReference: null,
      translator: null,
      origin: "SOVIET",
    });
    expect(doc.paragraphs).toHaveLength(9);
    expect(doc.paragraphs[5].text).toContain(
      "nothing less than the interference of two older brothers in the internal affairs of the Korean Worker's Party",
    );
    const last = doc.paragraphs[8];
    expect(last.notes).toEqual([
      expect.objectContaining({ kind: "ARCHIVAL_MARK", start: 0, end: last.text.length }),
    ]);
    expect(words(person("ponomarev").mentions)).toEqual(["PONOMAREV"]);
    expect(words(person("shi-zhe").mentions)).toEqual(["Shi Zhe", "Shi Zhe"]);
    expect(person("shi-zhe").mentions.map((m: Span) => m.paragraphNumber)).toEqual([3, 6]);
    expect(words(person("peng-dehuai").mentions)).toEqual(["Peng Dehuai", "Peng Dehuai"]);
    expect(person("ivanov")).toMatchObject({ identified: false });
    expect(words(person("ivanov").mentions)).toEqual(["Ivanov"]);
    expect(words(term("interference-in-internal-affairs").mentions)).toEqual([
      "interference of two older brothers in the internal affairs",
    ]);
  });

  it("serves the Zhang Wentian–Yudin minutes, telling its two identical notes apart", async () => {
    const { doc, words, person, term } = await read(ZHANG);
    expect(doc).toMatchObject({
      origin: "CHINESE",
      translator: "Jeffrey Wang and Charles Kraus",
      archivalReference: "PRC FMA 109-00828-05, 44-45",
    });
    const north = doc.paragraphs[6].notes.filter((n: any) => n.quote === "[North]");
    expect(north).toHaveLength(2);
    expect(north[0].explanation).not.toBe(north[1].explanation);
    expect(words(person("yudin").mentions)).toEqual(["Pavel Yudin", "Yudin"]);
    expect(words(person("zhang-wentian").mentions)).toEqual(["Zhang Wentian"]);
    expect(words(person("fang-zu-an").mentions)).toEqual(["Fang Zu’An"]);
    expect(words(term("chinese-peoples-volunteers").mentions)).toEqual([
      "Chinese People’s Volunteer Army",
      "Chinese People’s Volunteer Army",
    ]);
  });

  it("lists where the lessons cite each document, with the paragraphs cited", async () => {
    const record = (await read(RECORD)).doc.citedBy;
    expect(new Set(record.map((c: any) => c.lessonSlug)).size).toBe(4);
    const questions = record.filter((c: any) => c.itemId !== null);
    expect(questions.length).toBeGreaterThanOrEqual(39);
    for (const citation of questions) expect(citation.prompt.length).toBeGreaterThan(10);
    expect(record.find((c: any) => c.paragraphNumbers.includes(12))).toBeDefined();

    const zhang = (await read(ZHANG)).doc.citedBy;
    expect(zhang).toContainEqual(
      expect.objectContaining({
        lessonSlug: "corroborating-the-record",
        itemId: null,
        prompt: null,
        paragraphNumbers: [5, 7, 8],
      }),
    );
    // The items that offer passages of a related document cite it, each once: in lesson 4 an
    // evidence question and an exercise for each telegram or the minutes they pair with the record.
    const offering = (citations: any[]) => citations.filter((c) => c.itemId !== null);
    expect(offering(zhang)).toEqual([
      expect.objectContaining({ lessonSlug: "corroborating-the-record", paragraphNumbers: [7, 8] }),
      expect.objectContaining({ lessonSlug: "corroborating-the-record", paragraphNumbers: [7, 8] }),
    ]);
    const ponomarev = (await read(PONOMAREV)).doc.citedBy;
    expect(ponomarev).toContainEqual(
      expect.objectContaining({
        lessonSlug: "corroborating-the-record",
        itemId: null,
        paragraphNumbers: [3, 6, 7],
      }),
    );
    expect(offering(ponomarev)).toEqual([
      expect.objectContaining({ lessonSlug: "corroborating-the-record", paragraphNumbers: [6] }),
      expect.objectContaining({ lessonSlug: "corroborating-the-record", paragraphNumbers: [3, 6] }),
    ]);
    const mikoyan = (await read(MIKOYAN)).doc.citedBy;
    expect(mikoyan).toContainEqual(
      expect.objectContaining({ lessonSlug: "context-1956-1957", paragraphNumbers: [8] }),
    );
    expect(offering(mikoyan)).toEqual([
      expect.objectContaining({ lessonSlug: "corroborating-the-record", paragraphNumbers: [6, 8] }),
    ]);
  });

  it("marks a document added with the importer as imported, without an origin", async () => {
    const text = fs
      .readFileSync(`${ROOT}lessons/documents/${RECORD}.txt`, "utf8")
      .replace("https://wilson-center.drivingcreative.com/document/115932", "https://example.org/c")
      .replace(/^\*\*From the Journal/m, "**A copy of the Journal");
    const saved = await withTransaction(suite.database.pool, (client) =>
      importDocument(client, parseExport(text)),
    );
    // Signed in: an anonymous read may come from the cache of public reads for up to a second.
    const token = (
      await suite.server.gql(`mutation { startGuestSession(displayName: "Reader") { token } }`)
    ).data.startGuestSession.token;
    const { data } = await suite.server.gql(COLLECTION, {}, { authorization: `Bearer ${token}` });
    const imported = data.documents.find((d: any) => d.slug === saved.slug);
    expect(imported).toMatchObject({ imported: true, origin: null, date: "1957-11-13" });
    const { data: one } = await suite.server.gql(
      DOCUMENT,
      { slug: saved.slug },
      { authorization: `Bearer ${token}` },
    );
    expect(one.document.citedBy).toEqual([]);
  });
});
