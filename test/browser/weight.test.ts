import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, startBrowserApp } from "./support/browser.js";

describe("what the home route costs a student's browser", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("loads at most 100 KB of compressed JavaScript (brotli), and nothing from another origin", async () => {
    const page = await app.newPage();
    const scripts: Array<{ url: string; bytes: number; encoding: string | undefined }> = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const sizes = await response.request().sizes();
      scripts.push({
        url: response.url(),
        bytes: sizes.responseBodySize,
        encoding: response.headers()["content-encoding"],
      });
    });
    await page.goto("/", { waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Lessons" }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.encoding, script.url).toBe("br");
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    expect(total).toBeLessThanOrEqual(100 * 1024);
    // Teacher pages and the lesson player are not part of it: they load lazily.
    expect(scripts.some((script) => /Teacher|LessonPage/.test(script.url))).toBe(false);
  });
});
