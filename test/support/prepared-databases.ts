import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "../../server/src/app/startup.js";
import { openDatabase, withConnection } from "../../server/src/core/database.js";
import {
  type DatabaseKind,
  openTestDatabase,
  TEST_DATABASE_URL,
  type TestDatabase,
} from "./databases.js";
import { emptyPgliteCluster, writeDump } from "./empty-pglite.js";
import { LESSONS_DIR } from "./paths.js";

// A database migrated and loaded with the built-in content, copied from one prepared once per
// test run: a PostgreSQL template database, a PGlite data-dir dump. Preparing costs 0.8–1.5 s per
// database; a copy, about 0.1 s more than an empty one. Made by whichever worker first needs it
// (the others wait), removed by test/global-setup.ts when the run ends.

/** Set by test/global-setup.ts for the whole run: names the run's prepared copies. */
export const TEST_RUN_ENV = "PUZANOV_TEST_RUN";
const TEMPLATE_LOCK_KEY = 7_120_113_958;

/** A run's id: the second it started (ten digits), then random hex. */
const RUN_ID = /^(\d{10})[0-9a-f]+$/;
/** A run's prepared copies older than this belong to a run that was killed: no run lasts so long. */
const STALE_AFTER_MS = 6 * 3600_000;

/** A new run's id, from its start time (which tells later runs when its copies are stale). */
export const newRunId = (now = Date.now()) =>
  `${Math.floor(now / 1000)}${crypto.randomBytes(4).toString("hex")}`;

/** Whether a run's prepared copies were left behind: it started more than six hours before `now`. */
export function isStaleRun(id: string, now = Date.now()): boolean {
  const started = RUN_ID.exec(id)?.[1];
  return started !== undefined && now - Number(started) * 1000 > STALE_AFTER_MS;
}

function runId(): string {
  const id = process.env[TEST_RUN_ENV];
  if (!id || !RUN_ID.test(id)) throw new Error(`${TEST_RUN_ENV} is not set: run vitest`);
  return id;
}

export const postgresTemplateName = (id: string) => `puzanov_prepared_${id}`;
export const pgliteDumpPath = (id: string) =>
  path.join(os.tmpdir(), `puzanov-test-pglite-prepared-${id}.tar`);

let template: Promise<string> | undefined;
let dump: Promise<Blob> | undefined;

/**
 * A new database of the given kind, already migrated and holding the built-in lessons and
 * documents, as a server's start would leave it; close() also drops it.
 */
export function createPreparedTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return openTestDatabase(kind, {
    pgliteDump: () => (dump ??= preparedPgliteDump()),
    postgresTemplate: () => (template ??= preparedPostgresTemplate()),
  });
}

async function preparedPostgresTemplate(): Promise<string> {
  const name = postgresTemplateName(runId());
  await withConnection(TEST_DATABASE_URL, async (admin) => {
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    try {
      const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [
        name,
      ]);
      if (rowCount) return;
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${building}`;
      const database = await openDatabase({ databaseUrl: url.toString(), dataDir: "" });
      try {
        await prepareDatabase(database.pool, { lessonsDir: LESSONS_DIR });
      } finally {
        await database.close();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
    }
  });
  return name;
}

async function preparedPgliteDump(): Promise<Blob> {
  const file = pgliteDumpPath(runId());
  if (!fs.existsSync(file)) {
    const database = await openDatabase({
      dataDir: "",
      inMemory: true,
      initialDataDir: await emptyPgliteCluster(),
    });
    try {
      await prepareDatabase(database.pool, { lessonsDir: LESSONS_DIR });
      await writeDump(database.pglite!, file);
    } finally {
      await database.close();
    }
  }
  return new Blob([fs.readFileSync(file)]);
}

/** At the end of a run: removes the run's prepared template and dump. */
export async function removePreparedCopies(adminUrl: string, id: string): Promise<void> {
  fs.rmSync(pgliteDumpPath(id), { force: true });
  await withConnection(adminUrl, (admin) =>
    admin.query(`DROP DATABASE IF EXISTS ${postgresTemplateName(id)} WITH (FORCE)`),
  ).catch(() => {});
}

/**
 * At the start of a run: removes the prepared copies of runs that were killed before their
 * teardown (isStaleRun), in PostgreSQL and in the temp dir.
 */
export async function removeStalePreparedCopies(adminUrl: string): Promise<void> {
  for (const file of fs.readdirSync(os.tmpdir())) {
    const id = /^puzanov-test-pglite-prepared-(\w+)\.tar$/.exec(file)?.[1];
    if (id && isStaleRun(id)) fs.rmSync(path.join(os.tmpdir(), file), { force: true });
  }
  await withConnection(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ name: string }>(
      `SELECT datname AS name FROM pg_database WHERE datname LIKE 'puzanov\\_prepared\\_%'`,
    );
    for (const { name } of rows) {
      const id = /^puzanov_prepared_(\w+?)(_building)?$/.exec(name)?.[1];
      if (id && isStaleRun(id)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }).catch(() => {});
}
