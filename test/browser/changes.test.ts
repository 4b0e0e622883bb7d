import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignLessonAs,
  type BrowserApp,
  createClassAs,
  gqlAs,
  joinClassAs,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
  LESSON_SLUG,
  LESSON_TITLE,
} from "./support/browser.js";

describe("a teacher reading what changed, in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("lists the class's and the assignment's changes, newest first, keyboard-reachable and axe clean", async () => {
    const teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Ms Rivera");
    const room = await createClassAs(teacher, app.url, "History 10B");
    const assignment = await assignLessonAs(teacher, app.url, room.id, LESSON_SLUG);
    const ana = await app.newPage();
    await joinClassAs(ana, app.url, room.joinCode, "Ana Lopez");
    const anaId = (await gqlAs(ana, app.url, `{ viewer { id } }`)).viewer.id;
    await gqlAs(
      teacher,
      app.url,
      `mutation($a: ID!) { updateAssignment(assignmentId: $a, dueAt: "2031-05-01T12:00:00Z", feedback: AFTER_DUE) { id } }`,
      { a: assignment.id },
    );
    await gqlAs(
      teacher,
      app.url,
      `mutation($c: ID!, $s: ID!) { resetSignInCode(classId: $c, studentId: $s) { id } }`,
      { c: room.id, s: anaId },
    );

    await teacher.goto(`/teacher/assignments/${assignment.id}`);
    await teacher.getByRole("heading", { name: LESSON_TITLE }).waitFor();
    const changes = teacher.getByTestId("changes");
    const summary = changes.getByText("Changes", { exact: true });
    await summary.focus();
    await teacher.keyboard.press("Enter");
    const items = changes.getByRole("listitem");
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(/Ms Rivera.*Feedback: .* → .*/),
      expect.stringMatching(/Ms Rivera.*Due date: none → /),
    ]);
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "changes-assignment");

    await teacher.goto(`/teacher`);
    const card = teacher.locator("section.classroom", {
      has: teacher.getByRole("heading", { name: "History 10B" }),
    });
    await card.getByText("Changes", { exact: true }).click();
    const classItems = card.getByTestId("changes").getByRole("listitem");
    await classItems.first().waitFor();
    expect(await classItems.first().textContent()).toMatch(/New sign-in code for Ana Lopez/);
    expect(await classItems.count()).toBe(3);
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "changes-class");
  });
});
