import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../server/src/core/database.js";
import { importDocument } from "../../server/src/content/documents/document-import.service.js";
import { parseExport } from "../../server/src/content/documents/export-parser.js";
import { ROOT } from "../support/server.js";
import {
  type BrowserApp,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const paragraphText = (page: Page, n: number) => page.locator(`#p${n} .reader-text`).innerText();

/** The three related sources: a paragraph with a note, a person and the words that name them. */
const SOURCES = [
  {
    slug: "mikoyan-telegram-1956-09-17",
    title: "Telegram from A. Mikoyan to the CPSU Central Committee",
    paragraphs: 11,
    note: { paragraph: 3, quote: "[we]", kind: "INSERTION" },
    person: { paragraph: 10, words: "A. Mikoyan", name: "Anastas Mikoyan" },
    archive: "GARF, Fond 5446, Opis 98c",
  },
  {
    slug: "ponomarev-telegram-1956-09-26",
    title: "Telegram from Ponomarev to the CPSU Central Committee",
    paragraphs: 9,
    note: { paragraph: 9, quote: "[handwritten", kind: "ARCHIVAL_MARK" },
    person: { paragraph: 6, words: "Shi Zhe", name: "Shi Zhe" },
    archive: null,
  },
  {
    slug: "zhang-wentian-yudin-1958-01-23",
    title: "Minutes of Conversation between Zhang Wentian and Pavel Yudin (Excerpt)",
    paragraphs: 10,
    note: { paragraph: 6, quote: "[Pavel]", kind: "INSERTION" },
    person: { paragraph: 6, words: "Yudin", name: "Pavel Yudin" },
    archive: "PRC FMA 109-00828-05, 44-45",
  },
];

describe("the collection of sources in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("the home page lists the record first, then the related sources with date, origin and language", async () => {
    const page = await app.newPage();
    await page.goto("/");
    const section = page.getByRole("region", { name: "The record and the sources beside it" });
    await section.getByRole("listitem").nth(3).waitFor();
    const items = await section.getByRole("listitem").allInnerTexts();
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^The record\s+13 November 1957\s+From the Journal of A. M. Puzanov/);
    expect(items[0]).toContain("Soviet record");
    expect(items[1]).toMatch(/Related source\s+17 September 1956\s+Telegram from A. Mikoyan/);
    expect(items[1]).toMatch(/Soviet record\s+Original language: Russian/);
    expect(items[2]).toMatch(/26 September 1956\s+Telegram from Ponomarev/);
    expect(items[3]).toMatch(/23 January 1958\s+Minutes of Conversation between Zhang Wentian/);
    expect(items[3]).toMatch(/Chinese record\s+Original language: Chinese/);
    expect(items[3]).toContain("withdrawal of the Chinese People's Volunteers");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "home-collection");

    await section.getByRole("link", { name: SOURCES[2]!.title }).click();
    await page.locator("#p10").waitFor();
    expect(page.url()).toMatch(/\/documents\/zhang-wentian-yudin-1958-01-23$/);
  });

  it("the home page's collection fits 320 px", async () => {
    const page = await app.newPage({ width: 320, height: 800 });
    await page.goto("/");
    await page.getByRole("heading", { name: "The record and the sources beside it" }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "home-collection-320");
  });

  for (const source of SOURCES) {
    it(`reads ${source.slug}: numbered paragraphs, notes switch, people, citation, print, axe`, async () => {
      const page = await app.newPage();
      await page.goto(`/documents/${source.slug}`);
      await page.locator(`#p${source.paragraphs}`).waitFor();
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(source.title);
      expect(await page.locator(".reader-head .kicker").innerText()).toMatch(
        source.slug.startsWith("zhang") ? /Chinese record/i : /Soviet record/i,
      );
      expect(await page.locator(".reader-paragraphs > li").count()).toBe(source.paragraphs);
      expect(
        await page
          .getByRole("link", { name: `¶${source.paragraphs}, link to this paragraph` })
          .count(),
      ).toBe(1);
      const note = page.locator(`#p${source.note.paragraph} [data-note-kind=${source.note.kind}]`);
      expect(await note.first().innerText()).toContain(source.note.quote);
      expect(await seriousViolations(page)).toEqual([]);

      // The person, with the keyboard: the words that name them open who they were.
      const mention = page.locator(`#p${source.person.paragraph} .mention`, {
        hasText: source.person.words,
      });
      await mention.first().focus();
      await page.keyboard.press("Enter");
      const popover = page.getByRole("group", { name: source.person.name });
      await popover.waitFor();
      await page.keyboard.press("Escape");
      expect(await popover.count()).toBe(0);

      // The notes switch: the author's words alone.
      const notes = page.getByRole("switch", { name: "Editorial notes" });
      await notes.focus();
      await page.keyboard.press("Space");
      expect(await page.locator("[data-note-kind]").count()).toBe(0);
      expect(await paragraphText(page, source.note.paragraph)).not.toContain(source.note.quote);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press("Space");

      // The citation, and nothing invented where the export is silent.
      const side = page.getByRole("complementary");
      expect(await side.innerText()).toContain(source.archive ?? "Not given by the archive");
      expect(await page.getByRole("button", { name: "Copy the citation" }).count()).toBe(1);

      // Printed: citation first, ¶ numbers kept, the lessons panel gone.
      await page.emulateMedia({ media: "print" });
      const citation = await page.getByRole("heading", { name: "Cite this source" }).boundingBox();
      const first = await page.locator("#p1").boundingBox();
      expect(citation && first && citation.y < first.y).toBe(true);
      expect(await page.locator("#p1 .paragraph-number").isVisible()).toBe(true);
      expect(await page.getByRole("heading", { name: "In the lessons" }).isVisible()).toBe(false);
      await page.emulateMedia({ media: "screen" });
    });
  }

  it("a source's reader lists the lessons that cite it, linking the paragraphs cited", async () => {
    const page = await app.newPage();
    await page.goto("/documents/zhang-wentian-yudin-1958-01-23");
    const panel = page.getByRole("region", { name: "In the lessons" });
    await panel.locator("summary").first().waitFor();
    await panel.locator("summary", { hasText: "Checking the record" }).click();
    await panel.getByText("Cites").first().waitFor();
    await panel.getByRole("link", { name: "paragraph 8" }).first().click();
    await page.waitForFunction(() => document.activeElement?.id === "p8");
    expect(
      await panel
        .getByRole("link", { name: /^Open the lesson/ })
        .first()
        .getAttribute("href"),
    ).toBe("/lessons/corroborating-the-record");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "reader-zhang");
  });

  it("at 320 px a source's reader stacks with nothing overflowing", async () => {
    const page = await app.newPage({ width: 320, height: 800 });
    await page.goto("/documents/ponomarev-telegram-1956-09-26");
    await page.locator("#p9").waitFor();
    await page.getByRole("region", { name: "In the lessons" }).locator("summary").first().click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "reader-ponomarev-320");
  });

  it("an imported document joins the home page's list after the related sources, marked as imported", async () => {
    const text = fs
      .readFileSync(`${ROOT}lessons/documents/puzanov-kim-il-sung-1957-11-13.txt`, "utf8")
      .replace("https://wilson-center.drivingcreative.com/document/115932", "https://example.org/c")
      .replace(/^\*\*From the Journal/m, "**A copy of the Journal");
    await withTransaction(app.database.pool, (client) => importDocument(client, parseExport(text)));
    // Anonymous reads are cached for up to a second after content changes.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const page = await app.newPage();
    await page.goto("/");
    const section = page.getByRole("region", { name: "The record and the sources beside it" });
    await section.getByRole("listitem").nth(4).waitFor();
    const items = await section.getByRole("listitem").allInnerTexts();
    expect(items[4]).toMatch(/^Imported\s+13 November 1957\s+A copy of the Journal/);
    expect(items[4]).toContain("Origin not recorded");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
