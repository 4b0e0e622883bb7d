import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";

const SLUG = "puzanov-kim-il-sung-1957-11-13";

const paragraphText = (page: Page, n: number) => page.locator(`#p${n} .reader-text`).innerText();
const focused = (page: Page) =>
  page.evaluate(() => ({
    label: document.activeElement?.getAttribute("aria-label") ?? "",
    text: document.activeElement?.textContent ?? "",
    id: document.activeElement?.id ?? "",
  }));
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function openReader(app: BrowserApp, options: { width?: number; hash?: string } = {}) {
  const page = await app.newPage({ width: options.width });
  await page.goto(`/documents/${SLUG}${options.hash ?? ""}`);
  await page.locator("#p31").waitFor();
  return page;
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 12,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (matches(await focused(page))) return;
  }
  throw new Error(`focus never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

describe("the document reader in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("shows the 31 numbered paragraphs with the notes marked, the author's words alone with the switch off, and the citation", async () => {
    const page = await openReader(app);
    expect(await page.locator(".reader-paragraphs > li").count()).toBe(31);
    expect(await page.getByRole("link", { name: "¶31, link to this paragraph" }).count()).toBe(1);
    expect(await paragraphText(page, 1)).toContain("SECRET Copy № 2\nof A. M. PUZANOV");
    expect(await paragraphText(page, 3)).toContain("[sic; November]");
    expect(await page.locator("#p3 [data-note-kind=SIC]").count()).toBe(1);
    expect(
      await page
        .locator("#p1 [data-note-kind=ARCHIVAL_MARK] .note-badge")
        .getAttribute("aria-label"),
    ).toBe("mark, editorial note: Archival mark");
    await screenshot(page, "reader");
    expect(await seriousViolations(page)).toEqual([]);

    const notes = page.getByRole("switch", { name: "Editorial notes" });
    expect(await notes.isChecked()).toBe(true);
    await notes.focus();
    await page.keyboard.press("Space");
    expect(await notes.isChecked()).toBe(false);
    expect(await paragraphText(page, 3)).not.toContain("[sic; November]");
    expect(await paragraphText(page, 3)).toContain("On 12 September 1957 a conversation");
    expect(await paragraphText(page, 22)).toBe("(A. PUZANOV)");
    expect(await page.locator("[data-note-kind]").count()).toBe(0);
    // People are still marked in the author's words.
    expect(await page.locator("#p9 .mention", { hasText: "Peng Dehuai" }).count()).toBe(1);
    await screenshot(page, "reader-notes-off");
    expect(await seriousViolations(page)).toEqual([]);

    // The citation, copied.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy the citation" }).click();
    await page
      .getByRole("status")
      .getByText(/^Copied/)
      .waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      "AVPRF F. 0102, Op. 13, Delo 5",
    );
    expect(
      await page.getByRole("link", { name: /Wilson Center Digital Archive/ }).getAttribute("href"),
    ).toBe("https://digitalarchive.wilsoncenter.org/document/115932");
  });

  it("opens a note's explanation and a person with the keyboard alone, and prints as a worksheet", async () => {
    const page = await openReader(app);
    await page.locator("#p3").focus();
    await tabTo(page, (f) => f.label === "sic, editorial note: Correction (sic)");
    await page.keyboard.press("Enter");
    const sic = page.getByRole("group", { name: "Correction (sic)" });
    await sic.waitFor();
    expect(await sic.innerText()).toContain('"Sic" is Latin for "thus"');
    await page.keyboard.press("Escape");
    expect(await sic.count()).toBe(0);
    expect((await focused(page)).label).toBe("sic, editorial note: Correction (sic)");

    await tabTo(page, (f) => f.text.startsWith("Kim Il Sung"));
    await page.keyboard.press("Enter");
    const kim = page.getByRole("group", { name: "Kim Il Sung" });
    await kim.waitFor();
    expect(await kim.innerText()).toContain("Chairman of the Korean Workers' Party");
    await tabTo(page, (f) => f.text === "¶2paragraph 2");
    await page.keyboard.press("Escape");
    expect(await kim.count()).toBe(0);
    expect((await focused(page)).label).toBe("Kim Il Sung (person)");

    // A popover's paragraph links jump there.
    await page.keyboard.press("Enter");
    await tabTo(page, (f) => f.text === "¶14paragraph 14");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "p14");
    expect(page.url()).toMatch(/#p14$/);
    // Again from the side list, though #p14 is already the URL's.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page
      .getByRole("complementary")
      .getByRole("link", { name: "paragraph 14" })
      .first()
      .click();
    await page.waitForFunction(() => document.activeElement?.id === "p14");
    const p14 = await page.locator("#p14").boundingBox();
    expect(p14 && p14.y > 0 && p14.y < 900).toBe(true);

    const zakharov = page.locator("#p26 .mention", { hasText: "Zakharov" });
    await zakharov.focus();
    await page.keyboard.press("Enter");
    expect(await page.getByRole("group", { name: "Zakharov" }).innerText()).toMatch(
      /not identified/i,
    );
    expect(
      await page.getByRole("complementary").getByText("not identified", { exact: true }).count(),
    ).toBe(1);

    // Printed: a clean worksheet, notes as plain bracketed words, citation first, ¶ numbers kept.
    await page.locator("#p3 [data-note-kind=SIC] .note-badge").click();
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await page.getByRole("searchbox").isVisible()).toBe(false);
    expect(await page.locator("#p3 [data-note-kind=SIC] .note-badge").isVisible()).toBe(false);
    expect(await page.getByRole("group", { name: "Correction (sic)" }).isVisible()).toBe(false);
    expect(await paragraphText(page, 3)).toContain("On 12 September [sic; November] 1957");
    const citation = await page.getByRole("heading", { name: "Cite this source" }).boundingBox();
    const first = await page.locator("#p1").boundingBox();
    expect(citation && first && citation.y < first.y).toBe(true);
    expect(await page.locator("#p1 .paragraph-number").isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "reader-print");
  });

  it("follows a deep link to ¶9, searches the text with notes on or off, and says when a document does not exist", async () => {
    const page = await openReader(app, { hash: "#p9" });
    await page.waitForFunction(() => document.activeElement?.id === "p9");
    const box = await page.locator("#p9").boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    expect(await page.locator("#p9").getAttribute("class")).toContain("is-target");

    const searchBox = page.getByRole("searchbox", { name: "Search the document" });
    await searchBox.fill("INTERFERENCE");
    expect(await page.locator(".reader-paragraphs mark").count()).toBe(2);
    await page.getByRole("search").getByText("2 matches in ¶9, ¶10").waitFor();
    await searchBox.fill("Khrushchev");
    await page.getByRole("search").getByText("7 matches in ¶3, ¶14, ¶16, ¶19, ¶20").waitFor();
    await searchBox.press("Enter");
    expect(await page.locator("#p3 mark.current").innerText()).toBe("Khrushchev");
    await page.getByRole("button", { name: "Next match" }).click();
    expect(await page.locator("#p14 mark.current").innerText()).toBe("Khrushchev");
    await page.getByRole("button", { name: "Previous match" }).click();
    await page.getByRole("button", { name: "Previous match" }).click();
    expect(await page.locator("#p20 mark.current").count()).toBe(1);
    await page.getByRole("search").getByText("Match 7 of 7, in ¶20").waitFor();

    // A match inside a note is found only while the notes are shown.
    await searchBox.fill("sic; november");
    expect(await page.locator("#p3 mark").count()).toBe(1);
    await page.getByRole("switch", { name: "Editorial notes" }).click();
    expect(await page.locator(".reader-paragraphs mark").count()).toBe(0);
    await page
      .getByRole("search")
      .getByText("No matches for “sic; november” with the editorial notes off.")
      .waitFor();
    await searchBox.fill("interference");
    expect(await page.locator(".reader-paragraphs mark").count()).toBe(2);

    // A slug the server does not know.
    await page.goto("/documents/no-such-document");
    await page.getByRole("heading", { name: "We couldn't find that document" }).waitFor();
    expect(await page.getByRole("link", { name: "Go to the home page" }).getAttribute("href")).toBe(
      "/",
    );
  });

  it("stacks at 320 px wide and reflows at 200% zoom, nothing overflowing, notes on or off", async () => {
    const page = await openReader(app, { width: 320 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.locator("#p20 [data-note-kind=ORIGINAL_LANGUAGE] .note-badge").click();
    await page.locator("#p9 .mention", { hasText: "Peng Dehuai" }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "reader-320");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("switch", { name: "Editorial notes" }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    // 1280 px at 200% zoom is 640 CSS px.
    await page.setViewportSize({ width: 640, height: 450 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});
