import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../../../server/src/core/database.js";
import { prepareDatabase } from "../../../../server/src/app/startup.js";
import {
  importDocument,
  ImportRefusedError,
} from "../../../../server/src/content/documents/document-import.service.js";
import { parseExport } from "../../../../server/src/content/documents/export-parser.js";
import {
  createTestDatabase,
  DATABASE_KINDS,
  type TestDatabase,
} from "../../../support/databases.js";
import { LESSONS_DIR, ROOT } from "../../../support/server.js";

const source = fs.readFileSync(
  `${ROOT}lessons/documents/puzanov-kim-il-sung-1957-11-13.txt`,
  "utf8",
);

/** A second, different export: another URL and title, the same body. */
const otherExport = (
  body = "First paragraph of the record.\n\nSecond paragraph, with [a note].\n\nThird paragraph.",
) =>
  [
    "December 17, 1957",
    "",
    "**Journal of Ambassador A. M. Puzanov, 17 December 1957**",
    "",
    "Citation:",
    "",
    '"Journal of Ambassador A. M. Puzanov, 17 December 1957", December 17, 1957, Wilson Center Digital Archive, AVPRF F. 0102, Op. 13, Delo 5. Translated for NKIDP by Gary Goldberg.',
    "<https://digitalarchive.wilsoncenter.org/document/91902>",
    "",
    "Original Language:",
    "",
    "Russian",
    "",
    "Contents:",
    "",
    "English Translation",
    "",
    body,
  ].join("\n");

describe.each(DATABASE_KINDS)("importing archive exports on %s", (kind) => {
  let database: TestDatabase;
  const save = (text: string, force = false) =>
    withTransaction(database.pool, (client) =>
      importDocument(client, parseExport(text), { force }),
    );
  const paragraphs = async (slug: string) =>
    (
      await database.pool.query<{ id: string; number: number; text: string }>(
        `SELECT p.id::text AS id, p.number, p.text FROM paragraphs p JOIN documents d ON d.id = p.document_id WHERE d.slug = $1 ORDER BY p.number`,
        [slug],
      )
    ).rows;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await prepareDatabase(database.pool, { lessonsDir: LESSONS_DIR });
  });
  afterAll(() => database?.close());

  it("imports a new export under a slug made from its title and date", async () => {
    const result = await save(otherExport());
    expect(result).toEqual({
      slug: "journal-of-ambassador-a-m-puzanov-17-december-1957-1957-12-17",
      status: "created",
      paragraphs: 3,
      notes: 1,
    });
    expect((await paragraphs(result.slug)).map((p) => p.text)).toEqual([
      "First paragraph of the record.",
      "Second paragraph, with [a note].",
      "Third paragraph.",
    ]);
  });

  it("updates a re-imported export in place, keeping the ids of unchanged paragraphs", async () => {
    const slug = "journal-of-ambassador-a-m-puzanov-17-december-1957-1957-12-17";
    const before = await paragraphs(slug);
    expect((await save(otherExport())).status).toBe("unchanged");
    const edited = await save(
      otherExport(
        "First paragraph of the record.\n\nSecond paragraph, with [a note] corrected.\n\nThird paragraph.",
      ),
    );
    expect(edited).toMatchObject({ slug, status: "updated" });
    const after = await paragraphs(slug);
    expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect(after[1]!.text).toBe("Second paragraph, with [a note] corrected.");
    const { rows } = await database.pool.query(
      `SELECT count(*)::int AS n FROM documents WHERE slug LIKE 'journal-of-ambassador%'`,
    );
    expect(rows[0].n).toBe(1);
  });

  it("renumbers an uncited document, moving paragraph ids with their text", async () => {
    const slug = "journal-of-ambassador-a-m-puzanov-17-december-1957-1957-12-17";
    const before = await paragraphs(slug);
    await save(
      otherExport(
        "A new opening paragraph.\n\nFirst paragraph of the record.\n\nSecond paragraph, with [a note] corrected.\n\nThird paragraph.",
      ),
    );
    const after = await paragraphs(slug);
    expect(after.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(after.slice(1).map((p) => p.id)).toEqual(before.map((p) => p.id));
  });

  it("refuses to renumber a cited document without --force, and changes nothing", async () => {
    const slug = "journal-of-ambassador-a-m-puzanov-17-december-1957-1957-12-17";
    await database.pool.query(
      `INSERT INTO glossary_terms (document_id, slug, position, term, definition) SELECT id, 'record', 1, 'record', 'A written account.' FROM documents WHERE slug = $1`,
      [slug],
    );
    const before = await paragraphs(slug);
    await expect(save(otherExport("Only one paragraph now."))).rejects.toThrow(ImportRefusedError);
    await expect(save(otherExport("Only one paragraph now."))).rejects.toThrow(
      /renumber its paragraphs \(4 → 1\).*--force/,
    );
    expect(await paragraphs(slug)).toEqual(before);
    expect(await save(otherExport("Only one paragraph now."), true)).toMatchObject({
      status: "updated",
      paragraphs: 1,
    });
  });

  it("refuses to overwrite the built-in document with a different text, and accepts the same text", async () => {
    expect(await save(source)).toMatchObject({
      slug: "puzanov-kim-il-sung-1957-11-13",
      status: "unchanged",
      paragraphs: 31,
    });
    await expect(save(source.replace("very warm, comradely", "warm"))).rejects.toThrow(/built in/);
  });

  it("gives a second export with the same title and date but another source its own slug", async () => {
    const first = await save(otherExport().replace("document/91902", "document/1"));
    const second = await save(otherExport().replace("document/91902", "document/2"));
    expect(first.slug).toBe("journal-of-ambassador-a-m-puzanov-17-december-1957-1957-12-17-2");
    expect(second.slug).toBe("journal-of-ambassador-a-m-puzanov-17-december-1957-1957-12-17-3");
  });
});
