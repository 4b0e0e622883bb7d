import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, startBrowserApp } from "./support/browser.js";

const SLUG = "puzanov-kim-il-sung-1957-11-13";

/** Each GraphQL request the page makes, with how the document's read went. */
function graphqlRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on("response", (response) => {
    const request = response.request();
    if (!new URL(request.url()).pathname.startsWith("/graphql")) return;
    const body = request.postData() ?? "";
    if (request.method() === "GET") {
      const hashed = new URL(request.url()).searchParams.get("extensions") ?? "";
      sent.push(hashed.includes("sha256Hash") ? `GET ${response.status()}` : "GET without hash");
    } else if (body.includes("query ReaderDocument"))
      sent.push(`POST ${body.includes("sha256Hash") ? "with hash" : "without hash"}`);
    else sent.push(`POST ${/(query|mutation) (\w+)/.exec(body)?.[2] ?? "?"}`);
  });
  return sent;
}

describe("public reads from the browser", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("opens the home page, a document and a lesson from their HTML alone: no GraphQL request before they show", async () => {
    const page = await app.newPage();
    // When the page's heading first enters the DOM: it shows with the next frame. (The first
    // paint's own time can come many tasks later on a busy machine, after the page's deferred
    // reads, such as the collection below a document's text, have rightly started.)
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector("main h1")) return;
        (window as { headingAt?: number }).headingAt = performance.now();
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    const askedBeforeShown = async () => {
      await page.waitForFunction(() => (window as { headingAt?: number }).headingAt !== undefined);
      return page.evaluate(() => {
        const shown = (window as { headingAt?: number }).headingAt!;
        return performance
          .getEntriesByType("resource")
          .filter((entry) => entry.name.includes("/graphql") && entry.startTime < shown)
          .map((entry) => entry.name);
      });
    };
    await page.goto("/");
    await page.locator(`a[href="/documents/${SLUG}"]`).first().waitFor();
    expect(await askedBeforeShown()).toEqual([]);
    await page.goto(`/documents/${SLUG}`);
    await page.locator("#p31").waitFor();
    expect(await askedBeforeShown()).toEqual([]);
    await page.goto("/lessons/sourcing-the-record");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await askedBeforeShown()).toEqual([]);
    await page.context().close();
  });

  it("reads a document reached inside the app by GET with its persisted-query hash, teaching the server once by POST", async () => {
    const page = await app.newPage();
    const sent = graphqlRequests(page);
    const openFromHome = async () => {
      await page.goto("/");
      await page.locator(`a[href="/documents/${SLUG}"]`).first().click();
      await page.locator("#p31").waitFor();
    };
    await openFromHome();
    expect(sent).toContain("POST with hash");
    expect(sent.filter((line) => line.startsWith("GET 200")).length).toBeGreaterThan(0);

    sent.length = 0;
    await openFromHome();
    expect(sent.some((line) => line.startsWith("POST with"))).toBe(false);
    expect(sent.some((line) => /^GET (200|304)$/.test(line))).toBe(true);
    await page.context().close();
  });
});
