// Shared pieces of the benchmarks: a real server in a child process on a fresh database, and
// a small GraphQL client. Loopback only.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/core/database.js";
import { createScratchDatabase } from "../../test/support/scratch-database.js";
import { freePortFor } from "./ports.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";

export interface BenchServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
  /** Runs SQL on the benchmark's database (for checks, not for load). */
  query<T extends Record<string, unknown>>(sql: string, values?: unknown[]): Promise<T[]>;
}

/**
 * Starts `server/src/main.ts` on a new PostgreSQL database (or on `shared`, which the caller
 * owns: several servers on one database) and waits until it serves.
 */
export async function startBenchServer(shared?: string): Promise<BenchServer> {
  const { url, drop } = shared
    ? { url: shared, drop: async () => {} }
    : await createScratchDatabase(ADMIN_URL, "bench");
  const port = await freePortFor();
  const nodeArgs = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(" ") : [];
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/src/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      // A grade joins from several schools' addresses (X-Forwarded-For), as behind a proxy.
      ...(shared ? { TRUST_PROXY: "loopback" } : {}),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("serving") && resolve());
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  const checks = await openDatabase({ databaseUrl: url, dataDir: "" });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    query: async (sql, values) => (await checks.pool.query(sql, values)).rows,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      await checks.close();
      await drop();
    },
  };
}

// node:http with keep-alive costs the load generator far less CPU than fetch, and on a 2-core
// machine the generator's CPU is taken from the server it measures.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * Posts one GraphQL operation; throws on an HTTP or GraphQL error. A kept-alive connection the
 * server closed just as it was reused (ECONNRESET before any answer: the server never read the
 * request) is retried once on a new connection, as browsers do.
 */
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<T> {
  try {
    return await post<T>(url, query, variables, token, headers);
  } catch (error) {
    if (!(error as { reusedSocket?: boolean }).reusedSocket) throw error;
    return post<T>(url, query, variables, token, headers);
  }
}

function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  headers: Record<string, string>,
): Promise<T> {
  const body = JSON.stringify({ query, variables });
  return new Promise<T>((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
              data?: T;
              errors?: Array<{ message: string }>;
            };
            if (parsed.errors?.length)
              reject(new Error(parsed.errors.map((e) => e.message).join("; ")));
            else resolve(parsed.data!);
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ECONNRESET" && request.reusedSocket
          ? Object.assign(error, { reusedSocket: true })
          : error,
      ),
    );
    request.end(body);
  });
}

/** The p-th percentile (0–100) of some numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
  );
}
