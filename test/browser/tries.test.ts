import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignLessonAs,
  type BrowserApp,
  createClassAs,
  joinClassAs,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
  LESSON_SLUG,
  LESSON_TITLE,
} from "./support/browser.js";
import { checking, feedback, question, RIGHT, saving } from "./support/player.js";
import { ROOT } from "../support/server.js";

const WRONG_AUTHOR = "Kim Il Sung";

describe("tries mode (IMMEDIATE) in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("a student checks a wrong choice without seeing the key, tries again, and the teacher sees the tries", async () => {
    const teacher = await app.newPage();
    teacher.setDefaultTimeout(10_000);
    await signUpTeacherAs(teacher, app.url, "Ms Rivera");
    const createClass = await createClassAs(teacher, app.url, "History 10B");
    const assignLesson = await assignLessonAs(teacher, app.url, createClass.id, LESSON_SLUG, {
      feedback: "IMMEDIATE",
    });

    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await joinClassAs(page, app.url, createClass.joinCode, "Ana Lopez");
    await page.goto(`/assignments/${assignLesson.id}?step=2`);
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    await page.getByText(/^Check each answer: you get up to 3 tries/).waitFor();
    const q1 = question(page, 1);
    // Nothing saved yet: Check waits for an answer.
    expect(await q1.getByRole("button", { name: "Check", exact: true }).isDisabled()).toBe(true);
    await q1.getByText("Try 1 of 3 · a retry costs a third of the points").waitFor();

    // A wrong choice, saved: no feedback, no key.
    const wrong = q1.getByLabel(WRONG_AUTHOR, { exact: true });
    await saving(page, () => wrong.check());
    expect(await q1.getByRole("heading", { name: /Feedback:/ }).count()).toBe(0);
    expect(await q1.locator("li.right").count()).toBe(0);

    // Check: "not right", still no key; the inputs wait for "Try again".
    await checking(page, q1);
    await feedback(q1, "Not yet").waitFor();
    await q1.getByText("this choice is not right").waitFor();
    expect(await q1.getByText(RIGHT.author).count()).toBe(1); // the option's own label only
    expect(await q1.locator("li.right").count()).toBe(0);
    expect(await q1.getByText("Right answer").count()).toBe(0);
    expect(await q1.getByText("third person").count()).toBe(0); // explanations wait for the lock
    expect(await q1.getByLabel(RIGHT.author).isDisabled()).toBe(true);
    await q1.getByText("Try 2 of 3 · a retry costs a third of the points").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "tries-checked-wrong");

    // Try again: inputs open, the right choice, check: correct on try 2, two thirds of the point.
    await q1.getByRole("button", { name: "Try again" }).click();
    expect(await q1.getByLabel(RIGHT.author).isDisabled()).toBe(false);
    await saving(page, () => q1.getByLabel(RIGHT.author).check());
    await checking(page, q1);
    await feedback(q1, "Correct").waitFor();
    await q1.getByText("Try 2 of 3.").waitFor();
    await q1
      .getByText(/0\.67 of 1 point/)
      .first()
      .waitFor();
    await q1.getByText("Locked after 2 tries").waitFor();
    // Locked: inputs disabled, the key shown.
    expect(await q1.getByLabel(RIGHT.author).isDisabled()).toBe(true);
    expect(await wrong.isDisabled()).toBe(true);
    expect(await q1.getByRole("button", { name: "Check", exact: true }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "tries-locked");

    // Show answer on question 2, confirmed: the key and a locked item, score 0.
    const q2 = question(page, 2);
    await saving(page, () =>
      q2.getByLabel("Puzanov noticed his mistake in 1957 and corrected it by hand.").check(),
    );
    await q2.getByRole("button", { name: "Show answer" }).click();
    await q2
      .getByRole("alert")
      .getByText(/Show the answer\?/)
      .waitFor();
    await screenshot(page, "tries-confirm");
    await q2.getByRole("button", { name: "Yes, show the answer" }).click();
    await q2.getByText("Answer shown · locked").waitFor();
    await q2.getByText(/Answer shown\. You did not check an answer/).waitFor();
    expect(await q2.getByLabel(RIGHT.sic).isDisabled()).toBe(true);

    // A reload keeps it all.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    await question(page, 1).getByText("Locked after 2 tries").waitFor();
    expect(await question(page, 1).getByLabel(RIGHT.author).isDisabled()).toBe(true);

    // The teacher: tries in the review and the CSV.
    await teacher.goto(`/teacher/assignments/${assignLesson.id}`);
    await teacher.getByRole("heading", { name: LESSON_TITLE }).waitFor();
    const student = teacher.getByLabel("Student", { exact: true });
    const ana = await student.locator("option", { hasText: "Ana Lopez" }).getAttribute("value");
    await student.selectOption(ana!);
    const reviewed = teacher.locator("article", { has: teacher.getByText(/^Q1$/) }).first();
    await reviewed.getByText("· 2 tries of 3").waitFor();
    await teacher.getByText("· 0 tries of 3").first().waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "tries-teacher-review");
    const stats = teacher.locator("section", {
      has: teacher.getByRole("heading", { name: "How each question went" }),
    });
    await stats.getByText("2.0 mean · 0% first try").waitFor();
    await stats.screenshot({
      path: `${ROOT}test/browser/screenshots/tries-teacher-statistics.png`,
    });
    await reviewed.screenshot({ path: `${ROOT}test/browser/screenshots/tries-teacher-item.png` });
    const csvLink = teacher.getByRole("link", { name: "Download CSV" });
    const [download] = await Promise.all([teacher.waitForEvent("download"), csvLink.click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const [header, row] = csv.split("\r\n");
    const titles = header!.split(",");
    const tries = titles.indexOf("Q1 tries");
    expect(tries).toBeGreaterThan(0);
    expect(row!.split(",")[tries]).toBe("2");
    expect(row!.split(",")[tries - 1]).toBe("0.67");
  });

  it("PRACTICE says answers show as you go and do not count, and shows the key on save", async () => {
    const teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Mr Kim");
    const createClass = await createClassAs(teacher, app.url, "History 9");
    const assignLesson = await assignLessonAs(teacher, app.url, createClass.id, LESSON_SLUG, {
      feedback: "PRACTICE",
    });
    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await joinClassAs(page, app.url, createClass.joinCode, "Ben");
    await page.goto(`/assignments/${assignLesson.id}?step=2`);
    await page.getByText("Practice: answers show as you go and do not count.").waitFor();
    await saving(page, () => question(page, 1).getByLabel(WRONG_AUTHOR, { exact: true }).check());
    await feedback(question(page, 1), "Not yet").waitFor();
    expect(await question(page, 1).getByRole("button", { name: "Check" }).count()).toBe(0);
    await screenshot(page, "tries-practice");

    await teacher.goto(`/teacher/assignments/${assignLesson.id}`);
    await teacher.locator(".meta").getByText("Practice, not counted").waitFor();
    await screenshot(teacher, "tries-practice-teacher");
  });
});
