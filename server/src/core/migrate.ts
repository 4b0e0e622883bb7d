import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Queryable } from "./database.js";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../db/migrations/", import.meta.url));

export interface Migration {
  version: string;
  name: string;
  sql: string;
}

/** The migrations in db/migrations, in order; file names are NNNN_what.sql. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => {
      const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match) throw new Error(`db/migrations/${file}: migration files are named NNNN_what.sql`);
      return { version: match[1]!, name: match[2]!, sql: fs.readFileSync(path.join(dir, file), "utf8") };
    });
}

/**
 * Applies the migrations not yet applied, each in its own transaction. The caller holds the
 * start-up advisory lock on this same client, so concurrent servers apply each one once.
 */
export async function migrate(client: Queryable, migrations = readMigrations()): Promise<string[]> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const { rows } = await client.query<{ version: string }>("SELECT version FROM schema_migrations");
  const applied = new Set(rows.map((row) => row.version));
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    await client.query("BEGIN");
    try {
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw new Error(`migration ${migration.version}_${migration.name} failed: ${(error as Error).message}`);
    }
    done.push(`${migration.version}_${migration.name}`);
  }
  return done;
}
