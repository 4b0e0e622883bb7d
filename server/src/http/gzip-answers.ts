import type { IncomingMessage } from "node:http";
import zlib from "node:zlib";
import type { NextFunction, Request, Response } from "express";

/** Below this an answer fits a packet or two: compressing it gains nothing. */
const MIN_BYTES = 1400;

export const acceptsGzip = (req: IncomingMessage) =>
  /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

/** A whole answer's body gzipped for a browser that accepts it (fast level: it is made per request). */
export function gzipBody(req: IncomingMessage, body: Buffer): Buffer | null {
  if (body.length < MIN_BYTES || !acceptsGzip(req)) return null;
  return zlib.gzipSync(body, { level: 4 });
}

/**
 * GraphQL answers sent in one piece (every query and mutation here) gzipped when the browser
 * accepts it: a lesson or a document is tens of kilobytes of JSON, a few once compressed.
 * `skip` leaves alone the requests whose bytes another layer keeps (the public read cache).
 */
export function gzipAnswers(skip: (req: IncomingMessage) => boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (skip(req) || !acceptsGzip(req)) return next();
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    let streamed = false;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    res.write = ((...args: unknown[]) => {
      streamed = true;
      return write(...args);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (streamed || res.headersSent || (typeof chunk !== "string" && !Buffer.isBuffer(chunk)))
        return end(chunk, ...rest);
      const encoding = typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : "utf8";
      const body = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
      const gzipped = gzipBody(req, body);
      if (!gzipped) return end(chunk, ...rest);
      res.setHeader("content-encoding", "gzip");
      res.setHeader("vary", "Accept-Encoding");
      res.setHeader("content-length", gzipped.length);
      return end(gzipped);
    }) as typeof res.end;
    next();
  };
}
