import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { ContentCache } from "../content/content-cache.js";
import {
  hasNoErrors,
  isGraphQLRequest,
  isQuery,
  mayServePublicly,
  readBody,
  readKey,
} from "./public-read-request.js";
import { captureBody } from "./response-capture.js";
import {
  chooseEncoding,
  compressNow,
  type Encoding,
  encodeVariants,
  MIN_COMPRESSED_BYTES,
  notModified,
  type Variant,
  type Variants,
  varyOnEncoding,
} from "./response-encodings.js";

const MAX_ENTRIES = 1_000;
const MAX_BYTES = 32 * 1024 * 1024;
/**
 * Browsers and CDNs may reuse a public read for a minute, then serve it stale for ten more while
 * they revalidate (a 304 when the content did not change). Content changes only on a sync, and
 * a minute of delay after one is acceptable for published teaching material.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";
export const PRIVATE_CACHE_CONTROL = "private, no-store";
/** Headers that belong to one response or that this cache sets itself. */
const NOT_REPLAYED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "set-cookie",
  "content-length",
  "content-encoding",
  "etag",
  "cache-control",
  "vary",
]);

/** A kept public read: the ready-made 200 and 304 answers of each encoding. */
interface Entry {
  version: string;
  size: number;
  answers: Record<
    Encoding,
    { body: Buffer; ok: OutgoingHttpHeaders; notModified: OutgoingHttpHeaders }
  >;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A lean path in front of the app for GraphQL. Anonymous queries (POST, or GET with Apollo's
 * preflight header, automatic persisted queries included) depend on nothing but the request and
 * the content, so their exact bytes are kept per request and content version, in every encoding,
 * and sent again without Express or Apollo, with a strong ETag and public Cache-Control; a
 * matching If-None-Match gets a 304. Anything with a session, any mutation, any error, any
 * answer the app marks `no-store` goes through the app as usual, is compressed on the way out
 * and is marked `private, no-store`.
 */
export function withPublicReadCache(app: Handler, content: ContentCache): Handler {
  const entries = new Map<string, Entry>();
  /** First reads under way: the same read arriving meanwhile waits for it instead of repeating it. */
  const pending = new Map<string, Promise<Entry | null>>();
  let bytes = 0;

  const remember = (key: string, entry: Entry) => {
    const old = entries.get(key);
    if (old) bytes -= old.size;
    entries.set(key, entry);
    bytes += entry.size;
    for (const [oldest, value] of entries) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
      entries.delete(oldest);
      bytes -= value.size;
    }
  };

  return (req, res) => {
    if (!isGraphQLRequest(req)) return app(req, res);
    if (!mayServePublicly(req)) {
      captureBody(res, (body, send) => send(privately(req, res, body)));
      return app(req, res);
    }
    // A kept GET of the content version just checked is answered at once, without a promise.
    if (req.method === "GET") {
      const hit = entries.get(readKey(req, undefined));
      if (hit && hit.version === content.knownVersion()) return answer(req, res, hit);
    }
    const raw = req.method === "POST" ? readBody(req) : Promise.resolve(undefined);
    raw.then(
      async (raw) => {
        if (raw === null) return tooLarge(res);
        const key = readKey(req, raw);
        const version = await content.version();
        const hit = entries.get(key);
        if (hit && hit.version === version) return answer(req, res, hit);
        const first = pending.get(key);
        if (first) {
          const entry = await first;
          if (entry?.version === version) return answer(req, res, entry);
        }
        let settle = (_entry: Entry | null) => {};
        if (!first) {
          let resolve = (_entry: Entry | null) => {};
          const promise = new Promise<Entry | null>((done) => (resolve = done));
          pending.set(key, promise);
          settle = (entry) => {
            if (pending.get(key) === promise) pending.delete(key);
            resolve(entry);
          };
          res.once("close", () => settle(null));
        }
        let query = true;
        if (raw) {
          let body: unknown;
          try {
            body = JSON.parse(raw.toString("utf8"));
          } catch {
            body = undefined;
          }
          // Express's body parser skips a request that already carries its body.
          Object.assign(req, { body, _body: body !== undefined });
          query = body !== undefined && isQuery(body);
        }
        captureBody(res, (body, send) => {
          if (!query || !publicResult(res, body)) {
            settle(null);
            return send(privately(req, res, body));
          }
          const headers = replayedHeaders(res);
          encodeVariants(body).then(
            (variants) => {
              const entry = toEntry(version, headers, variants);
              remember(key, entry);
              settle(entry);
              answer(req, res, entry, send);
            },
            () => {
              settle(null);
              send(privately(req, res, body));
            },
          );
        });
        app(req, res);
      },
      () => res.destroy(),
    );
  };
}

function answer(
  req: IncomingMessage,
  res: ServerResponse,
  entry: Entry,
  send?: (body?: Buffer) => void,
): void {
  const chosen = entry.answers[chooseEncoding(req.headers["accept-encoding"])];
  const fresh = notModified(req.headers["if-none-match"], chosen.ok.etag as string);
  if (send) {
    // A response the app began: its own headers go, the kept ones replace them.
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.statusCode = fresh ? 304 : 200;
    for (const [name, value] of Object.entries(fresh ? chosen.notModified : chosen.ok))
      res.setHeader(name, value!);
    return send(fresh ? undefined : chosen.body);
  }
  if (fresh) {
    res.writeHead(304, chosen.notModified);
    res.end();
  } else {
    res.writeHead(200, chosen.ok);
    res.end(chosen.body);
  }
}

function toEntry(version: string, headers: OutgoingHttpHeaders, variants: Variants): Entry {
  const vary = varyOnEncoding(headers.vary);
  const answers = {} as Entry["answers"];
  for (const [accepted, variant] of Object.entries(variants) as Array<[Encoding, Variant]>) {
    const common: OutgoingHttpHeaders = {
      etag: variant.etag,
      "cache-control": PUBLIC_CACHE_CONTROL,
      vary,
    };
    for (const [name, value] of Object.entries(headers))
      if (name.startsWith("access-control-")) common[name] = value;
    answers[accepted] = {
      body: variant.body,
      ok: {
        ...headers,
        ...common,
        ...(variant.encoding === "identity" ? {} : { "content-encoding": variant.encoding }),
        "content-length": variant.body.length,
      },
      notModified: common,
    };
  }
  let size = 0;
  for (const body of new Set(Object.values(variants).map((variant) => variant.body)))
    size += body.length;
  return { version, answers, size };
}

/** Whether the app's answer is a complete result that holds for anyone. */
function publicResult(res: ServerResponse, body: Buffer): boolean {
  return (
    res.statusCode === 200 &&
    !res.getHeader("set-cookie") &&
    !/no-store/i.test(String(res.getHeader("cache-control") ?? "")) &&
    hasNoErrors(body)
  );
}

function replayedHeaders(res: ServerResponse): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(res.getHeaders()))
    if (!NOT_REPLAYED.has(name) && value !== undefined) headers[name] = value;
  const vary = res.getHeader("vary");
  if (vary !== undefined) headers.vary = String(vary);
  return headers;
}

/** Marks an answer that must not be kept or shared, compressed when it is worth it. */
function privately(req: IncomingMessage, res: ServerResponse, body: Buffer): Buffer {
  res.setHeader("cache-control", PRIVATE_CACHE_CONTROL);
  res.removeHeader("etag");
  res.setHeader("vary", varyOnEncoding(res.getHeader("vary")));
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  if (encoding === "identity" || body.length < MIN_COMPRESSED_BYTES || req.method === "HEAD")
    return body;
  const compressed = compressNow(body, encoding);
  res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", compressed.length);
  return compressed;
}

function tooLarge(res: ServerResponse): void {
  res.writeHead(413, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": PRIVATE_CACHE_CONTROL,
    connection: "close",
  });
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
