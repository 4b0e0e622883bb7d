import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYER_LESSON, servedItems } from "../support/lesson-answers.js";
import {
  type BrowserApp,
  gqlAs,
  noHorizontalScroll,
  screenshot,
  seriousViolations,
  startBrowserApp,
  LESSON_SLUG,
  LESSON_TITLE,
  SAVE_RESPONSE,
  START_ATTEMPT,
} from "./support/browser.js";

describe("the teacher's path in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("signs up, creates a class, shares it, assigns a lesson, and reviews, scores and downloads a student's work", async () => {
    const teacher = await app.newPage();
    await teacher
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });

    // Logged out: the two forms.
    await teacher.goto("/teacher");
    await teacher.getByRole("heading", { name: "Create a teacher account" }).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "teacher-login");

    const signUp = teacher.locator("section", {
      has: teacher.getByRole("heading", { name: "Create a teacher account" }),
    });
    await signUp.getByLabel("Your name").fill("Ms Rivera");
    await signUp.getByLabel("Email").fill(`rivera-${Date.now()}@school.example`);
    await signUp.getByLabel("Choose a password").fill("short");
    await signUp.getByRole("button", { name: "Create teacher account" }).click();
    await signUp.getByText("Use at least 10 characters.").waitFor();
    await signUp.getByLabel("Show password").check();
    expect(await signUp.getByLabel("Choose a password").getAttribute("type")).toBe("text");
    await signUp.getByLabel("Choose a password").fill("correct horse battery");
    await signUp.getByRole("button", { name: "Create teacher account" }).click();
    await teacher.getByRole("heading", { name: "My classes" }).waitFor();

    // A class, its code and its link.
    await teacher.getByLabel("Class name").fill("History 10B");
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.getByRole("heading", { name: "History 10B" }).waitFor();
    const joinCode = (await teacher.locator(".code-value").textContent())!.trim();
    expect(joinCode).toMatch(/^[A-Z0-9]{7}$/);
    const link = `${app.url}/join/${joinCode}`;
    expect(await teacher.getByLabel("Link for students").inputValue()).toBe(link);
    await teacher.getByText("Paste this link into Google Classroom or your class page").waitFor();
    await teacher.getByRole("button", { name: "Copy link" }).click();
    await teacher.getByRole("status").getByText("Link copied").waitFor();
    expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // Assign a lesson, feedback when the student submits (the default).
    await teacher.getByLabel("Lesson", { exact: true }).selectOption(LESSON_SLUG);
    expect(await teacher.getByLabel("When the student submits").isChecked()).toBe(true);
    await teacher.getByRole("button", { name: "Assign lesson" }).click();
    const assignmentLink = teacher.getByRole("link", { name: LESSON_TITLE });
    await assignmentLink.waitFor();
    const assignmentPath = (await assignmentLink.getAttribute("href"))!;
    const assignmentId = assignmentPath.split("/").pop()!;
    await teacher.getByText("0 of 0 started").waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);

    // A student, on another device, joins with the link and answers through the API.
    const student = await app.newPage();
    await student.goto(`/join/${joinCode}`);
    await student.getByLabel("Your name").fill("Ana Lopez");
    await student.getByRole("button", { name: "Join the class" }).click();
    await student.getByText("Keep this code").waitFor();
    const { lesson } = await gqlAs(student, app.url, PLAYER_LESSON, { slug: LESSON_SLUG });
    const items = servedItems(lesson);
    const choice = items.find((item) => item.kind === "SINGLE_CHOICE")!;
    const exercise = items.find((item) => item.kind === "EXERCISE")!;
    const { startAttempt } = await gqlAs(student, app.url, START_ATTEMPT, {
      a: assignmentId,
      l: LESSON_SLUG,
    });
    const save = SAVE_RESPONSE;
    await gqlAs(student, app.url, save, {
      t: startAttempt.id,
      i: choice.id,
      a: { choiceIds: [choice.choices![0]!.id] },
    });
    const reasoning = "Kim retold it to Puzanov, so these are <b>not</b> Mao's own words.";
    await gqlAs(student, app.url, save, {
      t: startAttempt.id,
      i: exercise.id,
      a: {
        claimId: exercise.claims![2]!.id,
        evidence: [
          { paragraphNumber: 4 },
          { paragraphNumber: 5 },
          { paragraphNumber: 7, start: 0, end: 35 },
        ],
        text: reasoning,
      },
    });
    await gqlAs(student, app.url, `mutation($t: ID!) { submitAttempt(attemptId: $t) { status } }`, {
      t: startAttempt.id,
    });

    // The dashboard counts it.
    await teacher.reload();
    await teacher.getByText("1 of 1 started").waitFor();
    expect(await teacher.locator(".counts").textContent()).toContain("1 submitted");
    expect(await teacher.locator(".roster").textContent()).toContain("Ana Lopez");
    await screenshot(teacher, "teacher-classes");

    // The assignment: the class at a glance, the review, the rubric.
    await assignmentLink.click();
    await teacher.getByRole("heading", { name: LESSON_TITLE }).waitFor();
    const overview = teacher.locator("section", {
      has: teacher.getByRole("heading", { name: "The class at a glance" }),
    });
    const row = overview.getByRole("row", { name: /Ana Lopez/ });
    await row.getByText("Submitted").waitFor();
    await row
      .getByText(/^Needs review: [\d.]+ \/ [\d.]+ auto-marked · [\d.]+ to review$/)
      .waitFor();
    await teacher.getByText("1 answer needs your review").waitFor();
    await teacher.getByRole("heading", { name: "How each question went" }).waitFor();
    const statistics = teacher.locator("section", {
      has: teacher.getByRole("heading", { name: "How each question went" }),
    });
    expect(await statistics.getByRole("table").getByRole("row").count()).toBeGreaterThan(
      items.length,
    );
    // The live grid: the snapshot already shows her work; the class pauses and resumes.
    // The socket is open in Chromium (the page's CSP lets it connect): not the polling fallback.
    await teacher.getByText("Live: updates as students answer.").waitFor();
    await teacher
      .locator('[data-testid=live-grid] tr[data-student="Ana Lopez"] td.where', {
        hasText: "Submitted",
      })
      .waitFor();
    await teacher.getByRole("button", { name: "Pause the class" }).click();
    await teacher.getByRole("button", { name: "Pause now" }).click();
    await teacher.getByTestId("class-paused").waitFor();
    await teacher.getByRole("button", { name: "Resume the class" }).click();
    await teacher.getByRole("button", { name: "Pause the class" }).waitFor();
    await teacher.getByRole("button", { name: "Start reviewing" }).click();
    expect(await teacher.getByLabel("Student", { exact: true }).inputValue()).not.toBe("");

    const exerciseItem = teacher.locator("article", {
      has: teacher.getByText("Score with the rubric"),
    });
    await exerciseItem.getByText("Needs your review").waitFor();
    // The student's words as plain text, the evidence quoted from the document, the key beside them.
    const answer = exerciseItem.locator(".answer");
    const key = exerciseItem.locator(".key");
    await answer.getByText(reasoning, { exact: true }).waitFor();
    expect(await exerciseItem.locator("b").count()).toBe(0);
    await answer
      .getByText(/^¶4 \(whole paragraph\): 'The conversation with Cde\. Mao Zedong/)
      .waitFor();
    await answer.getByText("¶7: 'Further in the conversation with me'").waitFor();
    await answer
      .getByText("Weak evidence of Mao's words. It tells us more about Kim and Puzanov.")
      .waitFor();
    await key.getByText("Model evidence").waitFor();
    await key
      .getByText("¶9: 'could be assessed as interference in the internal affairs of the KWP'")
      .waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    // Only what waits for the teacher: here, the exercise.
    await teacher.getByLabel("Show only the answers that need my review").check();
    expect(await teacher.locator("article").count()).toBe(1);
    await screenshot(teacher, "teacher-assignment");
    // 320 px: no sideways scrolling of the page (the tables scroll in their own regions).
    await teacher.setViewportSize({ width: 320, height: 800 });
    await screenshot(teacher, "teacher-assignment-320");
    expect(await noHorizontalScroll(teacher)).toBeLessThanOrEqual(0);
    await teacher.setViewportSize({ width: 1280, height: 900 });
    await teacher.getByLabel("Show only the answers that need my review").uncheck();
    expect(await teacher.locator("article").count()).toBe(items.length);

    const criteria = exerciseItem.locator("fieldset");
    const criterionCount = await criteria.count();
    expect(criterionCount).toBeGreaterThan(1);
    for (let i = 0; i < criterionCount; i++)
      await criteria.nth(i).getByRole("radio").nth(2).check();
    await exerciseItem
      .getByLabel("Comment for the student")
      .fill("Good use of ¶4; quote Mao's words exactly.");
    await exerciseItem.getByRole("button", { name: "Save score" }).click();
    await teacher.getByRole("status").getByText("Score saved").waitFor();
    await exerciseItem.getByText(/^Score: \d+(\.\d+)? \/ \d+/).waitFor();
    await exerciseItem
      .getByText("Your comment: Good use of ¶4; quote Mao's words exactly.")
      .waitFor();
    expect(await teacher.getByText("answer needs your review").count()).toBe(0);
    await row.getByText(/^\d+(\.\d+)? \/ \d+$/).waitFor();

    // The CSV, downloaded with the teacher's cookie through the plain link.
    const csvLink = teacher.getByRole("link", { name: "Download CSV" });
    expect(await csvLink.getAttribute("download")).not.toBeNull();
    const [download] = await Promise.all([teacher.waitForEvent("download"), csvLink.click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.split("\n")[0]).toContain("Student");
    expect(csv).toMatch(/Ana Lopez,[^\n]*submitted/);

    // The student may not see the results, nor use the teacher page.
    await student.goto(assignmentPath);
    await student.getByText("You don't have access to this assignment").waitFor();
    expect(await seriousViolations(student)).toEqual([]);
    await student.goto("/teacher");
    await student.getByText("Teachers need a teacher account").waitFor();
    expect(await seriousViolations(student)).toEqual([]);
  });
});
