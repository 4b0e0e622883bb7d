import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, startBrowserApp } from "./support/browser.js";

const SLUG = "puzanov-kim-il-sung-1957-11-13";

describe("public reads from the browser", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("reads a document by GET with its persisted-query hash, teaching the server once by POST", async () => {
    const page = await app.newPage();
    const sent: string[] = [];
    page.on("response", (response) => {
      const request = response.request();
      if (!new URL(request.url()).pathname.startsWith("/graphql")) return;
      const body = request.postData() ?? "";
      if (request.method() === "GET") {
        const hashed = new URL(request.url()).searchParams.get("extensions") ?? "";
        if (hashed.includes("sha256Hash")) sent.push(`GET ${response.status()}`);
      } else if (request.method() === "POST" && body.includes("query ReaderDocument"))
        sent.push(`POST ${body.includes("sha256Hash") ? "with hash" : "without hash"}`);
    });
    await page.goto(`/documents/${SLUG}`);
    await page.locator("#p31").waitFor();
    const first = [...sent];
    expect(first).toContain("POST with hash");
    expect(first.filter((line) => line.startsWith("GET")).length).toBeGreaterThan(0);

    sent.length = 0;
    await page.reload();
    await page.locator("#p31").waitFor();
    expect(sent.some((line) => line.startsWith("POST"))).toBe(false);
    expect(sent.some((line) => /^GET (200|304)$/.test(line))).toBe(true);
    await page.context().close();
  });
});
