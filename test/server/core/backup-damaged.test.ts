import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { END_OF_TABLE } from "../../../server/src/core/backup/backup-format.js";
import { writeBackup } from "../../../server/src/core/backup/backup.js";
import { loadBackup } from "../../../server/src/core/backup/restore.js";
import { DATABASE_KINDS, type TestDatabase } from "../../support/databases.js";
import { createPreparedTestDatabase } from "../../support/prepared-databases.js";
import { everyRow } from "../../support/table-counts.js";

// Restoring streams each table's rows into its COPY as it reads them; a file found damaged part
// way through is refused whole, and the database keeps every row it had.
describe.each(DATABASE_KINDS)("restoring a damaged backup (%s)", (kind) => {
  let database: TestDatabase;
  let lines: string[];
  let before: Record<string, string[]>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-damaged-"));
  const fileOf = (name: string, content: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${content.join("\n")}\n`);
    return file;
  };

  beforeAll(async () => {
    database = await createPreparedTestDatabase(kind);
    const file = path.join(dir, "whole.backup");
    await writeBackup(database, file);
    lines = fs.readFileSync(file, "utf8").split("\n").slice(0, -1);
    before = await everyRow(database.pool);
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The index of the last row line of the largest table block: a row there can go missing. */
  function aRowLine(): number {
    let best = { start: -1, rows: 0 };
    let start = -1;
    lines.forEach((line, i) => {
      if (line.startsWith("COPY ")) start = i;
      else if (line === END_OF_TABLE && i - start - 1 > best.rows)
        best = { start, rows: i - start - 1 };
    });
    return best.start + best.rows;
  }

  it("refuses a file cut off in a table's rows, a missing row and trailing lines, changing nothing", async () => {
    const cut = aRowLine();
    const damaged = {
      "cut.backup": [lines.slice(0, cut), /ends before its last table/],
      "short.backup": [
        [...lines.slice(0, cut), ...lines.slice(cut + 1)],
        /has \d+ rows, its header says \d+/,
      ],
      "trailing.backup": [
        [...lines, 'COPY "extra" ("id") FROM stdin;'],
        /expected the block of no table/,
      ],
    } as const;
    for (const [name, [content, message]] of Object.entries(damaged)) {
      await expect(loadBackup(database, fileOf(name, [...content]))).rejects.toThrow(message);
      expect(await everyRow(database.pool)).toEqual(before);
    }
  });

  it("loads the whole file, every row as it was", async () => {
    await loadBackup(database, fileOf("again.backup", lines));
    expect(await everyRow(database.pool)).toEqual(before);
  });
});
