import crypto from "node:crypto";
import type { IncomingMessage } from "node:http";
import { type DocumentNode, getOperationAST, parse } from "graphql";
import { SESSION_COOKIE } from "./session-cookie.js";

const MAX_BODY = 1024 * 1024;

/** Whether a request is for the GraphQL endpoint, by POST or by GET with its query string. */
export function isGraphQLRequest(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  return url === "/graphql" || url.startsWith("/graphql?");
}

/** Whether a request carries a session (cookie or bearer token): its answers are personal. */
export function hasSession(req: IncomingMessage): boolean {
  if (req.headers.authorization) return true;
  return (req.headers.cookie ?? "")
    .split(";")
    .some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

/**
 * Whether an anonymous GraphQL request may be answered from the cache: a POST of JSON, or a GET
 * that a browser could only send after a CORS preflight (the header Apollo's CSRF prevention
 * asks for, or a JSON content type). Anything else goes to Apollo, which refuses a forged GET.
 */
export function mayServePublicly(req: IncomingMessage): boolean {
  if (hasSession(req)) return false;
  const json = /^application\/json\b/i.test(req.headers["content-type"] ?? "");
  if (req.method === "POST") return json && req.url === "/graphql";
  if (req.method !== "GET") return false;
  return (
    json ||
    Boolean(req.headers["apollo-require-preflight"]) ||
    Boolean(req.headers["x-apollo-operation-name"])
  );
}

/** The cache key of a public read: its origin, what it accepts, and its URL (GET) or body (POST). */
export function readKey(req: IncomingMessage, body: Buffer | undefined): string {
  const prefix = `${req.headers.origin ?? ""}\n${req.headers.accept ?? ""}\n`;
  // A GET's URL is short (the hash of a persisted query) and keys the map as it is.
  if (!body) return `GET ${prefix}${req.url}`;
  return `POST ${crypto.createHash("sha256").update(prefix).update(body).digest("base64url")}`;
}

/** The request body, or null past 1 MB (the rest is drained unread). */
export function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Whether a GraphQL request body asks for a query (never a mutation or subscription). */
export function isQuery(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== "string" || query.length > 100_000) return false;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return false;
  }
  return (
    getOperationAST(document, typeof operationName === "string" ? operationName : undefined)
      ?.operation === "query"
  );
}

/** Whether a GraphQL response body is a result without errors. */
export function hasNoErrors(body: Buffer): boolean {
  try {
    return (JSON.parse(body.toString("utf8")) as { errors?: unknown }).errors === undefined;
  } catch {
    return false;
  }
}
