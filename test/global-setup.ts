import type { TestProject } from "vitest/node";
import { chromiumPath } from "./support/chromium.js";
import { DEFAULT_TEST_DATABASE_URL } from "./support/database-url.js";
import { postgresAnswers, startEmbeddedPostgres } from "./support/embedded-postgres.js";
import {
  newRunId,
  removePreparedCopies,
  removeStalePreparedCopies,
  TEST_RUN_ENV,
} from "./support/prepared-databases.js";

/**
 * Once per run, before any worker starts: the Chromium every browser test drives is chosen (and
 * the bundled one unpacked) once; when no PostgreSQL answers at TEST_DATABASE_URL, a
 * private one from embedded-postgres takes its place for the whole run (workers inherit the
 * URL), and stops at teardown. The PostgreSQL half of the suite never skips.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  // Several projects share this setup; the first one decides for the whole run.
  if (process.env.PUZANOV_TEST_POSTGRES_READY) return;
  process.env.PUZANOV_TEST_POSTGRES_READY = "1";
  // One Chromium for every worker: workers unpacking the bundled build at once would launch a
  // half-written file (ETXTBSY). Without any, browser tests fail on their own, naming why.
  process.env.CHROMIUM_PATH ||= await chromiumPath().catch(() => "");
  if (!process.env.CHROMIUM_PATH) delete process.env.CHROMIUM_PATH;
  // Names this run's prepared databases (test/support/prepared-databases.ts).
  const run = newRunId();
  process.env[TEST_RUN_ENV] = run;
  const wanted = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  if (await postgresAnswers(wanted)) {
    process.env.TEST_DATABASE_URL = wanted;
    await removeStalePreparedCopies(wanted);
    return () => removePreparedCopies(wanted, run);
  }
  const server = await startEmbeddedPostgres();
  process.env.TEST_DATABASE_URL = server.url;
  await removeStalePreparedCopies(server.url);
  project.vitest.logger.log(
    `No PostgreSQL answers at ${wanted}: testing against embedded PostgreSQL at ${server.url}`,
  );
  return async () => {
    await removePreparedCopies(server.url, run);
    await server.stop();
  };
}
