import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientPages } from "../../../server/src/http/client-pages.js";
import { listenOnLoopback } from "../../support/raw-http.js";
import { ROOT } from "../../support/server.js";

describe("the client's pages", () => {
  let dir: string;
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "client-pages-"));
    fs.mkdirSync(path.join(dir, ".vite"));
    fs.writeFileSync(
      path.join(dir, "index.html"),
      `<html><head><script type="module" src="/assets/index-1.js"></script>` +
        `<link rel="stylesheet" crossorigin href="/assets/index-1.css"></head><body></body></html>`,
    );
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "assets", "index-1.css"), "body{margin:0}</style><b>");
    fs.writeFileSync(
      path.join(dir, ".vite", "manifest.json"),
      JSON.stringify({
        "index.html": { file: "assets/index-1.js", imports: ["_vue-1.js"] },
        "_vue-1.js": { file: "assets/vue-1.js" },
        "src/pages/ReaderPage.vue": {
          file: "assets/ReaderPage-1.js",
          imports: ["_vue-1.js", "index.html", "_segments-1.js"],
          css: ["assets/ReaderPage-1.css"],
        },
        "_segments-1.js": { file: "assets/segments-1.js" },
        "src/pages/LessonPage.vue": {
          file: "assets/LessonPage-1.js",
          imports: ["_vue-1.js", "_player-1.js"],
        },
        "_player-1.js": { file: "assets/player-1.js" },
        "src/router/lesson-step-components.ts": {
          file: "assets/step-components-1.js",
          imports: ["_player-1.js", "_questions-1.js"],
          css: ["assets/step-components-1.css"],
        },
        "_questions-1.js": { file: "assets/questions-1.js", css: ["assets/questions-1.css"] },
      }),
    );
    const app = express();
    app.get(/.*/, clientPages(dir));
    ({ url, close } = await listenOnLoopback(app));
  });
  afterAll(async () => {
    await close?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("preload a route's own page chunks and CSS in the head, and nothing the entry loads already", async () => {
    const reader = await fetch(`${url}/documents/some-record`);
    const html = await reader.text();
    expect(html).toContain(`<link rel="modulepreload" crossorigin href="/assets/ReaderPage-1.js">`);
    expect(html).toContain(`<link rel="modulepreload" crossorigin href="/assets/segments-1.js">`);
    expect(html).toContain(
      `<link rel="preload" as="style" crossorigin href="/assets/ReaderPage-1.css">`,
    );
    expect(html).not.toContain("vue-1.js");
    expect(html.indexOf("ReaderPage-1.js")).toBeLessThan(html.indexOf("</head>"));
    const home = await (await fetch(`${url}/`)).text();
    expect(home).not.toContain("modulepreload");
  });

  it("preload a lesson's question and exercise steps only when it opens past its first step", async () => {
    const preloads = (html: string) =>
      [...html.matchAll(/href="\/assets\/([^"]+)"/g)].map((match) => match[1]).sort();
    const first = await (await fetch(`${url}/lessons/some-lesson`)).text();
    expect(preloads(first)).toEqual(["LessonPage-1.js", "player-1.js"]);
    const later = await (await fetch(`${url}/lessons/some-lesson?step=3`)).text();
    expect(preloads(later)).toEqual([
      "LessonPage-1.js",
      "player-1.js",
      "questions-1.css",
      "questions-1.js",
      "step-components-1.css",
      "step-components-1.js",
    ]);
    const stepOne = await (await fetch(`${url}/lessons/some-lesson?step=1`)).text();
    expect(preloads(stepOne)).toEqual(preloads(first));
  });

  it("carry the entry's stylesheet in the head, so no separate file waits for a connection", async () => {
    const html = await (await fetch(`${url}/documents/some-record`)).text();
    expect(html).toContain("<style>body{margin:0}<\\/style><b></style>");
    expect(html).not.toContain("index-1.css");
  });

  it("keep the stylesheet a file of its own when the page would not fit TCP's first window with it", async () => {
    // Random text compresses to about its own size: 20 KB of it is past the first 14 KB.
    const noise = crypto.randomBytes(15_000).toString("base64");
    const app = express();
    app.get(
      /.*/,
      clientPages(dir, async () => JSON.stringify({ noise })),
    );
    const big = await listenOnLoopback(app);
    try {
      const html = await (
        await fetch(`${big.url}/`, { headers: { "accept-encoding": "br" } })
      ).text();
      expect(html).toContain(noise);
      expect(html).toContain(`<link rel="stylesheet" crossorigin href="/assets/index-1.css">`);
      expect(html).not.toContain("<style>");
    } finally {
      await big.close();
    }
  });

  it("may be kept in the back/forward cache: revalidated, never no-store", async () => {
    const response = await fetch(`${url}/signin`);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("come with a robots.txt that lets every crawler in", () => {
    const robots = fs.readFileSync(`${ROOT}client/public/robots.txt`, "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });
});
