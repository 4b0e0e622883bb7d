import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type DocumentNode, getOperationAST, parse } from "graphql";
import type { ContentCache } from "../content/content-cache.js";
import { acceptsGzip, gzipBody } from "./gzip-answers.js";
import { SESSION_COOKIE } from "./session-cookie.js";

const MAX_BODY = 1024 * 1024;
const MAX_ENTRIES = 1_000;
const MAX_BYTES = 32 * 1024 * 1024;
/** Headers that belong to one response, not to the cached result. */
const NOT_REPLAYED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "set-cookie",
  "content-length",
  "etag",
]);

interface Entry {
  version: string;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** The body gzipped, made on the first hit that accepts it (null: too small to gain). */
  gzipped?: Buffer | null;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A lean path in front of the app for anonymous GraphQL queries: their results depend on
 * nothing but the request and the content, so the exact bytes are kept per request body and
 * content version and sent again without Express or Apollo. Anything with a session, any
 * mutation, any error, any answer the app marks `cache-control: no-store` (one that depends on
 * more than the content) goes through the app as usual and is never cached.
 */
export function withPublicReadCache(app: Handler, content: ContentCache): Handler {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const remember = (key: string, entry: Entry) => {
    const old = entries.get(key);
    if (old) bytes -= old.body.length;
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest, value] of entries) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
      entries.delete(oldest);
      bytes -= value.body.length;
    }
  };

  return (req, res) => {
    if (!cacheable(req)) return app(req, res);
    readBody(req).then(
      async (raw) => {
        if (raw === null) return tooLarge(res);
        const key = crypto
          .createHash("sha256")
          .update(req.headers.origin ?? "")
          .update("\n")
          .update(raw)
          .digest("base64url");
        const version = await content.version();
        const hit = entries.get(key);
        if (hit && hit.version === version) {
          for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
          if (acceptsGzip(req) && hit.gzipped === undefined) hit.gzipped = gzipBody(req, hit.body);
          const body = (acceptsGzip(req) && hit.gzipped) || hit.body;
          if (body !== hit.body) res.setHeader("content-encoding", "gzip");
          res.setHeader("vary", "Accept-Encoding");
          res.setHeader("content-length", body.length);
          res.end(body);
          return;
        }
        let body: unknown;
        try {
          body = JSON.parse(raw.toString("utf8"));
        } catch {
          body = undefined;
        }
        // Express's body parser skips a request that already carries its body.
        Object.assign(req, { body, _body: body !== undefined });
        if (body !== undefined && isQuery(body))
          capture(res, (entry) => remember(key, { ...entry, version }));
        app(req, res);
      },
      () => res.destroy(),
    );
  };
}

function cacheable(req: IncomingMessage): boolean {
  return req.method === "POST" && req.url === "/graphql" && anonymousJson(req);
}

/** A JSON body without a session: what the cache answers when it is a POST to /graphql. */
export function anonymousJson(req: IncomingMessage): boolean {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) return false;
  if (req.headers.authorization) return false;
  return !(req.headers.cookie ?? "")
    .split(";")
    .some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
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

function tooLarge(res: ServerResponse): void {
  res.writeHead(413, { "content-type": "application/json; charset=utf-8", connection: "close" });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: "The request is too large (at most 1 MB).",
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    }),
  );
}

/** Whether a GraphQL request body asks for a query (never a mutation or subscription). */
function isQuery(body: unknown): boolean {
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

/** Collects what the app writes; hands it over only for a complete 200 without GraphQL errors or no-store. */
function capture(res: ServerResponse, keep: (entry: Omit<Entry, "version">) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(
            chunk as string,
            typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
          ),
    );
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    const result = end(chunk, ...rest);
    const body = Buffer.concat(chunks);
    if (
      res.statusCode === 200 &&
      !res.getHeader("set-cookie") &&
      !/no-store/i.test(String(res.getHeader("cache-control") ?? "")) &&
      hasNoErrors(body)
    ) {
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (!NOT_REPLAYED.has(name) && value !== undefined)
          headers[name] = Array.isArray(value) ? value : String(value);
      }
      keep({ headers, body });
    }
    return result;
  }) as typeof res.end;
}

function hasNoErrors(body: Buffer): boolean {
  try {
    return (JSON.parse(body.toString("utf8")) as { errors?: unknown }).errors === undefined;
  } catch {
    return false;
  }
}
