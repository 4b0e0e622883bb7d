// The voice highlighter in Chromium: a student marks the passages of ¶3–12 with their voices by
// keyboard (arrows and number keys, announced) and by mouse, checks in tries mode, sees each
// passage marked right or wrong in words, at desktop width and at 320 px; the teacher guide shows
// the key. axe finds nothing serious or critical.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../server/src/content/lessons/load-content.js";
import type { LoadedQuestion } from "../../server/src/content/lessons/content.types.js";
import { LESSONS_DIR, ROOT } from "../support/server.js";
import {
  assignLessonAs,
  type BrowserApp,
  createClassAs,
  gqlAs,
  joinClassAs,
  noHorizontalScroll,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
} from "./support/browser.js";
import { checking, feedback, focused, named, saving, tabTo } from "./support/player.js";

const SLUG = "voices-in-the-record";

describe("the voice highlighter (ATTRIBUTION) in Chromium", () => {
  let app: BrowserApp;
  /** The number key of each passage's voice, in document order. */
  let keys: number[];
  let labels: string[];

  beforeAll(async () => {
    app = await startBrowserApp();
    const { content } = await loadContent(LESSONS_DIR);
    const item = content.questionSets
      .flatMap((s) => s.questions)
      .find(
        (q): q is Extract<LoadedQuestion, { kind: "ATTRIBUTION" }> => q.kind === "ATTRIBUTION",
      )!;
    labels = item.voices.map((v) => v.label);
    keys = item.segments.map((s) => item.voices.findIndex((v) => v.id === s.voice) + 1);
  });
  afterAll(() => app?.close());

  it("is answered by keyboard and by mouse, checked, and marked passage by passage", async () => {
    const teacher = await app.newPage();
    teacher.setDefaultTimeout(10_000);
    await signUpTeacherAs(teacher, app.url, "Ms Rivera");
    const klass = await createClassAs(teacher, app.url, "History 10B");
    const assignment = await assignLessonAs(teacher, app.url, klass.id, SLUG, {
      feedback: "IMMEDIATE",
    });

    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await joinClassAs(page, app.url, klass.joinCode, "Ana Lopez");
    await page.goto(`/assignments/${assignment.id}?step=2`);
    const q = page.locator("article.question").filter({ hasText: "Mark each highlighted passage" });
    await q.waitFor();
    const segments = q.locator(".passages [role=button]");
    expect(await segments.count()).toBe(12);
    const live = q.locator(".attribution [role=status]");

    // Keyboard: one tab stop enters the passages; a number key gives a voice; arrows move on.
    await tabTo(page, named(/\(Segment 1 of 12: not marked yet, ¶3\)/));
    for (let i = 0; i < 6; i++) {
      await saving(page, () => page.keyboard.press(String(keys[i])));
      await live.getByText(`Segment ${i + 1} of 12: ${labels[keys[i]! - 1]}`).waitFor();
      await page.keyboard.press("ArrowRight");
      await live.getByText(`Segment ${i + 2} of 12: not marked yet`).waitFor();
    }
    expect((await focused(page)).name).toMatch(/\(Segment 7 of 12: not marked yet, ¶/);
    await page.keyboard.press("ArrowLeft");
    expect((await focused(page)).name).toMatch(
      new RegExp(`\\(Segment 6 of 12: ${labels[keys[5]! - 1]}, ¶`),
    );
    // Only the current passage is a tab stop.
    expect(await q.locator(".passages [tabindex='0']").count()).toBe(1);
    await q.getByText("6 of 12 passages marked").waitFor();

    // Mouse: click a passage, then a voice; the last one wrong on purpose.
    for (let i = 6; i < 12; i++) {
      await segments.nth(i).click();
      const voice = i === 11 ? (keys[i]! % labels.length) + 1 : keys[i]!;
      await saving(page, () =>
        q.getByRole("button", { name: labels[voice - 1], exact: true }).click(),
      );
    }
    await q.getByText("12 of 12 passages marked").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "attribution-marked");
    await q.screenshot({ path: `${ROOT}test/browser/screenshots/attribution-marked-question.png` });

    // Check: partly right; the hint names the wrong passage, never the right voice.
    await checking(page, q);
    await feedback(q, /Not yet|Partly/).waitFor();
    await q.getByText("11 of 12 segments have the right voice.").waitFor();
    await q.getByText("Segments with the wrong voice:").waitFor();
    expect(await q.locator(".verdict").count()).toBe(0);

    // Try again, fix the last passage by keyboard, check: right, each passage marked in words.
    await q.getByRole("button", { name: "Try again" }).click();
    await segments.nth(11).focus();
    await saving(page, () => page.keyboard.press(String(keys[11])));
    await checking(page, q);
    await feedback(q, "Correct").waitFor();
    expect(await q.locator(".verdict").allTextContents()).toEqual(Array(12).fill("✓ right"));
    expect(await segments.nth(0).getAttribute("aria-label")).toMatch(/Right\.$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "attribution-checked");
    await q.screenshot({
      path: `${ROOT}test/browser/screenshots/attribution-checked-question.png`,
    });

    // 320 px: nothing scrolls sideways, and axe is still clean.
    await page.setViewportSize({ width: 320, height: 800 });
    await q.scrollIntoViewIfNeeded();
    expect(await noHorizontalScroll(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "attribution-320");
    await q.screenshot({ path: `${ROOT}test/browser/screenshots/attribution-320-question.png` });
    await q.locator(".prompt").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ROOT}test/browser/screenshots/attribution-320-viewport.png` });

    // The teacher guide shows each passage's voice with why.
    const started = Date.now();
    await teacher.goto(`/teacher/lessons/${SLUG}`);
    await teacher.getByText("Each passage's voice:").first().waitFor();
    await teacher.getByText(/“\[sic; November\]” → The translator or an editor/).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    // The teacher's results show Ana's voices for the item.
    await teacher.goto(`/teacher/assignments/${assignment.id}`);
    await teacher
      .getByText(/Ana Lopez/)
      .first()
      .waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "attribution-teacher-results");
    // Item by item: Ana's voices marked right or wrong beside each passage's key.
    const key = await gqlAs(
      teacher,
      app.url,
      `query($s: String!) { lessonKey(slug: $s) { items { itemId kind } } }`,
      { s: SLUG },
    );
    const itemId = key.lessonKey.items.find(
      (i: { kind: string }) => i.kind === "ATTRIBUTION",
    ).itemId;
    await teacher.goto(`/teacher/assignments/${assignment.id}/items/${itemId}`);
    await teacher.getByText("Their voices").first().waitFor();
    // The key per passage sits in each student's collapsed "key" section.
    await teacher.getByText("Each passage's voice").first().waitFor({ state: "attached" });
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "attribution-teacher-item");
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 180_000);
});
