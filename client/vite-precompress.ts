import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Plugin } from "vite";

const COMPRESSIBLE = /\.(js|css|svg|json|txt|html)$/;

/**
 * Writes each built asset's brotli (best quality) and gzip forms beside it (`x.js.br`,
 * `x.js.gz`), for the server to send as they are (server/src/http/static-assets.ts): compressed
 * once at build time, never while a visitor waits.
 */
export function precompress(): Plugin {
  return {
    name: "precompress-assets",
    apply: "build",
    writeBundle(options, bundle) {
      const dir = options.dir!;
      for (const file of Object.keys(bundle)) {
        if (!file.startsWith("assets/") || !COMPRESSIBLE.test(file)) continue;
        const source = fs.readFileSync(path.join(dir, file));
        fs.writeFileSync(
          path.join(dir, `${file}.br`),
          zlib.brotliCompressSync(source, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
        );
        fs.writeFileSync(path.join(dir, `${file}.gz`), zlib.gzipSync(source, { level: 9 }));
      }
    },
  };
}
