import crypto from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../../server/src/db/database.js";

/** The machine's PostgreSQL; every test file makes its own database in it. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export type DatabaseKind = "pglite" | "postgres";
export const DATABASE_KINDS: DatabaseKind[] = ["pglite", "postgres"];

export interface TestDatabase extends Database {
  /** For PostgreSQL: the URL of this test's own database (for a second server or a CLI). */
  url?: string;
}

/** A new, empty database of the given kind; close() also drops it. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") return openDatabase({ dataDir: "", inMemory: true });
  const name = `test_${crypto.randomBytes(6).toString("hex")}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = withDatabaseName(TEST_DATABASE_URL, name);
  const database = await openDatabase({ databaseUrl: url, dataDir: "" });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A new, empty PostgreSQL database's URL, and a function that drops it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `test_${crypto.randomBytes(6).toString("hex")}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabaseName(TEST_DATABASE_URL, name),
    drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * Counts the SQL statements sent through a pool while fn runs, leaving out the content-version
 * check, which runs at most once a second whatever the traffic.
 */
export async function countQueries<T>(pool: pg.Pool, fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const original = pool.query;
  let queries = 0;
  pool.query = function (this: pg.Pool, ...args: unknown[]) {
    const text = typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string }).text ?? "");
    if (!text.includes("FROM content_state")) queries++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pool.query;
  try {
    const result = await fn();
    return { result, queries };
  } finally {
    pool.query = original;
  }
}
