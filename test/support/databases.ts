import { type Database, openDatabase } from "../../server/src/core/database.js";
import { DEFAULT_TEST_DATABASE_URL } from "./database-url.js";
import { emptyPgliteCluster } from "./empty-pglite.js";
import { createScratchDatabase } from "./scratch-database.js";

/**
 * The machine's PostgreSQL, or the embedded one test/global-setup.ts started in its place; every
 * test file makes its own database in it.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;

export type DatabaseKind = "pglite" | "postgres";
export const DATABASE_KINDS: DatabaseKind[] = ["pglite", "postgres"];

export interface TestDatabase extends Database {
  /** For PostgreSQL: the URL of this test's own database (for a second server or a CLI). */
  url?: string;
}

/** A new, empty database of the given kind; close() also drops it. */
export function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return openTestDatabase(kind, { pgliteDump: emptyPgliteCluster });
}

/**
 * A new database of the given kind: PGlite from a dump of a cluster, PostgreSQL empty or a copy
 * of a template database; close() also drops it.
 */
export async function openTestDatabase(
  kind: DatabaseKind,
  from: { pgliteDump: () => Promise<Blob>; postgresTemplate?: () => Promise<string> },
): Promise<TestDatabase> {
  if (kind === "pglite")
    return openDatabase({ dataDir: "", inMemory: true, initialDataDir: await from.pgliteDump() });
  const template = await from.postgresTemplate?.();
  const { url, drop } = await createScratchDatabase(TEST_DATABASE_URL, "test", { template });
  const database = await openDatabase({ databaseUrl: url, dataDir: "" });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

/** A new, empty PostgreSQL database's URL, and a function that drops it. */
export function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return createScratchDatabase(TEST_DATABASE_URL, "test");
}

export { countQueries } from "./query-counter.js";
