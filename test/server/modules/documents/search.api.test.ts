import fs from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../../../server/src/core/database.js";
import { importDocument } from "../../../../server/src/content/documents/document-import.service.js";
import { parseExport } from "../../../../server/src/content/documents/export-parser.js";
import { countQueries, DATABASE_KINDS } from "../../../support/databases.js";
import { ROOT, serveForSuite } from "../../../support/server.js";

const MAIN = "puzanov-kim-il-sung-1957-11-13";
const FIXTURE = fs.readFileSync(`${ROOT}test/fixtures/exports/test-telegram.txt`, "utf8");

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int, $after: String, $documentSlug: String) {
    search(query: $query, first: $first, after: $after, documentSlug: $documentSlug) {
      edges {
        cursor
        node {
          rank
          ranges {
            start
            end
          }
          document {
            slug
            title
          }
          paragraph {
            id
            number
            text
            notes {
              kind
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Hit {
  rank: number;
  ranges: Array<{ start: number; end: number }>;
  document: { slug: string; title: string };
  paragraph: { id: string; number: number; text: string };
}

describe.each(DATABASE_KINDS)("full-text search over HTTP, on %s", (kind) => {
  const suite = serveForSuite(kind);
  let auth: Record<string, string>;
  let secondSlug: string;

  const search = (variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    suite.server.gql(SEARCH, variables, headers);
  const hitsOf = async (variables: Record<string, unknown>): Promise<Hit[]> => {
    // Signed in: the shared cache of anonymous reads may answer from before an import for a second.
    const result = await search({ first: 50, ...variables }, auth);
    expect(result.errors).toBeUndefined();
    return result.data.search.edges.map((edge: { node: Hit }) => edge.node);
  };
  /** The lexemes PostgreSQL makes of some text. */
  const lexemesOf = async (text: string): Promise<string[]> => {
    const { rows } = await suite.database.pool.query<{ lexeme: string }>(
      `SELECT unnest(tsvector_to_array(to_tsvector('english', $1))) AS lexeme`,
      [text],
    );
    return rows.map((row) => row.lexeme);
  };

  beforeAll(async () => {
    const imported = await withTransaction(suite.database.pool, (client) =>
      importDocument(client, parseExport(FIXTURE)),
    );
    secondSlug = imported.slug;
    const token = (
      await suite.server.gql(`mutation { startGuestSession(displayName: "Searcher") { token } }`)
    ).data.startGuestSession.token;
    auth = { authorization: `Bearer ${token}` };
  });

  it("finds stemmed words in every document and gives the exact offsets of the words that match", async () => {
    const hits = await hitsOf({ query: "interfere" });
    const slugs = new Set(hits.map((hit) => hit.document.slug));
    // Ponomarev's telegram, one of the related sources, speaks of "interference" too.
    expect(slugs).toEqual(new Set([MAIN, "ponomarev-telegram-1956-09-26", secondSlug]));
    for (const hit of hits) {
      expect(hit.ranges.length).toBeGreaterThan(0);
      for (const { start, end } of hit.ranges)
        expect(hit.paragraph.text.slice(start, end)).toMatch(/^(non-)?interfer(e|ed|es|ence)$/i);
    }
    const telegram = hits.find((h) => h.document.slug === secondSlug && h.paragraph.number === 2)!;
    expect(telegram.ranges.map((r) => telegram.paragraph.text.slice(r.start, r.end))).toEqual([
      "interference",
    ]);
    const compound = hits.find((h) => h.document.slug === secondSlug && h.paragraph.number === 3)!;
    // A hyphenated word: the part that matches, not the whole compound.
    const [part] = compound.ranges;
    expect(compound.ranges).toHaveLength(1);
    expect(compound.paragraph.text.slice(part.start - 4, part.end)).toBe("non-interference");
  });

  it("orders by rank, then document, then paragraph number, and pages through every hit with opaque cursors", async () => {
    const all = await hitsOf({ query: "Kim or party or friendship" });
    expect(all.length).toBeGreaterThan(6);
    for (let i = 1; i < all.length; i++) expect(all[i].rank).toBeLessThanOrEqual(all[i - 1].rank);
    const paged: Hit[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result = await search({ query: "Kim or party or friendship", first: 3, after });
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo } = result.data.search;
      paged.push(...edges.map((edge: { node: Hit }) => edge.node));
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(paged.map((h) => h.paragraph.id)).toEqual(all.map((h) => h.paragraph.id));
    expect(after).not.toBeNull();
    expect(() => JSON.parse(after!)).toThrow();
  });

  it("keeps quoted phrases together, leaves out -excluded words, and searches one document when asked", async () => {
    const phrase = await hitsOf({ query: '"fraternal party"' });
    expect(phrase.map((h) => [h.document.slug, h.paragraph.number])).toEqual([[secondSlug, 2]]);
    expect(phrase[0].ranges.map((r) => phrase[0].paragraph.text.slice(r.start, r.end))).toEqual([
      "fraternal",
      "party",
    ]);
    const excluded = await hitsOf({ query: "interference -meddling" });
    expect(excluded.some((h) => h.document.slug === secondSlug && h.paragraph.number === 2)).toBe(
      false,
    );
    expect(excluded.length).toBeGreaterThan(0);
    const one = await hitsOf({ query: "interference", documentSlug: MAIN });
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((h) => h.document.slug === MAIN)).toBe(true);
    expect(await hitsOf({ query: "interference", documentSlug: "no-such-document" })).toEqual([]);
  });

  it.each([
    ["an empty query", { query: "   " }],
    ["a query of stop words only", { query: "the of and" }],
    ["a query that only excludes", { query: "-Kim" }],
    ["first below 1", { query: "Kim", first: 0 }],
    ["first above 50", { query: "Kim", first: 51 }],
    ["a cursor that is not one of ours", { query: "Kim", after: "bm9wZQ" }],
    ["a very long query", { query: "Kim ".repeat(60) }],
  ])("refuses %s with BAD_USER_INPUT", async (_, variables) => {
    const result = await search(variables);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message.length).toBeGreaterThan(10);
    expect(result.data?.search ?? null).toBeNull();
  });

  it("costs the same number of SQL statements for one hit as for fifty", async () => {
    const one = await countQueries(suite.database.pool, () =>
      search({ query: '"fraternal party"', first: 50 }, auth),
    );
    const many = await countQueries(suite.database.pool, () =>
      search({ query: "Kim or party or Mao or friendship or Korean", first: 50 }, auth),
    );
    expect(one.result.data.search.edges).toHaveLength(1);
    expect(many.result.data.search.edges.length).toBeGreaterThan(10);
    expect(many.queries).toBe(one.queries);
    expect(many.queries).toBeLessThanOrEqual(6);
  });

  it("gives ranges that are whole words whose stem is the word searched for (property)", async () => {
    const texts = (await hitsOf({ query: "Kim or friendship or delegation" })).map(
      (h) => h.paragraph.text,
    );
    // PostgreSQL's parser reads "<never>" as a markup tag, not a word: such words are not indexed.
    const prose = texts.join(" ").replace(/<[^>]*>/g, " ");
    const words = [...new Set(prose.match(/[A-Za-z][A-Za-z'-]{3,}/g) ?? [])];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...words), async (word) => {
        const wanted = await lexemesOf(word);
        fc.pre(wanted.length > 0);
        const hits = await hitsOf({ query: word });
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits)
          for (const { start, end } of hit.ranges) {
            const slice = hit.paragraph.text.slice(start, end);
            expect(/[\p{L}\p{N}]/u.test(hit.paragraph.text[start - 1] ?? " ")).toBe(false);
            expect(/[\p{L}\p{N}]/u.test(hit.paragraph.text[end] ?? " ")).toBe(false);
            const found = await lexemesOf(slice);
            expect(
              found.some((lexeme) => wanted.includes(lexeme)),
              slice,
            ).toBe(true);
          }
      }),
      { numRuns: 25 },
    );
  });

  it("keeps the index current when an import changes a paragraph", async () => {
    expect(await hitsOf({ query: "vintage" })).toEqual([]);
    await withTransaction(suite.database.pool, (client) =>
      importDocument(client, parseExport(FIXTURE.replace("the harvest", "the vintage"))),
    );
    const hits = await hitsOf({ query: "vintage" });
    expect(hits.map((h) => [h.document.slug, h.paragraph.number])).toEqual([[secondSlug, 4]]);
    expect(
      (await hitsOf({ query: "harvest" })).filter((h) => h.document.slug === secondSlug),
    ).toEqual([]);
  });
});
