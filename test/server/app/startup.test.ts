import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidContentError } from "../../../server/src/content/content-problems.js";
import { openDatabase } from "../../../server/src/core/database.js";
import { readMigrations } from "../../../server/src/core/migrate.js";
import { prepareDatabase } from "../../../server/src/app/startup.js";
import { createEmptyPostgresDatabase, createTestDatabase } from "../../support/databases.js";
import { LESSONS_DIR } from "../../support/server.js";

describe("start-up on one shared PostgreSQL", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("lets two servers starting together on an empty database both come up, migrating once", async () => {
    const { url, drop } = await createEmptyPostgresDatabase();
    cleanups.push(drop);
    const first = await openDatabase({ databaseUrl: url, dataDir: "" });
    const second = await openDatabase({ databaseUrl: url, dataDir: "" });
    cleanups.push(
      () => first.close(),
      () => second.close(),
    );

    const reports = await Promise.all(
      [first, second].map((db) => prepareDatabase(db.pool, { lessonsDir: LESSONS_DIR })),
    );
    expect(reports.map((r) => r.migrations.length).sort()).toEqual([0, readMigrations().length]);
    // Four built-in documents (the record and three related sources): 31 + 11 + 9 + 10 paragraphs.
    for (const document of [0, 1, 2, 3])
      expect(reports.map((r) => r.documents[document]!.status).sort()).toEqual([
        "created",
        "unchanged",
      ]);
    const { rows } = await first.pool.query(`SELECT count(*)::int AS n FROM paragraphs`);
    expect(rows[0].n).toBe(61);
    // One LTI signing key, made by whichever server took the lock first.
    const keys = await first.pool.query(`SELECT kid FROM lti_keys WHERE retired_at IS NULL`);
    expect(keys.rowCount).toBe(1);

    const again = await prepareDatabase(second.pool, { lessonsDir: LESSONS_DIR });
    expect(again).toEqual({
      migrations: [],
      documents: Array.from({ length: 4 }, () => expect.objectContaining({ status: "unchanged" })),
      content: expect.objectContaining({ status: "unchanged" }),
    });
    expect(reports.map((r) => r.content!.status).sort()).toEqual(["synced", "unchanged"]);
  });
});

describe("start-up with invalid content", () => {
  it("stops with every problem named by file and field, and writes nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lessons-"));
    fs.cpSync(LESSONS_DIR, dir, { recursive: true });
    const annotations = path.join(dir, "documents", "puzanov-kim-il-sung-1957-11-13");
    const people = fs.readFileSync(path.join(annotations, "people.yaml"), "utf8");
    fs.writeFileSync(
      path.join(annotations, "people.yaml"),
      people.replace(`names: ["Peng Dehuai"]`, `names: ["Peng Dehuai", "Peng Dehuay"]`),
    );
    fs.writeFileSync(
      path.join(annotations, "notes.yaml"),
      '- paragraph: 3\n  quote: "[sic; November]"\n  kind: SIC\n',
    );

    const database = await createTestDatabase("pglite");
    try {
      const error = await prepareDatabase(database.pool, { lessonsDir: dir }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidContentError);
      const message = (error as Error).message;
      expect(message).toMatch(
        /people\.yaml: \[\d+\]\.names\[\d+\]: "Peng Dehuay" does not occur in the document/,
      );
      expect(message).toMatch(/notes\.yaml: \[0\]\.explanation: /);
      const { rows } = await database.pool.query(`SELECT to_regclass('documents') AS t`);
      expect(rows[0].t).toBeNull();
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
