import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { saving } from "./support/player.js";

const LESSON_SLUG = "context-1956-1957";
const OWN_CLAIM =
  "It was interference to Kim in 1956 and advice by 1957, because the mood changed.";
const FACTS = [
  "The mission was joint: Mikoyan and Peng came together (card 2).",
  "The September plenum restored the condemned men with both visitors present (card 2).",
];
const REFLECTION = "Card 2 changed how I read ¶9: Mao names only Peng.";

describe("students' own thinking, in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("a student writes an own claim, two context facts and a reflection, submits, and reads them back with the teacher's comments", async () => {
    const teacher = await app.newPage();
    teacher.setDefaultTimeout(10_000);
    await signUpTeacherAs(teacher, app.url, "Mr Han");
    const createClass = await createClassAs(teacher, app.url, "History 11C");
    const assignLesson = await assignLessonAs(teacher, app.url, createClass.id, LESSON_SLUG, {
      feedback: "ON_SUBMIT",
    });

    const student = await app.newPage();
    student.setDefaultTimeout(10_000);
    await joinClassAs(student, app.url, createClass.joinCode, "Ana Lopez");

    // The exercise: the own-claim choice, then two context-fact slots.
    await student.goto(`/assignments/${assignLesson.id}?step=5`);
    await student.getByRole("heading", { level: 2, name: /Source analysis/ }).waitFor();
    await saving(student, () => student.getByLabel("My own position, in my own words").check());
    await saving(student, () =>
      student.getByLabel("Your claim, in a sentence or two").fill(OWN_CLAIM),
    );
    await student.getByText(/A fact from the context cards/).waitFor();
    await saving(student, () => student.getByLabel("Fact 1").fill(FACTS[0]!));
    await saving(student, () => student.getByLabel("Fact 2").fill(FACTS[1]!));
    // Choosing a listed position and coming back keeps the own claim's words.
    await saving(student, () => student.getByLabel(/^Yes: it was interference/).check());
    expect(await student.getByLabel("Your claim, in a sentence or two").count()).toBe(0);
    await saving(student, () => student.getByLabel("My own position, in my own words").check());
    expect(await student.getByLabel("Your claim, in a sentence or two").inputValue()).toBe(
      OWN_CLAIM,
    );
    expect(await seriousViolations(student)).toEqual([]);
    await screenshot(student, "thinking-exercise");

    // The reflection: an answer box per prompt, unmarked.
    await student.goto(`/assignments/${assignLesson.id}?step=6`);
    await student.getByRole("heading", { level: 2, name: "Reflect" }).waitFor();
    expect(await student.getByText("Not marked", { exact: true }).count()).toBe(3);
    await saving(student, () =>
      student.getByLabel(/^Which context card changed your reading/).fill(REFLECTION),
    );
    expect(await seriousViolations(student)).toEqual([]);
    await screenshot(student, "thinking-reflect");

    // After a reload the answers are there (saved, not only typed).
    await student.reload();
    expect(await student.getByLabel(/^Which context card changed your reading/).inputValue()).toBe(
      REFLECTION,
    );

    // Back to the exercise after the reload: writing the reasoning keeps the claim and the facts.
    await student.goto(`/assignments/${assignLesson.id}?step=5`);
    expect(await student.getByLabel("Fact 2").inputValue()).toBe(FACTS[1]);
    await saving(student, () =>
      student.getByLabel("Explain how your passages support your claim").fill("Mao admits it."),
    );
    await student.goto(`/assignments/${assignLesson.id}?step=6`);
    await student.getByRole("button", { name: "Submit", exact: true }).click();
    await student.getByRole("button", { name: "Yes, submit" }).click();
    const results = student.locator("section.results");
    await results.getByRole("heading", { name: "Your results" }).waitFor();
    await results.getByText(OWN_CLAIM, { exact: true }).waitFor();
    await results.getByText("Your own claim").waitFor();
    for (const fact of FACTS) await results.getByText(fact, { exact: true }).waitFor();
    await results.getByText(REFLECTION, { exact: true }).waitFor();
    await results
      .getByRole("heading", { name: /Feedback: Kept for your teacher/ })
      .first()
      .waitFor();

    // The teacher reads them in the review and comments on the reflection.
    await teacher.goto(`/teacher/assignments/${assignLesson.id}`);
    const overview = teacher.locator("section", {
      has: teacher.getByRole("heading", { name: "The class at a glance" }),
    });
    await overview
      .getByRole("row", { name: /Ana Lopez/ })
      .getByRole("button")
      .click();
    const exercise = teacher.locator("article", {
      has: teacher.getByText("Score with the rubric"),
    });
    await exercise.getByText("Position (in their own words)").waitFor();
    await exercise.locator(".answer").getByText(OWN_CLAIM, { exact: true }).waitFor();
    await exercise.locator(".answer").getByText("Context facts").waitFor();
    for (const fact of FACTS)
      await exercise.locator(".answer").getByText(fact, { exact: true }).waitFor();
    const reflection = teacher.locator("article", {
      has: teacher.getByRole("heading", { name: /Which context card changed your reading/ }),
    });
    await reflection.locator(".answer").getByText(REFLECTION, { exact: true }).waitFor();
    await reflection.getByText("Not marked").waitFor();
    // No score to give: a comment only.
    expect(await reflection.getByLabel(/^Score/).count()).toBe(0);
    await reflection
      .getByLabel("Comment for the student")
      .fill("Yes, and ask why Mao leaves out Mikoyan.");
    await reflection.getByRole("button", { name: "Save comment" }).click();
    await teacher.getByRole("status").getByText("Comment saved for question 12.").waitFor();
    await reflection.getByText("Your comment: Yes, and ask why Mao leaves out Mikoyan.").waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "thinking-teacher-review");

    // Grade by question: every student's reflection, a comment and no points to give.
    const { lesson } = await gqlAs(
      teacher,
      app.url,
      `query($s: String!) { lesson(slug: $s) { steps { kind questionSet { questions { id } } } } }`,
      { s: LESSON_SLUG },
    );
    const reflectionId = lesson.steps.find((s: any) => s.kind === "REFLECT").questionSet
      .questions[0].id as string;
    await teacher.goto(`/teacher/assignments/${assignLesson.id}/items/${reflectionId}`);
    await teacher.getByRole("heading", { name: /Comment on Ana Lopez's answer/ }).waitFor();
    await teacher.getByText(REFLECTION, { exact: true }).first().waitFor();
    expect(await teacher.getByLabel(/^Points/).count()).toBe(0);
    expect(await teacher.getByLabel("Comment for the student").inputValue()).toBe(
      "Yes, and ask why Mao leaves out Mikoyan.",
    );
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "thinking-grade-by-question");
    await gqlAs(
      teacher,
      app.url,
      `mutation($a: ID!) { returnAttempt(attemptId: $a, comment: "Thoughtful work: the own claim is well argued.") { id } }`,
      {
        a: (
          await gqlAs(
            teacher,
            app.url,
            `query($id: ID!) { assignment(id: $id) { attempts { id } } }`,
            { id: assignLesson.id },
          )
        ).assignment.attempts[0].id,
      },
    );

    // Back on the results page: the teacher's comments, on the item and on the work.
    await student.reload();
    await results.getByRole("heading", { name: "Your results" }).waitFor();
    await results.getByText("Thoughtful work: the own claim is well argued.").waitFor();
    const reflected = results.locator("li.result", { has: student.getByText(REFLECTION) });
    await reflected.getByText("Yes, and ask why Mao leaves out Mikoyan.").waitFor();
    expect(await seriousViolations(student)).toEqual([]);
    await screenshot(student, "thinking-results");
    // The printable worksheet has the fact slots and a box per reflection prompt, unmarked.
    const sheet = await app.newPage();
    await sheet.goto(`/lessons/${LESSON_SLUG}/worksheet`);
    await sheet.getByRole("img", { name: "Fact 2: 2 lines to write on" }).waitFor();
    await sheet
      .locator("section", { has: sheet.getByRole("heading", { name: /Reflect$/ }) })
      .getByText("(not marked)")
      .first()
      .waitFor();
    await screenshot(sheet, "thinking-worksheet");

    await student.setViewportSize({ width: 320, height: 800 });
    expect(await noHorizontalScroll(student)).toBeLessThanOrEqual(0);
    await screenshot(student, "thinking-results-320");
  });
});
