import type { TrustProxy } from "../../server/src/http/client-address.js";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll } from "vitest";
import type { Pool } from "../../server/src/core/database.js";
import type { DatabaseKind, TestDatabase } from "./databases.js";
import { prepareDatabase } from "../../server/src/app/startup.js";
import { buildAppSchema } from "../../server/src/app/schema.js";
import { createApp } from "../../server/src/http/app.js";
import type { SessionCache } from "../../server/src/modules/users/session-cache.js";
import type { Listen } from "../../server/src/core/notifications.js";
import type { LiveLimits } from "../../server/src/http/live-socket.js";
import { type ContextSettings, DEFAULT_SETTINGS } from "../../server/src/app/context.js";

import { LESSONS_DIR, ROOT } from "./paths.js";
import { createPreparedTestDatabase } from "./prepared-databases.js";

export { LESSONS_DIR, ROOT };

let schema: Promise<GraphQLSchema> | undefined;

export interface GraphQLResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface TestServer {
  url: string;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** Migrates and loads the built-in content, then serves the real app on a free port. */
export async function startTestServer(
  pool: Pool,
  options: {
    prepare?: boolean;
    settings?: Partial<ContextSettings>;
    corsOrigins?: string[];
    publicUrl?: string;
    ltiRegistration?: "open" | "closed";
    sessionCache?: SessionCache;
    /** Serve GraphQL subscriptions over WebSocket too (LISTEN through this). */
    subscriptions?: { listen: Listen; limits?: Partial<LiveLimits> };
    /** Express's "trust proxy" (TRUST_PROXY). */
    trustProxy?: TrustProxy;
  } = {},
): Promise<TestServer> {
  if (options.prepare !== false) await prepareDatabase(pool, { lessonsDir: LESSONS_DIR });
  const server = http.createServer();
  const { handler, stop, closeSubscriptions } = await createApp({
    schema: await (schema ??= buildAppSchema()),
    pool,
    clientDir: `${ROOT}client/dist`,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    corsOrigins: options.corsOrigins,
    publicUrl: options.publicUrl,
    ltiRegistration: options.ltiRegistration,
    sessionCache: options.sessionCache,
    subscriptions: options.subscriptions && { httpServer: server, ...options.subscriptions },
    trustProxy: options.trustProxy,
  });
  server.on("request", handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResult;
      return { ...body, status: response.status };
    },
    async close() {
      await closeSubscriptions();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
    },
  };
}

/**
 * A fresh database of the kind (migrated and holding the built-in content) and the real app
 * serving it, for the tests of one describe block.
 */
export function serveForSuite(kind: DatabaseKind): {
  readonly server: TestServer;
  readonly database: TestDatabase;
} {
  const suite = {} as { server: TestServer; database: TestDatabase };
  beforeAll(async () => {
    suite.database = await createPreparedTestDatabase(kind);
    suite.server = await startTestServer(suite.database.pool);
  });
  afterAll(async () => {
    await suite.server?.close();
    await suite.database?.close();
  });
  return suite;
}
