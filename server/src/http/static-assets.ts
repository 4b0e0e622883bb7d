import fs from "node:fs";
import path from "node:path";
import type { NextFunction, Request, Response } from "express";
import { chooseEncoding, encodeVariants, type Variants } from "./response-encodings.js";

const COMPRESSIBLE = /\.(js|css|svg|json|txt|html)$/;

/**
 * Serves the built client's hashed assets brotli-compressed when the browser accepts it, else
 * gzipped: the forms the build wrote beside each file (client/vite-precompress.ts), or, for a
 * build without them, compressed once here. Hashed names never change content, so they may be
 * cached for a year.
 */
export function compressedAssets(clientDir: string) {
  const assets = path.join(clientDir, "assets");
  const cache = new Map<string, Promise<Variants>>();
  const variantsOf = (file: string) => {
    let variants = cache.get(file);
    if (!variants) {
      variants = builtVariants(file) ?? encodeVariants(fs.readFileSync(file));
      cache.set(file, variants);
    }
    return variants;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" || !req.path.startsWith("/assets/") || !COMPRESSIBLE.test(req.path))
      return next();
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    if (encoding === "identity") return next();
    const file = path.join(assets, path.basename(req.path));
    if (path.dirname(file) !== assets || !fs.existsSync(file)) return next();
    variantsOf(file)
      .then((variants) => {
        const variant = variants[encoding];
        res.type(path.extname(file));
        res.set({
          vary: "Accept-Encoding",
          "cache-control": "public, max-age=31536000, immutable",
        });
        if (variant.encoding !== "identity") res.set("content-encoding", variant.encoding);
        res.send(variant.body);
      })
      .catch(next);
  };
}

/** The brotli and gzip forms the build wrote beside a file; undefined without both. */
function builtVariants(file: string): Promise<Variants> | undefined {
  if (!fs.existsSync(`${file}.br`) || !fs.existsSync(`${file}.gz`)) return undefined;
  const identity = fs.readFileSync(file);
  const etag = `"${path.basename(file)}"`;
  return Promise.resolve({
    identity: { encoding: "identity", body: identity, etag },
    br: {
      encoding: "br",
      body: fs.readFileSync(`${file}.br`),
      etag: `"${path.basename(file)}-br"`,
    },
    gzip: {
      encoding: "gzip",
      body: fs.readFileSync(`${file}.gz`),
      etag: `"${path.basename(file)}-gzip"`,
    },
  });
}
