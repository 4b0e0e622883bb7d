import "reflect-metadata";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { loadConfig } from "./core/config.js";
import { openDatabase } from "./core/database.js";
import { prepareDatabase } from "./app/startup.js";
import { buildAppSchema } from "./app/schema.js";
import { createApp } from "./http/app.js";
import { type SessionCache, createSessionCache } from "./modules/users/session-cache.js";
import { startOverdueSweep } from "./modules/attempts/overdue-sweep.js";
import { startRetentionSweep } from "./modules/retention/retention-sweep.js";
import { startIdleSweep } from "./modules/live/idle-sweep.js";
import {
  type GradeSync,
  gradeSyncOptionsFromEnv,
  startGradeSync,
} from "./modules/lti/grade-sync.worker.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let server: http.Server | undefined;
  let stopApp: (() => Promise<void>) | undefined;
  let closeSubscriptions: (() => Promise<void>) | undefined;
  let stopIdle: (() => void) | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  let stopRetention: (() => void) | undefined;
  let gradeSync: GradeSync | undefined;
  let stopping = false;
  let sessionCache: SessionCache | undefined;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    await closeSubscriptions?.();
    server?.closeIdleConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    clearInterval(sweeper);
    stopRetention?.();
    stopIdle?.();
    await gradeSync?.stop();
    await stopApp?.();
    await sessionCache?.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const report = await prepareDatabase(database.pool, { lessonsDir: `${ROOT}lessons` }).catch(
    async (error) => {
      await database.close();
      throw error;
    },
  );
  for (const migration of report.migrations) console.log(`migrated ${migration}`);
  for (const document of report.documents) {
    if (document.status !== "unchanged")
      console.log(`${document.status} ${document.slug}: ${document.paragraphs} paragraphs`);
  }
  // Subscribed only now: on PGlite a LISTEN sent during the start-up transaction would join it.
  sessionCache = createSessionCache(database.pool, database.listen);
  server = http.createServer();
  const app = await createApp({
    schema: await buildAppSchema(),
    pool: database.pool,
    clientDir: `${ROOT}client/dist`,
    settings: {
      sessionIdleSeconds: config.sessionIdleSeconds,
      teacherSignup: config.teacherSignup,
      csvTimeZone: config.csvTimeZone,
    },
    corsOrigins: config.corsOrigins,
    development: config.development,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    ltiRegistration: config.ltiRegistration,
    ltiFrameOrigins: config.ltiFrameOrigins,
    sessionCache,
    subscriptions: { httpServer: server, listen: database.listen },
  });
  server.on("request", app.handler);
  closeSubscriptions = app.closeSubscriptions;
  stopIdle = startIdleSweep(database.pool);
  sweeper = startOverdueSweep(database.pool);
  stopRetention = startRetentionSweep(
    database.pool,
    { ...config.retention, sessionIdleSeconds: config.sessionIdleSeconds },
    config.retention.sweepMinutes,
  );
  gradeSync = startGradeSync(database.pool, gradeSyncOptionsFromEnv(process.env));
  stopApp = app.stop;
  server.listen(config.port, config.host, () => {
    const where =
      database.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL";
    const ms = Math.round(performance.now() - startedAt);
    console.log(
      `serving http://localhost:${config.port}/ (GraphQL at /graphql) on ${where}; ready in ${ms} ms`,
    );
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
