import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../server/src/core/database.js";
import { importDocument } from "../../server/src/content/documents/document-import.service.js";
import { parseExport } from "../../server/src/content/documents/export-parser.js";
import { ROOT } from "../support/server.js";
import {
  type BrowserApp,
  noHorizontalScroll,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";

const MAIN = "puzanov-kim-il-sung-1957-11-13";
const FIXTURE = fs.readFileSync(`${ROOT}test/fixtures/exports/test-telegram.txt`, "utf8");
const SECOND_TITLE = "A Test Telegram on Interference and Friendship";

describe("the reader's search over all documents and its citation box, in Chromium", () => {
  let app: BrowserApp;
  let second: string;
  beforeAll(async () => {
    app = await startBrowserApp();
    second = (
      await withTransaction(app.database.pool, (client) =>
        importDocument(client, parseExport(FIXTURE)),
      )
    ).slug;
  });
  afterAll(() => app?.close());

  async function openReader(width = 1280) {
    const page = await app.newPage({ width });
    await page.goto(`/documents/${MAIN}`);
    await page.locator("#p31").waitFor();
    return page;
  }

  it("searches every document with stemming, lists the hits with the words marked, and opens a hit at its paragraph with them highlighted", async () => {
    const page = await openReader();
    await page.getByRole("radio", { name: "All documents" }).check();
    const box = page.getByRole("searchbox", { name: "Search all documents" });
    await box.fill("interfere");
    const results = page.getByRole("region", { name: "Search results in all documents" });
    await results.locator("li").first().waitFor();
    await expect
      .poll(() => page.locator(".search-count").innerText())
      .toMatch(/^\d+ paragraphs? in 3 documents match “interfere”, best first\.$/);
    // The record, Ponomarev's telegram among the related sources, and the imported telegram.
    const titles = await results.locator(".hit-document").allInnerTexts();
    expect(new Set(titles).size).toBe(3);
    expect(titles).toContain(SECOND_TITLE);
    for (const mark of await results.locator("mark").allInnerTexts())
      expect(mark).toMatch(/^interfer(e|ed|es|ence)$/i);
    // Searching all documents leaves the text here unmarked by the typed term.
    expect(await page.locator(".reader-paragraphs mark").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "reader-search-all-documents");

    await results
      .locator("li", { hasText: "fraternal party" })
      .getByRole("link", { name: /A Test Telegram/ })
      .click();
    await page.waitForURL((url) => url.pathname === `/documents/${second}`);
    expect(new URL(page.url()).hash).toBe("#p2");
    expect(new URL(page.url()).searchParams.get("hl")).toMatch(/^2:\d+-\d+$/);
    await page.locator("#p2 mark").first().waitFor();
    expect(await page.locator("#p2 mark").allInnerTexts()).toEqual(["interference"]);
    expect(await page.locator(".reader-paragraphs mark").count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("p2");
    await screenshot(page, "reader-search-hit-opened");
  });

  it("says clearly when a query has no word to look for, and goes back to this document's search", async () => {
    const page = await openReader();
    await page.getByRole("radio", { name: "All documents" }).check();
    await page.getByRole("searchbox", { name: "Search all documents" }).fill("the of");
    await page.getByRole("button", { name: "Search" }).click();
    await expect
      .poll(() => page.locator(".search-count").innerText())
      .toContain("has no word to look for");
    await page.getByRole("radio", { name: "This document" }).check();
    const box = page.getByRole("searchbox", { name: "Search the document" });
    await box.fill("Interference");
    await expect.poll(() => page.locator(".search-count").innerText()).toBe("2 matches in ¶9, ¶10");
    expect(
      await page.getByRole("region", { name: "Search results in all documents" }).count(),
    ).toBe(0);
    expect(await page.getByRole("button", { name: "Next match" }).isEnabled()).toBe(true);
  });

  it("cites the document in Chicago, MLA and APA with its URL and today's date, and links the TEI and plain-text downloads", async () => {
    const page = await openReader();
    const box = page.locator(".citation");
    const text = () => box.locator(".citation-text").innerText();
    const url = "https://digitalarchive.wilsoncenter.org/document/115932";
    const today = new Date();
    const month = today.toLocaleString("en-US", { month: "long" });

    await box.getByRole("radio", { name: "Chicago" }).check();
    expect(await text()).toBe(
      `"From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung," November 13, 1957. ` +
        `AVPRF F. 0102, Op. 13, Delo 5. Translated by Gary Goldberg. Wilson Center Digital Archive. ` +
        `Accessed ${month} ${today.getDate()}, ${today.getFullYear()}. ${url}.`,
    );
    await box.getByRole("radio", { name: "MLA" }).check();
    expect(await text()).toMatch(
      /^"From the Journal of .*Kim Il Sung\." 13 Nov\. 1957\. AVPRF .* Translated by Gary Goldberg\. Wilson Center Digital Archive, digitalarchive\.wilsoncenter\.org\/document\/115932\. Accessed \d{1,2} [A-Z][a-z]+\.? \d{4}\.$/,
    );
    await box.getByRole("radio", { name: "APA" }).check();
    expect(await text()).toContain(`(1957, November 13). (G. Goldberg, Trans.).`);
    expect(await text()).toContain(
      `Retrieved ${month} ${today.getDate()}, ${today.getFullYear()}, from ${url}`,
    );
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await box.getByRole("button", { name: "Copy the citation" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text());

    const tei = box.getByRole("link", { name: "TEI XML" });
    const plain = box.getByRole("link", { name: "plain text" });
    expect(await tei.getAttribute("href")).toBe(`/api/documents/${MAIN}.tei.xml`);
    expect(await plain.getAttribute("href")).toBe(`/api/documents/${MAIN}.txt`);
    const teiResponse = await page
      .context()
      .request.get(`${app.url}/api/documents/${MAIN}.tei.xml`);
    expect(teiResponse.headers()["content-type"]).toBe("application/tei+xml; charset=utf-8");
    expect(await teiResponse.text()).toContain(`<p n="3" xml:id="p3">`);
    const txtResponse = await page.context().request.get(`${app.url}/api/documents/${MAIN}.txt`);
    expect(await txtResponse.text()).toContain("¶3 On 12 September 1957 a conversation");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "reader-citation-styles");
  });

  it("fits a 320 px phone: scope choice, hits and citation styles without sideways scrolling", async () => {
    const page = await openReader(320);
    await page.getByRole("radio", { name: "All documents" }).check();
    await page.getByRole("searchbox", { name: "Search all documents" }).fill("friendship");
    await page.locator(".search-results li").first().waitFor();
    expect(await noHorizontalScroll(page)).toBe(0);
    await screenshot(page, "reader-search-phone");
  });
});
