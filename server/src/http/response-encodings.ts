import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

export type Encoding = "identity" | "br" | "gzip";

/** Below this a compressed body saves less than its framing and the CPU it costs. */
export const MIN_COMPRESSED_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** One representation of a response: its exact bytes and their strong entity tag. */
export interface Variant {
  encoding: Encoding;
  body: Buffer;
  etag: string;
}

export type Variants = Record<Encoding, Variant>;

/**
 * Every encoding of a body, compressed once and as small as the codecs make it (brotli at its
 * best quality runs on the thread pool, so the event loop keeps serving). The tags share the hash
 * of the identity bytes and differ by encoding, since each encoding is a different byte sequence.
 */
const hashOf = (identity: Buffer) =>
  crypto.createHash("sha256").update(identity).digest("base64url").slice(0, 27);

export async function encodeVariants(identity: Buffer): Promise<Variants> {
  const hash = hashOf(identity);
  const plain: Variant = { encoding: "identity", body: identity, etag: `"${hash}"` };
  if (identity.length < MIN_COMPRESSED_BYTES) return { identity: plain, br: plain, gzip: plain };
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzip(identity, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  return {
    identity: plain,
    br: { encoding: "br", body: br, etag: `"${hash}-br"` },
    gzip: { encoding: "gzip", body: gz, etag: `"${hash}-gzip"` },
  };
}

/** A per-request body compressed quickly (personal answers are never kept, so speed wins). */
export function compressNow(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === "br")
    return zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  if (encoding === "gzip") return zlib.gzipSync(body, { level: 6 });
  return body;
}

/** One encoding of a body made for one request (compressNow), with its strong entity tag. */
export function encodeVariantNow(identity: Buffer, encoding: Encoding): Variant {
  const hash = hashOf(identity);
  if (identity.length < MIN_COMPRESSED_BYTES || encoding === "identity")
    return { encoding: "identity", body: identity, etag: `"${hash}"` };
  return { encoding, body: compressNow(identity, encoding), etag: `"${hash}-${encoding}"` };
}

let lastHeader: string | undefined;
let lastChoice: Encoding = "identity";

/** The encoding to answer with: brotli if accepted, then gzip, else none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  if (acceptEncoding === lastHeader) return lastChoice;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name!.trim(), q === undefined ? 1 : Number(q));
  }
  const star = accepted.get("*") ?? 0;
  const ok = (name: string) => (accepted.get(name) ?? star) > 0;
  lastChoice = ok("br") ? "br" : ok("gzip") ? "gzip" : "identity";
  lastHeader = acceptEncoding;
  return lastChoice;
}

/** Whether If-None-Match names this tag (weak comparison, as RFC 9110 asks for this header). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** A Vary value that also names Accept-Encoding. */
export function varyOnEncoding(vary: unknown): string {
  const names = String(vary ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names.some((name) => name.toLowerCase() === "accept-encoding")
    ? names.join(", ")
    : [...names, "Accept-Encoding"].join(", ");
}
