// A teacher prepares a lesson: the teacher view (screen and print) and "Try as a student" in a
// scratch attempt that never counts.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  gqlAs,
  noHorizontalScroll,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
} from "./support/browser.js";
import { RIGHT, checking, feedback, question, saving } from "./support/player.js";

const SLUG = "sourcing-the-record";
const GUIDE = `/teacher/lessons/${SLUG}`;

const controls = (page: Page) =>
  page.locator("button:visible, input:visible, select:visible, textarea:visible").count();

describe("a teacher prepares a lesson, in Chromium", () => {
  let app: BrowserApp;
  let teacher: Page;
  beforeAll(async () => {
    app = await startBrowserApp();
    teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Ms Prepare");
  });
  afterAll(() => app?.close());

  it("shows every step with its time, the keys, misconceptions and key passages marked, and prints as a guide", async () => {
    // Reached from the dashboard's lesson list.
    await teacher.goto("/teacher");
    await teacher.getByRole("heading", { name: "Prepare a lesson" }).waitFor();
    await teacher.getByRole("link", { name: "Teacher guide, lesson 1" }).click();
    await teacher.waitForURL(new RegExp(`${GUIDE}$`));
    await teacher.locator(".guide-step").first().waitFor();
    expect(await teacher.locator(".guide-step").count()).toBe(6);
    const text = await teacher.locator("main").innerText();
    expect(text).toContain("About 60 minutes in 6 steps.");
    expect(await teacher.getByTestId("guide-total").innerText()).toBe("60 min");
    expect(await teacher.getByTestId("step-time").allInnerTexts()).toEqual([
      "10 minutes",
      "11 minutes",
      "7 minutes",
      "9 minutes",
      "18 minutes",
      "5 minutes",
    ]);
    expect(text).toContain("✓ Right");
    expect(text).toContain("Misconceptions it probes:");
    expect(text).toContain("Sample answers:");
    // The teacher-scored short answer's guide to 2, 1 and 0 points.
    expect(text).toMatch(/Scoring guide:\n+2 points:[^]*\n1 point:[^]*\n0 points:/);
    expect(text).toContain("The model evidence in the text");
    expect(text).toContain("The key passages in the text");
    // The READ step's paragraphs, numbered.
    expect(text).toMatch(/¶31/);
    // Key passages are marked inside the document's own text.
    const marks = teacher.locator(".guide-passages mark");
    expect(await marks.count()).toBeGreaterThan(5);
    expect(await teacher.locator(".guide-passages").first().innerText()).toMatch(
      /^The key passages in the text\n+¶\d+/,
    );
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "teacher-guide-screen");

    await teacher.emulateMedia({ media: "print" });
    expect(await controls(teacher), "no buttons in print").toBe(0);
    expect(await teacher.locator("header.app-header").isVisible()).toBe(false);
    expect(await teacher.getByTestId("try-as-student").isVisible()).toBe(false);
    const printed = await teacher.locator("main").innerText();
    expect(printed).toContain("Timings");
    expect(printed).toContain("60 minutes");
    expect(printed).toContain("Misconceptions it probes:");
    expect(printed).toContain("Sample answers:");
    await screenshot(teacher, "teacher-guide-print");
    const pdf = (await teacher.pdf({ preferCSSPageSize: true })).toString("latin1");
    expect(pdf.match(/\/Type \/Page\b/g)?.length).toBeGreaterThan(5);
    await teacher.emulateMedia({ media: "screen" });

    // On a 320 px phone nothing runs off sideways.
    const phone = await app.newPage({ width: 320, height: 700, mobile: true });
    await signUpTeacherAs(phone, app.url, "Mr Phone");
    await phone.goto(GUIDE);
    await phone.locator(".guide-step").first().waitFor();
    expect(await noHorizontalScroll(phone)).toBeLessThanOrEqual(0);
  });

  it("Try as a student: answers, feedback and submit in a scratch attempt that never counts, then back", async () => {
    const { createClass } = await gqlAs(
      teacher,
      app.url,
      `mutation { createClass(name: "History 9A") { id } }`,
    );
    const { assignLesson } = await gqlAs(
      teacher,
      app.url,
      `mutation($c: ID!, $s: String!) { assignLesson(classId: $c, lessonSlug: $s) { id } }`,
      { c: createClass.id, s: SLUG },
    );
    // Reached from the assignment page.
    await teacher.goto(`/teacher/assignments/${assignLesson.id}`);
    await teacher.getByRole("link", { name: "Teacher guide" }).click();
    await teacher.waitForURL(new RegExp(`${GUIDE}$`));
    await teacher.getByRole("button", { name: "Try as a student" }).click();
    await teacher.waitForURL(new RegExp(`${GUIDE}/try$`));
    const banner = teacher.getByTestId("scratch-banner");
    await banner.getByText("Trying as a student — this attempt never counts").waitFor();
    await teacher.getByRole("heading", { level: 2, name: "Meet the record" }).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);

    await teacher.getByRole("button", { name: "Next" }).click();
    await teacher.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    await saving(teacher, () => teacher.getByLabel(RIGHT.author).check());
    // As in a student's practice: the answer is checked, a try spent, then the feedback shows.
    await checking(teacher, question(teacher, 1));
    await feedback(question(teacher, 1), "Correct").waitFor();
    await screenshot(teacher, "teacher-try-question");

    for (let step = 3; step <= 6; step++)
      await teacher.getByRole("button", { name: "Next" }).click();
    await teacher.getByRole("heading", { level: 2, name: "Reflect" }).waitFor();
    await teacher.getByRole("button", { name: "Submit", exact: true }).click();
    await teacher.getByRole("button", { name: "Yes, submit" }).click();
    await teacher.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
    expect(await teacher.getByRole("heading", { name: /Feedback:/ }).count()).toBeGreaterThan(0);
    await banner.waitFor();
    await screenshot(teacher, "teacher-try-results");

    // It counts nowhere: the class has no attempt, and the assignment page says so.
    const results = await gqlAs(
      teacher,
      app.url,
      `query($a: ID!) { assignment(id: $a) { attempts { id } itemStatistics { responses } } }`,
      { a: assignLesson.id },
    );
    expect(results.assignment.attempts).toEqual([]);
    expect(results.assignment.itemStatistics.every((s: any) => s.responses === 0)).toBe(true);

    await banner.getByRole("link", { name: "Back to the teacher view" }).click();
    await teacher.waitForURL(new RegExp(`${GUIDE}$`));
    await teacher.locator(".guide-step").first().waitFor();

    // Trying again starts afresh: no answers carried over.
    await teacher.getByRole("button", { name: "Try as a student" }).click();
    await teacher.getByRole("heading", { level: 2, name: "Meet the record" }).waitFor();
    await teacher.getByRole("button", { name: "Next" }).click();
    await teacher.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    expect(await teacher.getByLabel(RIGHT.author).isChecked()).toBe(false);
    expect(await teacher.getByRole("button", { name: "Submit", exact: true }).count()).toBe(0);
  });

  it("asks anyone but a teacher to log in as one, and shows them no key", async () => {
    const anonymous = await app.newPage();
    await anonymous.goto(GUIDE);
    await anonymous.getByRole("link", { name: "Log in as a teacher" }).waitFor();
    const text = await anonymous.locator("main").innerText();
    expect(text).not.toContain("✓ Right");
    expect(text).not.toContain("Misconceptions");
    expect(await seriousViolations(anonymous)).toEqual([]);
    await anonymous.goto(`${GUIDE}/try`);
    await anonymous.getByRole("heading", { level: 1 }).waitFor();
    expect(await anonymous.getByTestId("scratch-banner").count()).toBe(0);
  });
});
