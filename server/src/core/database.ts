import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { lockDataDir } from "./data-dir-lock.js";
import { type Listen, listenOnPglite, listenOnPostgres } from "./notifications.js";

/** Anything that runs SQL: the pool, or one client inside a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
  /** A named statement is planned once per connection: for the hottest queries. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(config: {
    name: string;
    text: string;
    values?: unknown[];
  }): Promise<pg.QueryResult<R>>;
}

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
export type PoolConfig = pg.PoolConfig;

export type DatabaseKind = "postgres" | "pglite";

export interface Database {
  kind: DatabaseKind;
  pool: pg.Pool;
  /** The embedded instance itself (PGlite only): for what the pool cannot carry, such as COPY. */
  pglite?: PGlite;
  /** LISTEN for NOTIFY on this database (every server sharing it hears the same). */
  listen: Listen;
  /** Ends the pool and, for PGlite, closes the instance and releases the data directory. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** PGlite in memory (tests): no data directory, no lock. */
  inMemory?: boolean;
  /** PGlite in memory: start from this dump of a cluster (dumpDataDir) instead of a new initdb. */
  initialDataDir?: Blob;
}

/** Opens PostgreSQL (databaseUrl) or the embedded PGlite, both behind one pg.Pool API. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options);
}

function openPostgres(connectionString: string): Database {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
    query_timeout: 20_000,
    idle_in_transaction_session_timeout: 30_000,
    keepAlive: true,
  });
  // Without these listeners a connection error (PostgreSQL restarted) crashes the process; with
  // them the broken client is dropped and the pool connects afresh on the next query.
  pool.on("error", (error) => console.error(`database: idle client error: ${error.message}`));
  pool.on("connect", (client) => {
    client.on("error", (error) => console.error(`database: client error: ${error.message}`));
  });
  return {
    kind: "postgres",
    pool,
    listen: listenOnPostgres(connectionString),
    close: () => pool.end(),
  };
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const release = options.inMemory ? () => {} : lockDataDir(options.dataDir);
  let pglite: PGlite;
  try {
    pglite = options.inMemory
      ? await PGlite.create("memory://", { loadDataDir: options.initialDataDir })
      : await PGlite.create(options.dataDir);
  } catch (error) {
    release();
    throw error;
  }
  // PGlite serves one connection; a larger pool would share it between clients.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  pool.on("error", (error) => console.error(`database: ${error.message}`));
  let closing: Promise<void> | undefined;
  return {
    kind: "pglite",
    pool,
    pglite,
    listen: listenOnPglite(pglite),
    close: () =>
      (closing ??= (async () => {
        try {
          // The PGlite connection drops its listeners before it reports its end, so
          // pool.end() never settles: start it, and close the instance itself.
          void pool.end().catch(() => {});
          await pglite.close();
        } finally {
          release();
        }
      })()),
  };
}

/** Runs fn in a transaction on one client; every query inside must use that client. */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Runs fn on one short-lived connection: administration such as creating or dropping a database. */
export async function withConnection<T>(
  connectionString: string,
  fn: (db: Queryable) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs fn inside the caller's transaction under a savepoint: if it fails, only its own work is
 * undone and the transaction stays usable (to retry a unique-code clash, say).
 */
export async function withSavepoint<T>(db: Queryable, fn: () => Promise<T>): Promise<T> {
  await db.query("SAVEPOINT retryable");
  try {
    const result = await fn();
    await db.query("RELEASE SAVEPOINT retryable");
    return result;
  } catch (error) {
    await db.query("ROLLBACK TO SAVEPOINT retryable");
    throw error;
  }
}
