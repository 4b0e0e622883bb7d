import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  gqlAs,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
} from "./support/browser.js";

const SLUGS = [
  "sourcing-the-record",
  "voices-in-the-record",
  "context-1956-1957",
  "corroborating-the-record",
];
const KEY = `query($slug: String!) { lessonKey(slug: $slug) { items { kind explanation
  choices { explanation } pairs { explanation } targets { note } exemplars { text commentary } } } }`;

const PUBLIC = `query($slug: String!) { lesson(slug: $slug) { title summary
  document { paragraphs { text } } steps { title body questionSet { questions { prompt } }
  exercise { prompt guidance } } } }`;
const plain = (s: string | null) =>
  (s ?? "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>#]/g, "")
    .replace(/\s+/g, " ")
    .trim();
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : value && typeof value === "object"
      ? Object.values(value).flatMap(strings)
      : [];

/** Phrases only the key holds, plain text: explanations, notes, exemplars and commentary. */
function keyPhrases(key: any): string[] {
  return key.items
    .flatMap((item: any) => [
      item.explanation,
      ...item.choices.map((c: any) => c.explanation),
      ...item.pairs.map((p: any) => p.explanation),
      ...item.targets.map((t: any) => t.note),
      ...item.exemplars.flatMap((e: any) => [e.text, e.commentary]),
    ])
    .map((s: string | null) => plain(s).slice(0, 40))
    .filter((s: string) => s.length >= 20);
}

const controls = (page: Page) =>
  page.locator("button:visible, input:visible, select:visible, textarea:visible").count();

describe("the printable worksheet and key, in Chromium", () => {
  let app: BrowserApp;
  let teacher: Page;
  beforeAll(async () => {
    app = await startBrowserApp();
    teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Mr Okafor");
  });
  afterAll(() => app?.close());

  it("prints every lesson as a worksheet with ¶ numbers, answer lines and no key", async () => {
    const page = await app.newPage();
    for (const slug of SLUGS) {
      await page.goto(`/lessons/${slug}/worksheet`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.locator(".ws-step").first().waitFor();
      const text = await page.locator("main").innerText();
      expect(text).toContain("¶1");
      expect(text).toContain("¶31");
      expect(text).toMatch(/Name\s*\n?\s*Class\s*\n?\s*Date/);
      expect(await page.locator(".lines .line").count()).toBeGreaterThan(10);
      expect(text).toContain("Evidence (¶ and words)");
      const anonymous = await gqlAs(page, app.url, PUBLIC, { slug });
      const open = strings(anonymous).map(plain).join(" ");
      const phrases = keyPhrases((await gqlAs(teacher, app.url, KEY, { slug })).lessonKey);
      expect(phrases.length).toBeGreaterThan(10);
      // What students may read anyway (a quotation of the document, a step's own text) is no leak.
      for (const phrase of phrases.filter((p) => !open.includes(p)))
        expect(text, `${slug} leaks key text`).not.toContain(phrase);
      expect(text).not.toMatch(/✓|Accepted answers|Sample answers|Key passages/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ media: "print" });
      expect(await controls(page), `${slug}: controls in print`).toBe(0);
      expect(await page.locator("header.app-header").isVisible()).toBe(false);
      await page.emulateMedia({ media: "screen" });
    }
    await page.goto("/lessons/context-1956-1957/worksheet");
    await page.locator(".ws-step").first().waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/Underline .*(¶|passages?)/);
    expect(text).toContain("☐");
    await screenshot(page, "worksheet-screen");
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "worksheet-print");
    // The sheet asks for A4 itself (@page), whatever the printer's default.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    // A4 is 595 × 842 points (Letter, the default otherwise, 612 × 792).
    const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) =>
      [m[1], m[2]].map((n) => Math.round(Number(n))),
    );
    for (const [width, height] of sizes) {
      expect(Math.abs(width! - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs(height! - 842)).toBeLessThanOrEqual(1);
    }
    expect(pdf.match(/\/Type \/Page\b/g)?.length).toBeGreaterThan(5);
  });

  it("links the worksheet from the home page and the lesson", async () => {
    const page = await app.newPage();
    await page.goto("/");
    await page
      .getByRole("link", { name: /Printable worksheet/ })
      .first()
      .click();
    await page.waitForURL(/\/lessons\/[^/]+\/worksheet$/);
    await page.goto("/lessons/sourcing-the-record");
    await page.getByRole("link", { name: "Printable worksheet" }).click();
    await page.waitForURL(/\/lessons\/sourcing-the-record\/worksheet$/);
    await page.getByRole("button", { name: "Print" }).waitFor();
  });

  it("gives a teacher the printable key from the assignment page, and no one else", async () => {
    const { createClass } = await gqlAs(
      teacher,
      app.url,
      `mutation { createClass(name: "History 10C") { id } }`,
      {},
    );
    const { assignLesson } = await gqlAs(
      teacher,
      app.url,
      `mutation($c: ID!) { assignLesson(classId: $c, lessonSlug: "context-1956-1957") { id } }`,
      { c: createClass.id },
    );
    await teacher.goto(`/teacher/assignments/${assignLesson.id}`);
    await teacher.getByRole("link", { name: "Printable answer key" }).click();
    await teacher.waitForURL(/\/teacher\/lessons\/context-1956-1957\/key$/);
    await teacher.locator(".key-item").first().waitFor();
    const text = await teacher.locator("main").innerText();
    expect(text).toContain("✓ Right");
    expect(text).toContain("Model evidence:");
    expect(text).toContain("Sample answers:");
    expect(text).toMatch(/¶\d+ “/);
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "key-screen");
    await teacher.emulateMedia({ media: "print" });
    expect(await controls(teacher)).toBe(0);
    await screenshot(teacher, "key-print");

    const anonymous = await app.newPage();
    await anonymous.goto("/teacher/lessons/context-1956-1957/key");
    await anonymous.getByText(/Log in as a teacher/).waitFor();
    expect(await anonymous.locator(".key-item").count()).toBe(0);
    expect(await anonymous.locator("main").innerText()).not.toContain("✓ Right");
  });
});
