import fs from "node:fs";
import type { Page } from "playwright-core";
import { csvRecords } from "../support/csv.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYER_LESSON, type ServedItem, servedItems } from "../support/lesson-answers.js";
import {
  type BrowserApp,
  gqlAs,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
  LESSON_SLUG,
  LESSON_TITLE,
} from "./support/browser.js";
import { checking, feedback, question, RIGHT, saving } from "./support/player.js";

const HOUR = 3600_000;
const WRONG_AUTHOR = "Kim Il Sung";
const STUDENTS = ["Ana Lopez", "Ben Okafor", "Chen Wei", "Dara Singh", "Eve Moreau"] as const;

const START = `mutation($a: ID) { startAttempt(assignmentId: $a, lessonSlug: "${LESSON_SLUG}") { id } }`;
const SAVE = `mutation($t: ID!, $i: ID!, $a: AnswerInput!, $r: Int!) { saveResponse(attemptId: $t, itemId: $i, answer: $a, revision: $r) { itemId } }`;
const SUBMIT = `mutation($t: ID!) { submitAttempt(attemptId: $t) { status } }`;

/** A time as a datetime-local input takes it, in the browser's (and this machine's) time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

describe("a class of five through one lesson, in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("practises with tries, puts mistakes right, grades the exercise for all five by question and exports the CSV", async () => {
    // The teacher makes the class and assigns the lesson on the dashboard.
    const teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Ms Rivera");
    await teacher.goto("/teacher");
    await teacher.getByLabel("Class name").fill("History 10B");
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.getByRole("heading", { name: "History 10B" }).waitFor();
    const joinCode = (await teacher.locator(".code-value").textContent())!.trim();
    await teacher.getByLabel("Lesson", { exact: true }).selectOption(LESSON_SLUG);
    const due = new Date(Date.now() + HOUR);
    await teacher.getByLabel("Due date and time").fill(localInput(due));
    await teacher.getByLabel("After each check (tries)").check();
    await teacher.getByRole("button", { name: "Assign lesson" }).click();
    const assignmentLink = teacher.getByRole("link", { name: LESSON_TITLE });
    await assignmentLink.waitFor();
    const assignmentId = (await assignmentLink.getAttribute("href"))!.split("/").pop()!;

    // Five students join with the class link, each on their own device.
    const pages = new Map<string, Page>();
    for (const name of STUDENTS) {
      const page = await app.newPage();
      await page.goto(`/join/${joinCode}`);
      await page.getByText("History 10B").first().waitFor();
      await page.getByLabel("Your name").fill(name);
      await page.getByRole("button", { name: "Join the class" }).click();
      await page.getByText("Keep this code").waitFor();
      pages.set(name, page);
    }
    await teacher.reload();
    await teacher.getByText("0 of 5 started").waitFor();
    await screenshot(teacher, "class-of-five-dashboard");

    const { lesson } = await gqlAs(teacher, app.url, PLAYER_LESSON, { slug: LESSON_SLUG });
    const items = servedItems(lesson);
    const exerciseNumber = items.findIndex((i) => i.kind === "EXERCISE") + 1;
    const exercise = items[exerciseNumber - 1]!;
    const choice = items.find((i) => i.kind === "SINGLE_CHOICE")!;

    // Ana practises in the player: a wrong author, checked, "not right" with no key; then the
    // right one on her second try, for two thirds of the point, and the question locks.
    const ana = pages.get("Ana Lopez")!;
    await ana.goto(`/assignments/${assignmentId}?step=2`);
    await ana.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    const q1 = question(ana, 1);
    await saving(ana, () => q1.getByLabel(WRONG_AUTHOR, { exact: true }).check());
    await checking(ana, q1);
    await feedback(q1, "Not yet").waitFor();
    expect(await q1.getByText("Right answer").count()).toBe(0);
    await screenshot(ana, "class-of-five-try-wrong");
    await q1.getByRole("button", { name: "Try again" }).click();
    await saving(ana, () => q1.getByLabel(RIGHT.author).check());
    await checking(ana, q1);
    await feedback(q1, "Correct").waitFor();
    await q1.getByText("Locked after 2 tries").waitFor();
    await screenshot(ana, "class-of-five-try-locked");

    // Everyone answers the choice and writes the exercise; Eve is away and only starts.
    const attempts = new Map<string, string>();
    for (const [index, name] of STUDENTS.entries()) {
      const page = pages.get(name)!;
      const { startAttempt } = await gqlAs(page, app.url, START, { a: assignmentId });
      attempts.set(name, startAttempt.id);
      if (name === "Eve Moreau") continue;
      await answer(
        app.url,
        page,
        startAttempt.id,
        name === "Ana Lopez" ? null : choice,
        exercise,
        index,
      );
    }
    expect(choice.id).toBe(
      (
        await gqlAs(ana, app.url, `{ myAttempts { responses { itemId locked } } }`)
      ).myAttempts[0].responses.find((r: { locked: boolean }) => r.locked).itemId,
    );

    // Ben hands in by accident; the teacher reopens his work and he finishes.
    const ben = pages.get("Ben Okafor")!;
    await gqlAs(ben, app.url, SUBMIT, { t: attempts.get("Ben Okafor") });
    await teacher.goto(`/teacher/assignments/${assignmentId}`);
    await teacher.getByRole("heading", { name: LESSON_TITLE }).waitFor();
    const undo = teacher.locator("section", {
      has: teacher.getByRole("heading", { name: "Reopen, extend or return work" }),
    });
    await undo.getByLabel("Choose a student").selectOption({ label: "Ben Okafor" });
    await undo.getByText("Handed in on").waitFor();
    await undo.getByRole("button", { name: "Reopen Ben Okafor's work" }).click();
    await teacher.getByRole("status").getByText("Ben Okafor's work is open again").waitFor();
    await screenshot(teacher, "class-of-five-reopened");
    await ben.goto(`/assignments/${assignmentId}`);
    await ben.getByRole("heading", { name: LESSON_TITLE }).waitFor();
    await ben.locator("#step-title").waitFor();
    expect(await ben.getByRole("heading", { name: "Your results" }).count()).toBe(0);
    const reopened = await gqlAs(ben, app.url, `{ myAttempts { status } }`);
    expect(reopened.myAttempts).toEqual([{ status: "IN_PROGRESS" }]);

    // Eve gets until tomorrow; her player shows her own due date.
    const tomorrow = new Date(Date.now() + 24 * HOUR);
    await undo.getByLabel("Choose a student").selectOption({ label: "Eve Moreau" });
    await undo.getByLabel("Extend the due date for Eve Moreau").fill(localInput(tomorrow));
    await undo.getByRole("button", { name: "Give more time" }).click();
    await teacher.getByRole("status").getByText("Eve Moreau now has until").waitFor();
    await screenshot(teacher, "class-of-five-extended");
    const eve = pages.get("Eve Moreau")!;
    const { myAttempts } = await gqlAs(eve, app.url, `{ myAttempts { dueAt } }`);
    expect(Math.abs(new Date(myAttempts[0].dueAt).getTime() - tomorrow.getTime())).toBeLessThan(
      60_000,
    );
    await answer(app.url, eve, attempts.get("Eve Moreau")!, choice, exercise, 4);

    for (const name of STUDENTS) {
      await gqlAs(pages.get(name)!, app.url, SUBMIT, { t: attempts.get(name) });
    }

    // Grading the exercise for all five, by question, from the keyboard.
    await teacher.reload();
    await teacher.getByText("Everyone has started.").waitFor();
    const eveRow = teacher
      .locator("section", { has: teacher.getByRole("heading", { name: "The class at a glance" }) })
      .locator("tbody tr", { hasText: "Eve Moreau" });
    expect(await eveRow.locator("th").innerText()).toMatch(/^Eve Moreau\s+Extended to \w+ \d+/);
    await teacher.getByRole("link", { name: `Grade by question: Q${exerciseNumber}` }).click();
    await teacher.getByText("5 not graded yet").waitFor();
    const status = teacher.getByRole("status");
    const panel = teacher.getByRole("form", { name: /^Score .*'s answer$/ });
    const criteria = await panel.getByRole("group").count();
    expect(criteria).toBeGreaterThan(1);
    for (const [index, name] of STUDENTS.entries()) {
      await teacher.getByRole("form", { name: `Score ${name}'s answer` }).waitFor();
      for (let i = 0; i < criteria; i++) await teacher.keyboard.press(String(1 + (index % 3)));
      if (name === "Dara Singh") {
        await panel
          .getByLabel("Comment for the student")
          .fill("Quote the passage, then explain it.");
        await panel.getByLabel("Comment for the student").press("Tab");
      }
      if (index === 0) await screenshot(teacher, "class-of-five-grade-by-question");
      await teacher.keyboard.press("u");
    }
    await status.getByText("Every answer is graded.").waitFor();
    await teacher.getByText("0 not graded yet").waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);

    // The CSV: one row per student, names first, two decimals, percentages and the comment.
    await teacher.getByRole("link", { name: "Who wrote this down, and why?" }).click();
    await teacher.getByRole("heading", { name: "The class at a glance" }).waitFor();
    await screenshot(teacher, "class-of-five-results");
    const csvLink = teacher.getByRole("link", { name: "Download CSV" });
    const [download] = await Promise.all([teacher.waitForEvent("download"), csvLink.click()]);
    const [header, ...rows] = csvRecords(fs.readFileSync((await download.path())!, "utf8"));
    expect(header!.slice(0, 4)).toEqual(["Student", "Student ID", "Status", "Late"]);
    expect(rows.map((r) => r[0]).sort()).toEqual([...STUDENTS].sort());
    const percentage = header!.indexOf("Percentage");
    const comments = header!.indexOf("Teacher comments");
    // Every score column (not the words of a claim or the passages quoted) has two decimals at most.
    const scoreColumns = header!.flatMap((title, i) =>
      i >= 6 && i < percentage && !/ (claim|passages)$/.test(title) ? [i] : [],
    );
    for (const row of rows) {
      expect(row[2]).toBe("submitted");
      expect(row[3]).toBe("no");
      expect(row[percentage]).toMatch(/^\d+(\.\d{1,2})?$/);
      for (const i of scoreColumns) expect(row[i]).toMatch(/^(\d+(\.\d{1,2})?)?$/);
    }
    // Tries: Ana's two checks on the first question; everyone else's answer counted as one try
    // at the submit. Her score is the two thirds her second try earned.
    const q1Tries = header!.indexOf("Q1 tries");
    expect(q1Tries).toBeGreaterThan(0);
    for (const row of rows) expect(row[q1Tries]).toBe(row[0] === "Ana Lopez" ? "2" : "1");
    expect(rows.find((r) => r[0] === "Ana Lopez")![q1Tries - 1]).toBe("0.67");
    const dara = rows.find((r) => r[0] === "Dara Singh")!;
    expect(dara[comments]).toContain(`Q${exerciseNumber}: Quote the passage, then explain it.`);
    // The exercise's claim and its two passages, quoted in the order chosen.
    expect(exercise.claims!.map((c) => c.text)).toContain(
      dara[header!.indexOf(`Q${exerciseNumber} claim`)],
    );
    expect(dara[header!.indexOf(`Q${exerciseNumber} passages`)]).toMatch(/^¶4 ".+"\n¶9 ".+"$/);
  });
});

/** A choice picked (unless already done) and the exercise written, saved as a device saves them. */
async function answer(
  url: string,
  page: Page,
  attemptId: string,
  choice: ServedItem | null,
  exercise: ServedItem,
  index: number,
): Promise<void> {
  if (choice)
    await gqlAs(page, url, SAVE, {
      t: attemptId,
      i: choice.id,
      a: { choiceIds: [choice.choices![index % choice.choices!.length]!.id] },
      r: 1,
    });
  await gqlAs(page, url, SAVE, {
    t: attemptId,
    i: exercise.id,
    a: {
      claimId: exercise.claims![index % exercise.claims!.length]!.id,
      evidence: [{ paragraphNumber: 4 }, { paragraphNumber: 9, start: 0, end: 20 }],
      text: `Reasoning ${index + 1}: Kim retold it to Puzanov, who wrote it down for Moscow.`,
    },
    r: 1,
  });
}
