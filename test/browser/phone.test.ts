import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, screenshot, startBrowserApp } from "./support/browser.js";
import { LESSON, RIGHT, saving } from "./support/player.js";

// A phone: 360×740, touch, the mobile viewport.
const PHONE = { width: 360, height: 740, mobile: true };
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe("on a phone, in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("the reader shows ¶1 on the first screen, with the citation after the text", async () => {
    const page = await app.newPage(PHONE);
    await page.goto("/documents/puzanov-kim-il-sung-1957-11-13");
    await page.locator("#p31").waitFor();
    await page.screenshot({ path: "test/browser/screenshots/phone-reader-top.png" });
    const first = await page.locator("#p1").boundingBox();
    expect(first!.y).toBeLessThan(740);
    const citation = await page.locator(".reader-side").boundingBox();
    const last = await page.locator("#p31").boundingBox();
    expect(citation!.y).toBeGreaterThan(last!.y);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });

  it("the sign-in code shows once as a banner, then waits in the header's menu", async () => {
    const page = await app.newPage(PHONE);
    page.setDefaultTimeout(10_000);
    await page.goto(LESSON);
    await page.getByLabel("Your name (shown to your teacher)").fill("Ada");
    await page.getByRole("button", { name: "Next" }).click();
    await saving(page, () => page.getByLabel(RIGHT.author).check());
    const banner = page.getByText("Write this down to continue on another device");
    await banner.waitFor();
    const code = (await page.locator(".code-card .code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);

    await page.reload();
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    await page.getByText("My sign-in code").waitFor();
    expect(await banner.count()).toBe(0);
    const menu = page.locator(".code-menu");
    expect(await menu.locator(".code").isVisible()).toBe(false);
    await menu.getByText("My sign-in code").tap();
    expect(await menu.locator(".code").textContent()).toBe(code);
    expect(await menu.locator(".code").isVisible()).toBe(true);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: "test/browser/screenshots/phone-code-menu.png" });
  });

  it("the exercise fits: its guidance tables scroll in their own box, with a hint", async () => {
    const page = await app.newPage(PHONE);
    page.setDefaultTimeout(10_000);
    await page.goto("/lessons/context-1956-1957?step=5");
    await page.locator(".table-scroll").first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    const hint = page.locator(".table-scroll.overflows .table-hint").first();
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain("Scroll sideways to see the whole table");
    await hint.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test/browser/screenshots/phone-exercise-table.png" });
    await screenshot(page, "phone-exercise");
  });

  it("the keyboard evidence picker raises no on-screen keyboard", async () => {
    const page = await app.newPage(PHONE);
    page.setDefaultTimeout(10_000);
    await page.goto(`${LESSON}?step=4`);
    await page.getByRole("heading", { level: 2, name: /chain of words/ }).waitFor();
    await page.getByRole("button", { name: "Choose a passage with the keyboard in ¶1" }).tap();
    const textarea = page.getByLabel("Text of ¶1 for selecting with the keyboard");
    await textarea.tap();
    const active = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        tag: element?.tagName ?? "",
        editable: element?.isContentEditable ?? false,
        inputMode: element?.getAttribute("inputmode") ?? "",
      };
    });
    expect(active.editable).toBe(false);
    if (["INPUT", "TEXTAREA"].includes(active.tag)) expect(active.inputMode).toBe("none");
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });
});
