import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { InvalidContentError } from "../../../../server/src/content/content-problems.js";
import { prepareDatabase } from "../../../../server/src/app/startup.js";
import {
  createTestDatabase,
  DATABASE_KINDS,
  type TestDatabase,
} from "../../../support/databases.js";
import { LESSONS_DIR } from "../../../support/server.js";

/** A private copy of lessons/ that a test may edit. */
function copyLessons(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lessons-sync-"));
  fs.cpSync(LESSONS_DIR, dir, { recursive: true });
  return dir;
}

function editYaml(file: string, edit: (data: any) => void): void {
  const data = parse(fs.readFileSync(file, "utf8"));
  edit(data);
  fs.writeFileSync(file, stringify(data));
}

describe.each(DATABASE_KINDS)("syncing content on %s", (kind) => {
  let database: TestDatabase;
  let dir: string;
  const itemIds = async () =>
    new Map(
      (
        await database.pool.query<{ key: string; id: string; retired: boolean }>(
          `SELECT content_key AS key, id::text AS id, retired FROM items`,
        )
      ).rows.map((row) => [row.key, row]),
    );
  const optionKeys = async () =>
    (
      await database.pool.query<{ key: string }>(
        `SELECT item_id || ':' || role || ':' || content_key || '=' || public_key AS key FROM item_options ORDER BY 1`,
      )
    ).rows.map((r) => r.key);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dir = copyLessons();
    await prepareDatabase(database.pool, { lessonsDir: dir });
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every id when content changes, and retires what leaves the files instead of deleting it", async () => {
    const before = await itemIds();
    const optionsBefore = await optionKeys();
    const setFile = path.join(
      dir,
      "question-sets",
      fs.readdirSync(path.join(dir, "question-sets")).sort()[0]!,
    );
    let removed = "";
    let edited = "";
    editYaml(setFile, (set) => {
      removed = set.questions.pop().id;
      edited = set.questions[0].id;
      set.questions[0].prompt = `${set.questions[0].prompt} (reworded)`;
    });

    const report = await prepareDatabase(database.pool, { lessonsDir: dir });
    expect(report.content?.status).toBe("synced");
    const after = await itemIds();
    for (const [key, row] of before) expect(after.get(key)?.id, key).toBe(row.id);
    expect(after.get(removed)?.retired).toBe(true);
    expect(after.get(edited)?.retired).toBe(false);
    const { rows } = await database.pool.query(`SELECT prompt FROM items WHERE content_key = $1`, [
      edited,
    ]);
    expect(rows[0].prompt).toMatch(/\(reworded\)$/);
    const optionsAfter = new Set(await optionKeys());
    for (const option of optionsBefore) expect(optionsAfter.has(option), option).toBe(true);
  });

  it("does not write unchanged content again", async () => {
    const { rows: before } = await database.pool.query(`SELECT version FROM content_state`);
    expect((await prepareDatabase(database.pool, { lessonsDir: dir })).content?.status).toBe(
      "unchanged",
    );
    const { rows: after } = await database.pool.query(`SELECT version FROM content_state`);
    expect(after[0].version).toBe(before[0].version);
  });

  it("refuses invalid content with every problem named, and changes nothing", async () => {
    const lessonFile = path.join(
      dir,
      fs.readdirSync(dir).find((f) => fs.existsSync(path.join(dir, f, "lesson.yaml")))!,
      "lesson.yaml",
    );
    editYaml(lessonFile, (lesson) => {
      delete lesson.title;
    });
    const setFile = path.join(
      dir,
      "question-sets",
      fs.readdirSync(path.join(dir, "question-sets")).sort()[1]!,
    );
    editYaml(setFile, (set) => {
      set.questions[0].paragraphs = [99];
    });
    const { rows: before } = await database.pool.query(`SELECT content_hash FROM content_state`);
    const error = await prepareDatabase(database.pool, { lessonsDir: dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidContentError);
    expect((error as Error).message).toMatch(/lesson\.yaml: title: /);
    expect((error as Error).message).toMatch(/\.yaml: questions\[0\]\.paragraphs\[0\]: .*99/);
    const { rows: after } = await database.pool.query(`SELECT content_hash FROM content_state`);
    expect(after).toEqual(before);
  });
});
