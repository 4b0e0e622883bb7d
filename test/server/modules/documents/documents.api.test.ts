import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../../../server/src/core/database.js";
import { importDocument } from "../../../../server/src/content/documents/document-import.service.js";
import { parseExport } from "../../../../server/src/content/documents/export-parser.js";
import { countQueries, DATABASE_KINDS } from "../../../support/databases.js";
import { ROOT, serveForSuite } from "../../../support/server.js";

const SLUG = "puzanov-kim-il-sung-1957-11-13";
const sourceText = fs.readFileSync(`${ROOT}lessons/documents/${SLUG}.txt`, "utf8");

const FULL_DOCUMENT = /* GraphQL */ `
  query Full($slug: String!) {
    document(slug: $slug) {
      id
      slug
      title
      date
      summary
      citation
      sourceUrl
      displayUrl
      archivalReference
      translator
      originalLanguage
      credits
      paragraphs {
        id
        number
        text
        authorText
        notes {
          id
          kind
          quote
          start
          end
          explanation
          parentId
        }
        people {
          slug
        }
      }
      people {
        id
        slug
        name
        role
        description
        identified
        paragraphNumbers
        mentions {
          paragraphNumber
          start
          end
        }
      }
      glossary {
        id
        term
        definition
        paragraphNumbers
        mentions {
          paragraphNumber
          start
          end
        }
      }
      lessons {
        slug
      }
    }
  }
`;

const EVERYTHING = /* GraphQL */ `
  {
    documents {
      slug
      paragraphs {
        number
        text
        authorText
        notes {
          kind
          quote
        }
        people {
          name
        }
      }
      people {
        name
        paragraphNumbers
        mentions {
          paragraphNumber
          start
          end
        }
      }
      glossary {
        term
        paragraphNumbers
        mentions {
          paragraphNumber
        }
      }
    }
  }
`;

describe.each(DATABASE_KINDS)("document API on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("serves the built-in document with its metadata, never inventing what the export lacks", async () => {
    const { data, errors } = await suite.server.gql(FULL_DOCUMENT, { slug: SLUG });
    expect(errors).toBeUndefined();
    const doc = data.document;
    expect(doc).toMatchObject({
      slug: SLUG,
      title: "From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung",
      date: "1957-11-13",
      archivalReference: "AVPRF F. 0102, Op. 13, Delo 5",
      translator: "Gary Goldberg",
      originalLanguage: "Russian",
      sourceUrl: "https://wilson-center.drivingcreative.com/document/115932",
      displayUrl: "https://digitalarchive.wilsoncenter.org/document/115932",
      credits: "This document was made possible with support from ROK Ministry of Unification",
    });
    expect(doc.lessons.length).toBeGreaterThanOrEqual(4);
    expect(doc.citation).toContain("Wilson Center Digital Archive, AVPRF F. 0102, Op. 13, Delo 5.");
    expect(doc.summary).toMatch(/^Kim Il Sung describes a recent meeting with Mao Zedong/);
  });

  it("numbers the 31 paragraphs as the lessons cite them, with exact note offsets", async () => {
    const { data } = await suite.server.gql(FULL_DOCUMENT, { slug: SLUG });
    const paragraphs = data.document.paragraphs as Array<any>;
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(paragraphs[0].text).toMatch(/^from the journal \[handwritten entry SECRET Copy № 2\n/);
    expect(paragraphs[8].text).toContain(
      "could be assessed as interference in the internal affairs of the KWP",
    );
    expect(paragraphs[9].text).toContain(
      "All the Party and our people also supported us in this matter.",
    );
    expect(paragraphs[19].text).toContain("they would like to immediately return to the DPRK");
    expect(paragraphs.slice(20).map((p) => p.text)).toEqual([
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

    const notes = paragraphs.flatMap((p) => p.notes.map((n: any) => ({ ...n, paragraph: p })));
    expect(notes.map((n) => [n.paragraph.number, n.kind, n.quote.slice(0, 20)])).toEqual([
      [1, "ARCHIVAL_MARK", "[handwritten entry S"],
      [3, "SIC", "[sic; November]"],
      [3, "INSERTION", "[Mao]"],
      [5, "INSERTION", "[me]"],
      [20, "ORIGINAL_LANGUAGE", "[s shirokim partiyny"],
      [22, "ARCHIVAL_MARK", "[signature]"],
    ]);
    for (const note of notes) {
      expect(note.paragraph.text.slice(note.start, note.end)).toBe(note.quote);
      expect(note.explanation?.length).toBeGreaterThan(40);
    }
    expect(paragraphs[2].authorText).toMatch(/^On 12 September 1957 a conversation was held/);
    expect(paragraphs[21].authorText).toBe("(A. PUZANOV)");
  });

  it("links people and glossary terms to the words that name them", async () => {
    const { data } = await suite.server.gql(FULL_DOCUMENT, { slug: SLUG });
    const doc = data.document;
    const textOf = (n: number) => doc.paragraphs[n - 1].text as string;
    const slugs = doc.people.map((p: any) => p.slug);
    for (const expected of ["kim-il-sung", "mao-zedong", "peng-dehuai", "zhou-enlai", "zakharov"])
      expect(slugs).toContain(expected);
    expect(doc.people.length).toBeGreaterThanOrEqual(11);
    const zakharov = doc.people.find((p: any) => p.slug === "zakharov");
    expect(zakharov).toMatchObject({ identified: false, paragraphNumbers: [26] });
    const peng = doc.people.find((p: any) => p.slug === "peng-dehuai");
    expect(peng.paragraphNumbers).toEqual([9]);
    expect(peng.mentions.map((m: any) => textOf(m.paragraphNumber).slice(m.start, m.end))).toEqual([
      "Peng Dehuai",
    ]);
    const mao = doc.people.find((p: any) => p.slug === "mao-zedong");
    expect(mao.mentions.map((m: any) => textOf(m.paragraphNumber).slice(m.start, m.end))).toContain(
      "Mao",
    );
    expect(doc.paragraphs[8].people.map((p: any) => p.slug)).toEqual(
      expect.arrayContaining(["mao-zedong", "peng-dehuai"]),
    );

    expect(doc.glossary.length).toBeGreaterThanOrEqual(15);
    for (const term of doc.glossary) {
      expect(term.paragraphNumbers.length, term.term).toBeGreaterThan(0);
      expect(term.paragraphNumbers).toEqual([
        ...new Set(term.mentions.map((m: any) => m.paragraphNumber)),
      ]);
    }
    const ids = [
      doc.id,
      ...doc.paragraphs.map((p: any) => p.id),
      ...doc.people.map((p: any) => p.id),
      ...doc.glossary.map((g: any) => g.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("answers null for an unknown slug or paragraph number", async () => {
    const { data, errors } = await suite.server.gql(
      `{ document(slug: "no-such-document") { id } documents { paragraph(number: 99) { id } p9: paragraph(number: 9) { number } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.document).toBeNull();
    expect(data.documents[0]).toEqual({ paragraph: null, p9: { number: 9 } });
  });

  it("reads every document with all nested lists in a constant number of SQL round trips", async () => {
    // Signed in: anonymous repeats come from the cache of public reads, with no SQL at all.
    const token = (
      await suite.server.gql(`mutation { startGuestSession(displayName: "Reader") { token } }`)
    ).data.startGuestSession.token;
    const auth = { authorization: `Bearer ${token}` };
    const one = await countQueries(suite.database.pool, () =>
      suite.server.gql(EVERYTHING, {}, auth),
    );
    expect(one.result.errors).toBeUndefined();
    await withTransaction(suite.database.pool, (client) =>
      importDocument(
        client,
        parseExport(
          sourceText
            .replace(
              "https://wilson-center.drivingcreative.com/document/115932",
              "https://example.org/copy",
            )
            .replace(/^\*\*From the Journal/m, "**A copy of the Journal"),
        ),
      ),
    );
    const two = await countQueries(suite.database.pool, () =>
      suite.server.gql(EVERYTHING, {}, auth),
    );
    expect(two.result.data.documents).toHaveLength(one.result.data.documents.length + 1);
    expect(two.queries).toBe(one.queries);
    expect(one.queries).toBeLessThanOrEqual(10);
  });

  it("answers /healthz with 200 while the suite.database is reachable", async () => {
    const response = await fetch(`${suite.server.url}/healthz`);
    expect(response.status).toBe(200);
  });
});
