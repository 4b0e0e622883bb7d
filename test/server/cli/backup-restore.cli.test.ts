import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sequences } from "../../../server/src/core/backup/catalog.js";
import { lockDataDir } from "../../../server/src/core/data-dir-lock.js";
import { type Database, openDatabase, type Queryable } from "../../../server/src/core/database.js";
import { decodeId } from "../../../server/src/core/ids.js";
import { loadContent } from "../../../server/src/content/lessons/load-content.js";
import { classWithWork } from "../../support/assignment-work.js";
import { runCli } from "../../support/cli.js";
import { createEmptyPostgresDatabase, DATABASE_KINDS } from "../../support/databases.js";
import { PLAYER_LESSON, servedItems } from "../../support/lesson-answers.js";
import { LESSONS_DIR, startTestServer } from "../../support/server.js";
import { everyRow } from "../../support/table-counts.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "backup-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let places = 0;
const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

/** A new, empty place for a database of the kind: the CLI's environment, and how to open it. */
async function newPlace(
  kind: string,
): Promise<{ env: Record<string, string>; dataDir: string; open: () => Promise<Database> }> {
  if (kind === "pglite") {
    const dataDir = path.join(tmp, `data-${++places}`);
    return { env: { DATA_DIR: dataDir }, dataDir, open: () => openDatabase({ dataDir }) };
  }
  const { url, drop } = await createEmptyPostgresDatabase();
  drops.push(drop);
  return {
    env: { DATABASE_URL: url },
    dataDir: "",
    open: () => openDatabase({ databaseUrl: url, dataDir: "" }),
  };
}

/** Every row of every table but the migrations' own log (its times are the restore's), and every sequence. */
async function contents(open: () => Promise<Database>) {
  const database = await open();
  try {
    const { schema_migrations: migrations, ...rows } = await everyRow(database.pool);
    const versions = migrations!.map((row) => row.split(",")[0]);
    return { rows, versions, sequences: await sequences(database.pool) };
  } finally {
    await database.close();
  }
}

/**
 * The class's assignment posts grades to an LMS: its students are linked, and returning their
 * work queued their scores. Loading attempts must not queue them again (the triggers are off).
 */
async function linkToLms(
  db: Queryable,
  work: { assignment: { id: string }; students: Array<{ id: string }> },
) {
  const issuer = "https://lms.example";
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO lti_platforms (issuer, client_id, auth_login_url, token_url, jwks_url)
     VALUES ($1, 'tool', $1 || '/auth', $1 || '/token', $1 || '/jwks') RETURNING id::text AS "id"`,
    [issuer],
  );
  const assignmentId = decodeId("Assignment", work.assignment.id);
  await db.query(
    `INSERT INTO lti_resource_links (issuer, deployment_id, resource_link_id, assignment_id,
       ags_platform_id, ags_lineitem, ags_scopes)
     VALUES ($1, 'd1', 'link-1', $2, $3, $1 || '/lineitems/1',
       ARRAY['https://purl.imsglobal.org/spec/lti-ags/scope/score'])`,
    [issuer, assignmentId, rows[0]!.id],
  );
  for (const [n, student] of work.students.entries())
    await db.query(`INSERT INTO lti_users (issuer, sub, user_id) VALUES ($1, $2, $3)`, [
      issuer,
      `sub-${n}`,
      decodeId("User", student.id),
    ]);
  await db.query(`UPDATE attempts SET returned_at = now() WHERE assignment_id = $1`, [
    assignmentId,
  ]);
}

describe.each(DATABASE_KINDS)("npm run backup and npm run restore (%s)", (kind) => {
  it("round-trips a class with its attempts, and refuses a database that holds data without --force", async () => {
    const source = await newPlace(kind);
    const database = await source.open();
    const server = await startTestServer(database.pool);
    const content = (await loadContent(LESSONS_DIR)).content;
    const slug = content.lessons[0]!.slug;
    const items = servedItems((await server.gql(PLAYER_LESSON, { slug })).data.lesson);
    const work = await classWithWork(server, { content, slug, items: items.slice(0, 3) }, 2);
    await linkToLms(database.pool, work);
    await server.close();
    await database.close();

    const file = path.join(tmp, `${kind}.backup`);
    const backup = await runCli("backup", [file], source.env);
    expect(backup.stderr).toBe("");
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.stdout).toMatch(/^backed up \d+ tables \(\d+ rows\) at migration \d{4} to /);
    const header = JSON.parse(fs.readFileSync(file, "utf8").split("\n")[0]!);
    const count = (name: string) =>
      header.tables.find((t: { name: string }) => t.name === name).rows;
    expect([count("attempts"), count("responses"), count("class_students")]).toEqual([2, 6, 2]);
    const order = header.tables.map((t: { name: string }) => t.name);
    expect(order.indexOf("users")).toBeLessThan(order.indexOf("attempts"));
    expect(order.indexOf("attempts")).toBeLessThan(order.indexOf("responses"));

    const target = await newPlace(kind);
    const restored = await runCli("restore", [file], target.env);
    expect(restored.stderr).toBe("");
    expect(restored.stdout).toContain(`restored ${header.tables.length} tables`);
    const original = await contents(source.open);
    expect(original.rows.responses).toHaveLength(6);
    expect(original.rows.lti_score_outbox).toHaveLength(2);
    expect(await contents(target.open)).toEqual(original);

    const refused = await runCli("restore", [file], target.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/restore: the database is not empty \(.*hold rows\): .*--force/);
    const forced = await runCli("restore", [file, "--force"], target.env);
    expect(forced).toMatchObject({ code: 0 });
    expect(await contents(target.open)).toEqual(original);
  }, 300_000);

  it("refuses a backup of another migration, a file that is not a backup, and (embedded) a database a server holds", async () => {
    const source = await newPlace(kind);
    const database = await source.open();
    await (await startTestServer(database.pool)).close();
    await database.close();
    const file = path.join(tmp, `${kind}-versions.backup`);
    expect((await runCli("backup", [file], source.env)).code).toBe(0);

    const [headerText, ...rest] = fs.readFileSync(file, "utf8").split("\n");
    const header = JSON.parse(headerText!);
    const older = path.join(tmp, `${kind}-older.backup`);
    fs.writeFileSync(older, [JSON.stringify({ ...header, migration: "0001" }), ...rest].join("\n"));
    const mismatch = await runCli("restore", [older], (await newPlace(kind)).env);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain(
      `restore: the backup is at migration 0001 but the database is at ${header.migration}`,
    );

    const notBackup = path.join(tmp, "notes.txt");
    fs.writeFileSync(notBackup, "just some notes\n");
    const wrong = await runCli("restore", [notBackup], (await newPlace(kind)).env);
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.stderr).toContain("restore: not a backup made by npm run backup");

    expect((await runCli("backup", [], source.env)).code).toBe(2);
    if (kind !== "pglite") return;
    const release = lockDataDir(source.dataDir);
    try {
      for (const [script, args] of [
        ["backup", [path.join(tmp, "held.backup")]],
        ["restore", [file, "--force"]],
      ] as const) {
        const held = await runCli(script, [...args], source.env);
        expect(held.code).toBe(1);
        expect(held.stderr).toContain(
          `the embedded database in ${source.dataDir} is in use by process ${process.pid}`,
        );
      }
      expect(fs.existsSync(path.join(tmp, "held.backup"))).toBe(false);
    } finally {
      release();
    }
  }, 300_000);
});
