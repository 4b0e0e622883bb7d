import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { NextFunction, Request, Response } from "express";

const COMPRESSIBLE = /\.(js|css|svg|json|txt|html)$/;

/**
 * Serves the built client's hashed assets gzipped when the browser accepts it, compressing each
 * file once. Hashed names never change content, so they may be cached for a year.
 */
export function gzipAssets(clientDir: string) {
  const assets = path.join(clientDir, "assets");
  const cache = new Map<string, Buffer>();
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" || !req.path.startsWith("/assets/") || !COMPRESSIBLE.test(req.path))
      return next();
    if (!/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) return next();
    const file = path.join(assets, path.basename(req.path));
    if (path.dirname(file) !== assets || !fs.existsSync(file)) return next();
    let body = cache.get(file);
    if (!body) {
      body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
      cache.set(file, body);
    }
    res.type(path.extname(file));
    res.set({
      "content-encoding": "gzip",
      vary: "Accept-Encoding",
      "cache-control": "public, max-age=31536000, immutable",
    });
    res.send(body);
  };
}
