import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";

describe("the home page in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("introduces the document and lists its lessons, with no serious accessibility problem", async () => {
    const page = await app.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Lessons" }).waitFor();
    expect(await page.getByRole("link", { name: /^Who wrote this down/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "home");
  });

  it("works at 320 px wide", async () => {
    const page = await app.newPage({ width: 320, height: 800 });
    await page.goto("/");
    await page.getByRole("heading", { name: "Lessons" }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "home-320");
  });
});
