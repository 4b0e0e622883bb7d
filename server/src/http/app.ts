import fs from "node:fs";
import type http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Pool } from "../core/database.js";
import type { Listen } from "../core/notifications.js";
import {
  type Context,
  createContext,
  type ContextSettings,
  DEFAULT_SETTINGS,
} from "../app/context.js";
import { createContentCache } from "../content/content-cache.js";
import type { SessionCache } from "../modules/users/session-cache.js";
import { viewerFromToken } from "../modules/users/sessions.service.js";
import { clearSessionCookie, setSessionCookie, tokenFromRequest } from "./session-cookie.js";
import { allowOrigins } from "./cors.js";
import { httpErrorHandler } from "./error-handler.js";
import { graphiqlHandler } from "./graphiql.js";
import { graphiqlSecurityHeaders } from "./security.js";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { formatError } from "./errors.js";
import { forgetSessionsAfterAccountChanges } from "./session-cache-eviction.js";
import { refuseNulCharacters } from "./nul-characters.js";
import { withPublicReadCache } from "./public-read-cache.js";
import { leanSave } from "./lean-save.js";
import { readAheadError, withLeanSave } from "./lean-save-entry.js";
import { compressedAssets } from "./static-assets.js";
import { clientPages } from "./client-pages.js";
import { anonymousExecutor, firstPageData } from "./first-page-data.js";
import { executorWithSession, personalFirstReads } from "./first-page-personal.js";
import { misconceptionsTable, resultsCsvHandler } from "./results-csv.js";
import { studentExportHandler } from "./student-export.js";
import { DOCUMENT_EXPORT_ROUTE, documentExportHandler } from "./document-exports.js";
import { ltiRoutes } from "./lti-routes.js";
import { ltiRegistrationRoutes } from "./lti-registration-routes.js";
import { CONTINUE_PAGE, ltiFrameRoutes, securityHeaders } from "./lti-frame.js";
import { type LiveLimits, serveSubscriptions } from "./live-socket.js";
import { clientAddressOf, type TrustProxy } from "./client-address.js";

/** The most tokens a query may have: room for the client's largest operation and introspection. */
const MAX_TOKENS = 4000;

export interface AppOptions {
  schema: GraphQLSchema;
  pool: Pool;
  /** The built client (or the placeholder page) to serve at /. */
  clientDir: string;
  settings?: ContextSettings;
  /** Origins allowed to call the API from their own pages (CORS); none by default. */
  corsOrigins?: string[];
  /** Field suggestions in errors only in development. */
  development?: boolean;
  /** Express's "trust proxy" (hops, subnets, or false). */
  trustProxy?: TrustProxy;
  /** The server's public origin for LTI's own URLs; unset: each request's host and protocol. */
  publicUrl?: string;
  /** LTI Dynamic Registration without a single-use URL: "open" or "closed" (the default). */
  ltiRegistration?: "open" | "closed";
  /** Origins besides the registered platforms' that may frame the pages a launch leads to. */
  ltiFrameOrigins?: string[];
  /** Session lookups kept in memory (evicted on every server by NOTIFY); unset: one query per request. */
  sessionCache?: SessionCache;
  /** GraphQL subscriptions over WebSocket at /graphql on this server (http/live-socket.ts). */
  subscriptions?: { httpServer: http.Server; listen: Listen; limits?: Partial<LiveLimits> };
}

/**
 * The HTTP app: /graphql, /healthz, the CSV export, GraphiQL and the client. Serve `handler`
 * (the app behind the cache of anonymous reads); call stop() after the server closes.
 */
export async function createApp({
  schema,
  pool,
  clientDir,
  settings = DEFAULT_SETTINGS,
  corsOrigins = [],
  development = false,
  trustProxy = false,
  publicUrl,
  ltiRegistration = "closed",
  ltiFrameOrigins = [],
  sessionCache,
  subscriptions,
}: AppOptions) {
  const armor = new ApolloArmor({
    // Room for the client's deepest and heaviest operations and the standard introspection query.
    maxDepth: { n: 12, ignoreIntrospection: true },
    maxAliases: { n: 30 },
    maxDirectives: { n: 20 },
    // Armor's token limit runs inside Apollo's parsing hook, where any throw (a syntax error too)
    // becomes an HTTP 500 "GRAPHQL_VALIDATION_FAILED"; graphql's own parser counts them instead.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20000, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: !development },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    // Over the limit or malformed: 400 GRAPHQL_PARSE_FAILED, before anything is parsed further.
    parseOptions: { maxTokens: MAX_TOKENS },
    // main.ts owns shutdown: it stops accepting, drains, then closes the database.
    stopOnTerminationSignals: false,
    formatError,
    // The implicit cache-control plugin costs a quarter of the throughput and nothing here uses it.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      refuseNulCharacters as ApolloServerPlugin<Context>,
      ...(sessionCache
        ? [forgetSessionsAfterAccountChanges(sessionCache) as ApolloServerPlugin<Context>]
        : []),
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
    ],
  });
  await apollo.start();
  const contentCache = createContentCache(pool);
  const contextFor = async (req: express.Request, res: express.Response) => {
    const token = tokenFromRequest(req);
    return createContext(
      pool,
      await (sessionCache
        ? sessionCache.viewerFromToken(token, settings.sessionIdleSeconds)
        : viewerFromToken(pool, token, settings.sessionIdleSeconds)),
      {
        clientAddress: req.ip ?? "unknown",
        settings,
        contentCache,
        cookies: {
          set: (token) => setSessionCookie(req, res, token, settings.sessionIdleSeconds),
          carried: token !== null && !req.headers.authorization,
          clear: () => {
            sessionCache?.forget(token);
            clearSessionCookie(req, res);
          },
        },
        noStore: () => void res.set("cache-control", "no-store"),
      },
    );
  };
  const live =
    subscriptions &&
    serveSubscriptions({
      ...subscriptions,
      schema,
      pool,
      settings,
      contentCache,
      corsOrigins,
      clientAddress: clientAddressOf(trustProxy),
    });
  let liveClosed: Promise<void> | undefined;
  const closeSubscriptions = () => (liveClosed ??= live?.close() ?? Promise.resolve());

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.get("/graphiql", graphiqlSecurityHeaders, graphiqlHandler);
  app.use(securityHeaders(pool, ltiFrameOrigins));
  if (corsOrigins.length > 0) app.use(allowOrigins(corsOrigins));
  // The autosave, leanly (lean-save.ts); any other GraphQL request goes on to Apollo below.
  const lean = leanSave({
    schema,
    validationRules: armor.validationRules,
    maxTokens: MAX_TOKENS,
    // Of Apollo's plugins, only armor's hook errors (the others act before or after execution).
    errorPlugins: [...(armor.plugins as unknown as ApolloServerPlugin<Context>[])],
    context: contextFor,
  });
  app.post("/graphql", readAheadError, express.json({ limit: "1mb" }), lean);
  app.get("/healthz", async (_req, res) => {
    try {
      await pool.query("SELECT 1");
      res.status(200).json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable", reason: "database unreachable" });
    }
  });
  app.get("/api/assignments/:id/results.csv", resultsCsvHandler(pool, settings, contentCache));
  app.get(
    "/api/assignments/:id/misconceptions.csv",
    resultsCsvHandler(pool, settings, contentCache, misconceptionsTable),
  );
  app.get(DOCUMENT_EXPORT_ROUTE, documentExportHandler(pool));
  app.get("/api/me/export.json", studentExportHandler(pool, settings, "me"));
  app.get(
    "/api/classes/:classId/students/:studentId/export.json",
    studentExportHandler(pool, settings, "student"),
  );
  app.use(ltiRoutes({ pool, publicUrl, sessionIdleSeconds: settings.sessionIdleSeconds }));
  app.use(ltiRegistrationRoutes({ pool, publicUrl, mode: ltiRegistration }));
  app.use(ltiFrameRoutes({ pool, sessionIdleSeconds: settings.sessionIdleSeconds }));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => contextFor(req, res),
    }),
  );
  if (fs.existsSync(clientDir)) {
    app.use(compressedAssets(clientDir));
    app.use(express.static(clientDir, { index: false }));
    const anonymous = () =>
      createContext(pool, null, { clientAddress: "first-page", settings, contentCache });
    const sendIndex = clientPages(
      clientDir,
      firstPageData(clientDir, anonymousExecutor(apollo, anonymous), contentCache),
      personalFirstReads(clientDir, executorWithSession(apollo, contextFor)),
    );
    app.get(CONTINUE_PAGE, sendIndex);
    app.get(/^\/(?!graphql|graphiql|healthz|api\/|lti\/).*/, sendIndex);
  }
  app.use(httpErrorHandler);
  return {
    app,
    handler: withPublicReadCache(withLeanSave(app, lean, corsOrigins), contentCache),
    /** Closes the WebSockets first: an open one keeps the HTTP server from closing. */
    closeSubscriptions,
    stop: async () => {
      await closeSubscriptions();
      await apollo.stop();
    },
  };
}
