import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYER_LESSON, servedItems } from "../support/lesson-answers.js";
import {
  assignLessonAs,
  type BrowserApp,
  createClassAs,
  gqlAs,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
  LESSON_SLUG,
} from "./support/browser.js";

const MOTIVE = "Kim chose what to tell Puzanov";

/** GraphQL with the cookie of the page's browser context. */

/** GraphQL with a bearer token, as a student on another device. */
async function gqlWith(url: string, token: string, query: string, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const SAVE = `mutation($t: ID!, $i: ID!, $a: AnswerInput!) { saveResponse(attemptId: $t, itemId: $i, answer: $a, revision: 1) { itemId } }`;

describe("grading one question for the whole class in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("scores an exercise for every student by keyboard alone and one short answer for its identical copies", async () => {
    const teacher = await app.newPage();
    await teacher.goto("/");
    await signUpTeacherAs(teacher, app.url, "Ms Rivera");
    const createClass = await createClassAs(teacher, app.url, "History 10B");
    const assignLesson = await assignLessonAs(teacher, app.url, createClass.id, LESSON_SLUG);
    const { lesson } = await gqlAs(teacher, app.url, PLAYER_LESSON, { slug: LESSON_SLUG });
    const items = servedItems(lesson);
    const exerciseNumber = items.findIndex((i) => i.kind === "EXERCISE") + 1;
    const exercise = items[exerciseNumber - 1]!;
    const motive = items.find((i) => i.prompt?.startsWith(MOTIVE))!;

    const students = [
      { name: "Ana Lopez", motive: "Kim wanted Moscow to see that Mao was on his side." },
      { name: "Ben Okafor", motive: "kim wanted moscow to see that mao was on his side" },
      { name: "Chen Wei", motive: "Kim wanted Moscow to see that Mao was on his side!!" },
      { name: "Dara Singh", motive: "Mao admitted interference (¶9), which helped Kim." },
    ];
    for (const [index, student] of students.entries()) {
      const { joinClass } = await gqlWith(
        app.url,
        "",
        `mutation($c: String!, $n: String!) { joinClass(joinCode: $c, displayName: $n) { token } }`,
        { c: createClass.joinCode, n: student.name },
      );
      const token = joinClass.token as string;
      const { startAttempt } = await gqlWith(
        app.url,
        token,
        `mutation($a: ID) { startAttempt(assignmentId: $a, lessonSlug: "${LESSON_SLUG}") { id } }`,
        { a: assignLesson.id },
      );
      await gqlWith(app.url, token, SAVE, {
        t: startAttempt.id,
        i: motive.id,
        a: { text: student.motive },
      });
      await gqlWith(app.url, token, SAVE, {
        t: startAttempt.id,
        i: exercise.id,
        a: {
          claimId: exercise.claims![index % exercise.claims!.length]!.id,
          evidence: [{ paragraphNumber: 4 }, { paragraphNumber: 9, start: 0, end: 20 }],
          text: `${student.name.split(" ")[0]}'s reasoning: Kim retold it to Puzanov.`,
        },
      });
      await gqlWith(app.url, token, `mutation($t: ID!) { submitAttempt(attemptId: $t) { id } }`, {
        t: startAttempt.id,
      });
    }

    // From the results, each question links to grading it for the whole class.
    await teacher.goto(`/teacher/assignments/${assignLesson.id}`);
    await teacher.getByRole("link", { name: `Grade by question: Q${exerciseNumber}` }).click();
    await teacher
      .getByRole("heading", { level: 1, name: new RegExp(`^Q${exerciseNumber} `) })
      .waitFor();
    await teacher.getByText("4 not graded yet").waitFor();
    const answers = teacher.getByRole("listitem").filter({ hasText: "reasoning: Kim retold" });
    expect(await answers.count()).toBe(4);
    // Each answer readable: the position, the passages quoted, the reasoning.
    await answers.first().getByText("Ana's reasoning: Kim retold it to Puzanov.").waitFor();
    await answers
      .first()
      .getByText(/^¶9: '/)
      .waitFor();
    const panel = teacher.getByRole("form", { name: /^Score .*'s answer$/ });
    await teacher.getByRole("form", { name: "Score Ana Lopez's answer" }).waitFor();
    const groups = panel.getByRole("group");
    const criteria = await groups.count();
    expect(criteria).toBeGreaterThan(1);
    expect(await seriousViolations(teacher)).toEqual([]);
    await teacher.getByText("Keyboard shortcuts").click();
    await screenshot(teacher, "grade-by-question");

    const status = teacher.getByRole("status");
    const pressed = (criterion: number) =>
      groups.nth(criterion).locator("[aria-pressed=true]").textContent();

    // Ana: a level for each criterion by digits, then "n" saves and moves on.
    for (let i = 0; i < criteria; i++) await teacher.keyboard.press("2");
    for (let i = 0; i < criteria; i++) expect(await pressed(i)).toMatch(/^2 · /);
    // Arrow up goes back a criterion; the digit rescores it.
    await teacher.keyboard.press("ArrowUp");
    await teacher.keyboard.press("3");
    expect(await pressed(criteria - 2)).toMatch(/^3 · /);
    // Typing a comment never triggers a shortcut.
    await panel.getByLabel("Comment for the student").focus();
    await teacher.keyboard.type("Name the 9 passages, not just one.");
    expect(await panel.getByLabel("Comment for the student").inputValue()).toBe(
      "Name the 9 passages, not just one.",
    );
    await teacher.getByRole("form", { name: "Score Ana Lopez's answer" }).waitFor();
    await teacher.keyboard.press("Tab");
    await teacher.keyboard.press("n");
    await status.getByText("Saved", { exact: true }).waitFor();
    await teacher.getByRole("form", { name: "Score Ben Okafor's answer" }).waitFor();
    await answers
      .first()
      .getByText(/^Scored [\d.]+ \/ [\d.]+$/)
      .waitFor();

    // Ben: then "u" saves him and goes to the next answer not graded yet.
    for (let i = 0; i < criteria; i++) await teacher.keyboard.press("1");
    await teacher.keyboard.press("u");
    await teacher.getByRole("form", { name: "Score Chen Wei's answer" }).waitFor();
    await answers
      .nth(1)
      .getByText(/^Scored [\d.]+ \/ [\d.]+$/)
      .waitFor();

    // "k" goes back to Ben with his levels; "u" skips the graded and lands on Chen again.
    await teacher.keyboard.press("k");
    await teacher.getByRole("form", { name: "Score Ben Okafor's answer" }).waitFor();
    expect(await pressed(0)).toMatch(/^1 · /);
    await teacher.keyboard.press("u");
    await teacher.getByRole("form", { name: "Score Chen Wei's answer" }).waitFor();
    for (let i = 0; i < criteria; i++) await teacher.keyboard.press("0");
    await teacher.keyboard.press("u");
    await teacher.getByRole("form", { name: "Score Dara Singh's answer" }).waitFor();
    for (let i = 0; i < criteria; i++) await teacher.keyboard.press("3");
    await teacher.keyboard.press("u");
    await status.getByText("Every answer is graded.").waitFor();
    await teacher.getByText("0 not graded yet").waitFor();
    // Narrow: the rubric comes first, with the answer it scores above it.
    await teacher.setViewportSize({ width: 768, height: 1000 });
    await panel.getByText("Dara's reasoning: Kim retold it to Puzanov.").waitFor();
    await screenshot(teacher, "grade-by-question-exercise-768");
    await teacher.setViewportSize({ width: 1280, height: 900 });
    expect(await panel.getByText("Dara's reasoning: Kim retold it to Puzanov.").isVisible()).toBe(
      false,
    );

    // The short answer: three copies of one answer, scored once.
    await teacher.getByLabel("Question", { exact: true }).selectOption(motive.id);
    await teacher.getByRole("heading", { level: 1, name: new RegExp(MOTIVE) }).waitFor();
    const shortAnswers = teacher.locator("ol.answers > li");
    await shortAnswers.first().getByText("Same as 2 others").waitFor();
    expect(
      await shortAnswers
        .nth(3)
        .getByText(/^Same as/)
        .count(),
    ).toBe(0);
    await teacher.keyboard.press("2");
    const shortPanel = teacher.getByRole("form", { name: "Score Ana Lopez's answer" });
    expect(await shortPanel.getByLabel(/^Points/).inputValue()).toBe("2");
    // The content's scoring guide stands above the points box.
    expect(await shortPanel.getByTestId("scoring-guide").innerText()).toMatch(
      /^Scoring guide\n+2 points:[^]*\n1 point:[^]*\n0 points:/,
    );
    await shortPanel
      .getByRole("button", { name: "Apply this score to the 2 other identical answers" })
      .click();
    await status.getByText("Saved for 3 answers").waitFor();
    for (const n of [0, 1, 2]) await shortAnswers.nth(n).getByText("Scored 2 / 2").waitFor();
    await shortAnswers.nth(3).getByText("Not graded yet").waitFor();
    await teacher.getByText("1 not graded yet").waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);

    await teacher.setViewportSize({ width: 768, height: 1000 });
    await screenshot(teacher, "grade-by-question-768");
    expect(
      await teacher.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await teacher.setViewportSize({ width: 320, height: 900 });
    await shortPanel.getByTestId("scoring-guide").scrollIntoViewIfNeeded();
    await screenshot(teacher, "grade-by-question-guide-320");
    expect(
      await teacher.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await teacher.setViewportSize({ width: 768, height: 1000 });

    // Dara's answer scored, then leaving for the results saves it on the way.
    await teacher.keyboard.press("u");
    await teacher.getByRole("form", { name: "Score Dara Singh's answer" }).waitFor();
    await teacher.keyboard.press("1");
    await teacher.getByRole("link", { name: "Who wrote this down, and why?" }).click();
    await teacher.getByRole("heading", { name: "The class at a glance" }).waitFor();
    await status.getByText("Saved", { exact: true }).waitFor();

    // The server has every score.
    const { assignment } = await gqlAs(
      teacher,
      app.url,
      `query($id: ID!) { assignment(id: $id) { attempts { student { displayName } responses { itemId feedback { score needsReview } } } } }`,
      { id: assignLesson.id },
    );
    for (const attempt of assignment.attempts) {
      const byItem = new Map<string, any>(
        attempt.responses.map((r: any) => [r.itemId, r.feedback]),
      );
      expect(byItem.get(exercise.id).needsReview).toBe(false);
      expect(byItem.get(motive.id)).toEqual({
        score: attempt.student.displayName === "Dara Singh" ? 1 : 2,
        needsReview: false,
      });
    }

    // Another teacher sees no answers.
    const other = await app.newPage();
    await other.goto("/");
    await signUpTeacherAs(other, app.url, "Mr Other");
    await other.goto(`/teacher/assignments/${assignLesson.id}/items/${motive.id}`);
    await other.getByText("Only the teacher of its class can grade it.").waitFor();
    expect(await other.getByText(students[0]!.motive).count()).toBe(0);
  });
});
