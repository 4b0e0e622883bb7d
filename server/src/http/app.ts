import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type pg from "pg";
import { type Context, createContext } from "../graphql/context.js";
import { formatError } from "./errors.js";

export interface AppOptions {
  schema: GraphQLSchema;
  pool: pg.Pool;
  /** The built client (or the placeholder page) to serve at /. */
  clientDir: string;
}

/** The HTTP app: /graphql, /healthz and the client. Call stop() after the server closes. */
export async function createApp({ schema, pool, clientDir }: AppOptions) {
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it stops accepting, drains, then closes the database.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", async (_req, res) => {
    try {
      await pool.query("SELECT 1");
      res.status(200).json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable", reason: "database unreachable" });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async () => createContext(pool) }),
  );
  if (fs.existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: "index.html" }));
    app.get(/^\/(?!graphql|healthz|api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, "index.html")));
  }
  return { app, stop: () => apollo.stop() };
}
