import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Queryable } from "./database.js";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../db/migrations/", import.meta.url));

export interface Migration {
  version: string;
  name: string;
  sql: string;
  /** SHA-256 (hex) of the file's exact bytes. */
  checksum: string;
}

interface AppliedMigration {
  version: string;
  name: string;
  checksum: string | null;
}

/** The migrations in a directory (db/migrations by default), in order; files are NNNN_what.sql. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => {
      const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match) throw new Error(`db/migrations/${file}: migration files are named NNNN_what.sql`);
      const bytes = fs.readFileSync(path.join(dir, file));
      return {
        version: match[1]!,
        name: match[2]!,
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    });
}

/**
 * Applies the migrations not yet applied, each in its own transaction, recording each file's
 * checksum. Refuses to run, naming the files, when an applied migration's file has changed or
 * is gone. The caller holds the start-up advisory lock on this same client, so concurrent
 * servers apply each one once.
 */
export async function migrate(client: Queryable, migrations = readMigrations()): Promise<string[]> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  let recordsChecksums = await hasChecksumColumn(client);
  const applied = await appliedMigrations(client, recordsChecksums);
  const problems = applied.flatMap((row) => changedOrMissing(row, migrations));
  if (problems.length > 0) throw new Error(problems.join("\n"));

  // Applied before checksums were recorded (0005 adds the column): filled in from the files.
  const unrecorded = applied.filter((row) => row.checksum === null).map((row) => row.version);
  const appliedVersions = new Set(applied.map((row) => row.version));
  const done: string[] = [];
  for (const migration of migrations) {
    if (appliedVersions.has(migration.version)) continue;
    await client.query("BEGIN");
    try {
      await client.query(migration.sql);
      recordsChecksums ||= await hasChecksumColumn(client);
      if (recordsChecksums) {
        await client.query(
          "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
          [migration.version, migration.name, migration.checksum],
        );
      } else {
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
          migration.version,
          migration.name,
        ]);
        unrecorded.push(migration.version);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw new Error(
        `migration ${migration.version}_${migration.name} failed: ${(error as Error).message}`,
      );
    }
    done.push(`${migration.version}_${migration.name}`);
  }
  if (recordsChecksums) {
    for (const version of unrecorded) {
      const migration = migrations.find((candidate) => candidate.version === version)!;
      await client.query(
        "UPDATE schema_migrations SET checksum = $2 WHERE version = $1 AND checksum IS NULL",
        [version, migration.checksum],
      );
    }
  }
  return done;
}

function changedOrMissing(row: AppliedMigration, migrations: Migration[]): string[] {
  const file = migrations.find((migration) => migration.version === row.version);
  const forwardOnly = "migrations are forward-only: restore the file and add a new migration";
  if (!file || file.name !== row.name) {
    const instead = file ? ` (${fileName(file)} has its number)` : "";
    return [
      `Migration ${fileName(row)} was applied but its file is missing${instead}; ${forwardOnly}`,
    ];
  }
  if (row.checksum !== null && row.checksum !== file.checksum) {
    const checksums = `${row.checksum.slice(0, 12)}…≠${file.checksum.slice(0, 12)}…`;
    return [
      `Migration ${fileName(row)} was changed after it was applied (checksum ${checksums}); ${forwardOnly}`,
    ];
  }
  return [];
}

async function appliedMigrations(
  client: Queryable,
  withChecksums: boolean,
): Promise<AppliedMigration[]> {
  const checksum = withChecksums ? "checksum" : "NULL::text AS checksum";
  const { rows } = await client.query<AppliedMigration>(
    `SELECT version, name, ${checksum} FROM schema_migrations ORDER BY version`,
  );
  return rows;
}

async function hasChecksumColumn(client: Queryable): Promise<boolean> {
  const { rows } = await client.query<{ present: boolean }>(`
    SELECT EXISTS (
      SELECT 1 FROM pg_attribute
      WHERE attrelid = 'schema_migrations'::regclass AND attname = 'checksum' AND NOT attisdropped
    ) AS present`);
  return rows[0]!.present;
}

function fileName(migration: { version: string; name: string }): string {
  return `${migration.version}_${migration.name}.sql`;
}
