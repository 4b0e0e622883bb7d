import type http from "node:http";
import type { Duplex } from "node:stream";
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from "graphql";
import type { Context as WsContext } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Pool } from "../core/database.js";
import type { Listen } from "../core/notifications.js";
import { createContext, type ContextSettings } from "../app/context.js";
import type { ContentCache } from "../content/content-cache.js";
import { createLiveHub, type LiveHub } from "../modules/live/live.hub.js";
import type { LiveDeps } from "../modules/live/live.service.js";
import { SESSION_CHANGES } from "../modules/users/session-cache.js";
import { viewerFromToken } from "../modules/users/sessions.service.js";
import type { Viewer } from "../modules/users/viewer.js";
import { formatError } from "./errors.js";
import { tokenFromRequest } from "./session-cookie.js";
import type { Request } from "express";

/** What one client may hold open: README "Live classroom". */
export interface LiveLimits {
  subscriptionsPerConnection: number;
  /** Open sockets from one client address (a school's pupils may all share one, behind its NAT). */
  connectionsPerAddress: number;
  /** Subscriptions one user holds across their connections (tabs, devices). */
  subscriptionsPerUser: number;
  /** The largest message a client may send, in bytes (larger: the socket closes with 1009). */
  maxPayloadBytes: number;
  /** How often every open connection's session is looked up again (expiry without a NOTIFY). */
  recheckSessionsMs: number;
}

export const LIVE_LIMITS: LiveLimits = {
  subscriptionsPerConnection: 8,
  connectionsPerAddress: 1_000,
  subscriptionsPerUser: 60,
  maxPayloadBytes: 16 * 1024,
  recheckSessionsMs: 60_000,
};

/** The most tokens a subscription's document may have (a subscription is small). */
const MAX_TOKENS = 500;
/** Closed: the session this connection came with has ended. */
export const SESSION_ENDED = 4401;

interface Connection {
  viewer: Viewer;
  token: string;
  address: string;
  subscriptions: Set<string>;
  socket: { close(code: number, reason: string): void };
}

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  pool: Pool;
  listen: Listen;
  settings: ContextSettings;
  contentCache: ContentCache;
  corsOrigins: string[];
  /** The client's address behind the proxies the server trusts (client-address.ts). */
  clientAddress: (request: http.IncomingMessage) => string;
  limits?: Partial<LiveLimits>;
}

const refusal = (message: string, code: string) =>
  [new GraphQLError(message, { extensions: { code } })] as const;

/** A cookie counts only from the page's own origin (or an allowed one): no cross-site hijacking. */
function cookieAllowed(request: http.IncomingMessage, corsOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (corsOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the same server and path as /graphql.
 * A connection authenticates once, by its connectionParams `token` or the session cookie; each
 * subscription is checked by the same policies as a query; a connection whose session ends is
 * closed (4401). Only subscriptions are served here; queries and mutations go over HTTP.
 */
export function serveSubscriptions(options: SubscriptionServerOptions) {
  const limits = { ...LIVE_LIMITS, ...options.limits };
  const { pool, settings } = options;
  const hub: LiveHub = createLiveHub(pool, options.listen);
  const connections = new Set<Connection>();
  const ofUser = (userId: string) => [...connections].filter((c) => c.viewer.id === userId);
  const sockets = new Map<string, number>();

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes });
  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? "/", "http://x").pathname !== "/graphql")
      return void socket.destroy();
    const address = options.clientAddress(request);
    if ((sockets.get(address) ?? 0) >= limits.connectionsPerAddress) {
      socket.end(
        "HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
      );
      return;
    }
    sockets.set(address, (sockets.get(address) ?? 0) + 1);
    socket.once("close", () => {
      const left = (sockets.get(address) ?? 1) - 1;
      if (left > 0) sockets.set(address, left);
      else sockets.delete(address);
    });
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
  };
  options.httpServer.on("upgrade", onUpgrade);

  const freshDeps = async (connection: Connection): Promise<LiveDeps | null> => {
    const viewer = await viewerFromToken(pool, connection.token, settings.sessionIdleSeconds);
    if (!viewer || viewer.id !== connection.viewer.id) return null;
    return createContext(pool, viewer, { settings, contentCache: options.contentCache });
  };
  const recheck = async (connection: Connection) => {
    if (!(await freshDeps(connection).catch(() => "unknown")))
      connection.socket.close(SESSION_ENDED, "Session ended");
  };
  const unlisten = options.listen(SESSION_CHANGES, {
    onNotify(userId) {
      for (const connection of connections)
        if (connection.viewer.id === userId) void recheck(connection);
    },
    onListening() {},
    onLost() {},
  });
  const sweep = setInterval(() => {
    for (const connection of connections) void recheck(connection);
  }, limits.recheckSessionsMs);
  sweep.unref();

  type Extra = { connection?: Connection };
  const connectionOf = (ctx: WsContext<Record<string, unknown> | undefined, Extra>) =>
    ctx.extra.connection!;

  const disposable = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: 5_000,
      async onConnect(ctx) {
        const request = ctx.extra.request;
        const param = ctx.connectionParams?.token;
        const token =
          typeof param === "string"
            ? param
            : cookieAllowed(request, options.corsOrigins)
              ? tokenFromRequest(request as Request)
              : null;
        const viewer = token
          ? await viewerFromToken(pool, token, settings.sessionIdleSeconds)
          : null;
        if (!viewer || !token) return false;
        const connection: Connection = {
          viewer,
          token,
          address: options.clientAddress(request),
          subscriptions: new Set(),
          socket: ctx.extra.socket,
        };
        connections.add(connection);
        ctx.extra.connection = connection;
        return true;
      },
      onClose(ctx) {
        if (ctx.extra.connection) connections.delete(ctx.extra.connection);
      },
      onSubscribe(ctx, id, payload) {
        const connection = connectionOf(ctx);
        if (connection.subscriptions.size >= limits.subscriptionsPerConnection)
          return refusal(
            `At most ${limits.subscriptionsPerConnection} subscriptions per connection.`,
            "TOO_MANY_REQUESTS",
          );
        const open = ofUser(connection.viewer.id).reduce((n, c) => n + c.subscriptions.size, 0);
        if (open >= limits.subscriptionsPerUser)
          return refusal(
            `At most ${limits.subscriptionsPerUser} subscriptions per user.`,
            "TOO_MANY_REQUESTS",
          );
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (error) {
          return refusal((error as GraphQLError).message, "GRAPHQL_PARSE_FAILED");
        }
        const errors = validate(options.schema, document, specifiedRules);
        if (errors.length > 0) return refusal(errors[0]!.message, "GRAPHQL_VALIDATION_FAILED");
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== "subscription")
          return refusal(
            "Only subscriptions are served over WebSocket; send queries and mutations over HTTP.",
            "BAD_USER_INPUT",
          );
        connection.subscriptions.add(id);
        const context = createContext(pool, connection.viewer, {
          clientAddress: connection.address,
          settings,
          contentCache: options.contentCache,
        });
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: {
            ...context,
            live: { hub, recheck: () => freshDeps(connection) },
          },
        } satisfies ExecutionArgs;
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors) return;
        return {
          ...result,
          errors: result.errors.map(
            (error) => formatError(error.toJSON(), error) as unknown as GraphQLError,
          ),
        };
      },
      onComplete(ctx, id) {
        ctx.extra.connection?.subscriptions.delete(id);
      },
    },
    wss,
  );

  return {
    hub,
    /** Closes every socket (1001, going away), the hub and the session listener. */
    async close() {
      options.httpServer.off("upgrade", onUpgrade);
      clearInterval(sweep);
      for (const client of wss.clients) client.close(1001, "Server stopping");
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await hub.close();
      await unlisten();
    },
  };
}
