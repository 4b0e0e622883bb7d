import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressedAssets } from "../../../server/src/http/static-assets.js";
import { listenOnLoopback, rawRequest } from "../../support/raw-http.js";
import { ROOT } from "../../support/server.js";

const get = (url: string, headers: Record<string, string> = {}) => rawRequest(url, { headers });

describe("the client's assets", () => {
  const source = "export const greeting = 'hello';\n".repeat(200);
  let dir: string;
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "assets-"));
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "assets", "app-1.js"), source);
    // As the build writes them (client/vite-precompress.ts), marked to tell them apart.
    fs.writeFileSync(path.join(dir, "assets", "built-1.js"), source);
    fs.writeFileSync(path.join(dir, "assets", "built-1.js.br"), zlib.brotliCompressSync("built"));
    fs.writeFileSync(path.join(dir, "assets", "built-1.js.gz"), zlib.gzipSync("built"));
    const app = express();
    app.use(compressedAssets(dir));
    app.use(express.static(dir, { index: false }));
    ({ url, close } = await listenOnLoopback(app));
  });
  afterAll(async () => {
    await close?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("go out brotli-compressed when accepted, else gzipped, else as they are", async () => {
    const br = await get(`${url}/assets/app-1.js`, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(source);
    expect(br.body.length).toBeLessThan(source.length / 10);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers.vary).toBe("Accept-Encoding");
    const gzip = await get(`${url}/assets/app-1.js`, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(source);
    const plain = await get(`${url}/assets/app-1.js`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(source);
  });

  it("send the forms the build compressed beside a file as they are", async () => {
    const br = await get(`${url}/assets/built-1.js`, { "accept-encoding": "br" });
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe("built");
    const gzip = await get(`${url}/assets/built-1.js`, { "accept-encoding": "gzip" });
    expect(zlib.gunzipSync(gzip.body).toString()).toBe("built");
  });

  it("are built with both forms beside every script and stylesheet", () => {
    const built = path.join(ROOT, "client/dist/assets");
    expect(fs.existsSync(built), "the client is built (npm run build)").toBe(true);
    const files = fs.readdirSync(built).filter((file) => /\.(js|css)$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const identity = fs.readFileSync(path.join(built, file));
      const br = fs.readFileSync(path.join(built, `${file}.br`));
      expect(zlib.brotliDecompressSync(br).equals(identity), file).toBe(true);
      const gz = fs.readFileSync(path.join(built, `${file}.gz`));
      expect(zlib.gunzipSync(gz).equals(identity), file).toBe(true);
    }
  });
});
