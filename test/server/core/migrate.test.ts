import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PoolClient } from "../../../server/src/core/database.js";
import { MIGRATIONS_DIR, migrate, readMigrations } from "../../../server/src/core/migrate.js";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../../support/databases.js";

const FILES = fs.readdirSync(MIGRATIONS_DIR).filter((file) => file.endsWith(".sql"));
const ALL = FILES.map((file) => file.replace(/\.sql$/, ""));

describe.each(DATABASE_KINDS)("migrate on %s", (kind) => {
  let database: TestDatabase;
  let client: PoolClient;
  let dir: string;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    client = await database.pool.connect();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterEach(async () => {
    client.release();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const recorded = async () =>
    (
      await client.query<{ version: string; checksum: string | null }>(
        "SELECT version, checksum FROM schema_migrations ORDER BY version",
      )
    ).rows;

  it("applies each migration once, recording the SHA-256 of its file; a second run does nothing", async () => {
    expect(await migrate(client)).toEqual(ALL);
    expect(await migrate(client)).toEqual([]);
    expect(await recorded()).toEqual(
      FILES.map((file) => ({
        version: file.slice(0, 4),
        checksum: createHash("sha256")
          .update(fs.readFileSync(path.join(MIGRATIONS_DIR, file)))
          .digest("hex"),
      })),
    );
  });

  it("refuses to run when an applied migration's file changed, even in a comment, and applies nothing", async () => {
    await migrate(client, readMigrations(dir));
    const file = path.join(dir, "0002_lessons.sql");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("-- The teaching", "-- The  teaching"),
    );
    fs.writeFileSync(path.join(dir, "9999_later.sql"), "CREATE TABLE later (id int);");

    const error = await migrate(client, readMigrations(dir)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^Migration 0002_lessons\.sql was changed after it was applied \(checksum [0-9a-f]{12}…≠[0-9a-f]{12}…\); migrations are forward-only: restore the file and add a new migration$/,
    );
    const { rows } = await client.query("SELECT to_regclass('later') AS t");
    expect(rows[0].t).toBeNull();
  });

  it("refuses to run when an applied migration's file is gone or renamed, naming each", async () => {
    await migrate(client, readMigrations(dir));
    fs.rmSync(path.join(dir, "0003_students.sql"));
    fs.renameSync(path.join(dir, "0004_teachers.sql"), path.join(dir, "0004_classes.sql"));

    const error = await migrate(client, readMigrations(dir)).catch((e: unknown) => e);
    expect((error as Error).message.split("\n")).toEqual([
      "Migration 0003_students.sql was applied but its file is missing; migrations are forward-only: restore the file and add a new migration",
      "Migration 0004_teachers.sql was applied but its file is missing (0004_classes.sql has its number); migrations are forward-only: restore the file and add a new migration",
    ]);
  });

  it("fills in the checksums of a database migrated before they were recorded, then guards it", async () => {
    const before = readMigrations(dir).filter((migration) => migration.version < "0005");
    await migrate(client, before);
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'schema_migrations' AND column_name = 'checksum'",
    );
    expect(rows[0].n).toBe(0);

    expect(await migrate(client, readMigrations(dir))).toEqual(
      ALL.filter((name) => name >= "0005"),
    );
    expect(await recorded()).toEqual(
      readMigrations(dir).map(({ version, checksum }) => ({ version, checksum })),
    );

    fs.appendFileSync(path.join(dir, "0001_documents.sql"), "\n-- a note added later\n");
    await expect(migrate(client, readMigrations(dir))).rejects.toThrow(
      /^Migration 0001_documents\.sql was changed after it was applied/,
    );
  });
});
