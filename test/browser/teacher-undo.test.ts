import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYER_LESSON, servedItems } from "../support/lesson-answers.js";
import {
  assignLessonAs,
  type BrowserApp,
  createClassAs,
  gqlAs,
  joinClassAs,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startAndAnswerOne,
  startBrowserApp,
  LESSON_SLUG,
  LESSON_TITLE,
} from "./support/browser.js";

const HOUR = 3600_000;

/** A time as a datetime-local input takes it, in the browser's (and this machine's) time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

describe("a teacher putting mistakes right, in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("reopens an accidental submission, confirms a due date moved into the past, and extends one student past the closed page", async () => {
    const teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Ms Rivera");
    const createClass = await createClassAs(teacher, app.url, "History 10B");
    const assignLesson = await assignLessonAs(teacher, app.url, createClass.id, LESSON_SLUG, {
      feedback: "AFTER_DUE",
      dueAt: new Date(Date.now() + HOUR).toISOString(),
    });
    const assignmentId = assignLesson.id as string;

    const join = async (name: string) => {
      const page = await app.newPage();
      await joinClassAs(page, app.url, createClass.joinCode, name);
      return page;
    };
    const ana = await join("Ana Lopez");
    const ben = await join("Ben Okafor");
    const chloe = await join("Chloe Martin");
    const { lesson } = await gqlAs(ana, app.url, PLAYER_LESSON, { slug: LESSON_SLUG });
    const choice = servedItems(lesson).find((item) => item.kind === "SINGLE_CHOICE")!;
    const anaAttempt = await startAndAnswerOne(ana, app.url, assignmentId);
    await startAndAnswerOne(chloe, app.url, assignmentId);
    // Ana hands in by accident, long before she meant to.
    await gqlAs(ana, app.url, `mutation($t: ID!) { submitAttempt(attemptId: $t) { id } }`, {
      t: anaAttempt,
    });

    // The teacher reopens Ana's work.
    await teacher.goto(`/teacher/assignments/${assignmentId}`);
    await teacher.getByRole("heading", { name: LESSON_TITLE }).waitFor();
    const undo = teacher.locator("section", {
      has: teacher.getByRole("heading", { name: "Reopen, extend or return work" }),
    });
    await undo.getByLabel("Choose a student").selectOption({ label: "Ana Lopez" });
    await undo.getByText("Handed in on").waitFor();
    await screenshot(teacher, "teacher-undo-submitted");
    await undo.getByRole("button", { name: "Reopen Ana Lopez's work" }).click();
    await teacher.getByRole("status").getByText("Ana Lopez's work is open again").waitFor();
    await undo.getByText("In progress.").waitFor();
    const status = await gqlAs(
      ana,
      app.url,
      `query($t: ID!) { attempt(id: $t) { status responses { itemId } } }`,
      {
        t: anaAttempt,
      },
    );
    expect(status.attempt).toEqual({ status: "IN_PROGRESS", responses: [{ itemId: choice.id }] });
    expect(await seriousViolations(teacher)).toEqual([]);

    // Moving the due date into the past asks first, naming the open attempts it hands in.
    await teacher.getByText("Change the due date or feedback timing").click();
    await teacher.getByLabel("Due date and time").fill(localInput(new Date(Date.now() - HOUR)));
    await teacher.getByRole("button", { name: "Save changes" }).click();
    const confirm = teacher.getByTestId("due-confirm");
    await confirm.getByText("hands in 2 open attempts now").waitFor();
    await screenshot(teacher, "teacher-undo-due-confirm");
    await confirm.getByRole("button", { name: "Save and hand them in" }).click();
    await teacher.getByText("Feedback: after the due date").waitFor();
    await teacher.getByRole("status").getByText("Changes saved").waitFor();

    // Ben never started: the assignment has closed for him.
    await ben.goto(`/assignments/${assignmentId}`);
    await ben.getByRole("heading", { name: LESSON_TITLE }).waitFor();
    await ben.getByText(/^This assignment closed on /).waitFor();
    expect(await seriousViolations(ben)).toEqual([]);
    await screenshot(ben, "student-assignment-closed");
    const { myAttempts } = await gqlAs(ben, app.url, `{ myAttempts { id } }`);
    expect(myAttempts).toEqual([]);

    // The teacher gives Ben until tomorrow; he gets in.
    await undo.getByLabel("Choose a student").selectOption({ label: "Ben Okafor" });
    const tomorrow = new Date(Date.now() + 24 * HOUR);
    await undo.getByLabel("Extend the due date for Ben Okafor").fill(localInput(tomorrow));
    await undo.getByRole("button", { name: "Give more time" }).click();
    await teacher.getByRole("status").getByText("Ben Okafor now has until").waitFor();
    await undo.getByText("(extended)").waitFor();
    await screenshot(teacher, "teacher-undo-extended");

    await ben.reload();
    await ben.getByRole("heading", { name: LESSON_TITLE }).waitFor();
    await ben.locator("#step-title").waitFor();
    expect(await ben.getByText(/This assignment closed/).count()).toBe(0);
    await screenshot(ben, "student-assignment-extended");
    const again = await gqlAs(ben, app.url, `{ myAttempts { status dueAt } }`);
    expect(again.myAttempts).toHaveLength(1);
    expect(again.myAttempts[0].status).toBe("IN_PROGRESS");
    expect(
      Math.abs(new Date(again.myAttempts[0].dueAt).getTime() - tomorrow.getTime()),
    ).toBeLessThan(60_000);

    // Ana's work, handed in by the due date, is returned with a comment she reads with her results.
    await undo.getByLabel("Choose a student").selectOption({ label: "Ana Lopez" });
    await undo
      .getByLabel("Return with a comment")
      .fill("Good start. Look again at who kept this record.");
    await undo.getByRole("button", { name: "Return with comment" }).click();
    await teacher.getByRole("status").getByText("Ana Lopez's work is returned").waitFor();
    await ana.goto(`/assignments/${assignmentId}`);
    await ana
      .getByTestId("teacher-comment")
      .getByText("Look again at who kept this record.")
      .waitFor();
    await screenshot(ana, "student-returned-comment");

    // Moving the due date back offers to reopen what the old date handed in (the settings are still open).
    await teacher.getByLabel("Due date and time").fill(localInput(new Date(Date.now() + 2 * HOUR)));
    await teacher.getByRole("button", { name: "Save changes" }).click();
    const offer = teacher.getByTestId("reopen-offer");
    await offer.getByText("2 attempts were handed in when the old due date passed").waitFor();
    await screenshot(teacher, "teacher-undo-reopen-offer");
    await offer.getByRole("button", { name: "Reopen them" }).click();
    await offer.waitFor({ state: "detached" });
    expect(
      (
        await gqlAs(ana, app.url, `query($t: ID!) { attempt(id: $t) { status } }`, {
          t: anaAttempt,
        })
      ).attempt.status,
    ).toBe("IN_PROGRESS");
  });

  it("renames a student and merges a duplicate join on the class roster", async () => {
    const teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Mr Kim");
    const createClass = await createClassAs(teacher, app.url, "History 11A");
    for (const name of ["Aiko T.", "Aiko T."]) {
      const page = await app.newPage();
      await joinClassAs(page, app.url, createClass.joinCode, name);
    }
    await teacher.goto("/teacher");
    const roster = teacher.getByRole("list", { name: "Students in History 11A" });
    await roster.getByRole("listitem").nth(1).waitFor();
    const first = roster.getByRole("listitem").first();
    await first.getByText("Rename or merge").click();
    await first.getByLabel("Your name for this student").fill("Aiko Tanaka");
    await first.getByRole("button", { name: "Rename" }).click();
    await roster.locator(".name", { hasText: "Aiko Tanaka" }).waitFor();
    const kept = roster
      .getByRole("listitem")
      .filter({ has: teacher.locator(".name", { hasText: "Aiko Tanaka" }) });
    await kept.getByText("Rename or merge").click();
    await kept.getByRole("button", { name: "Merge into Aiko Tanaka" }).click();
    await screenshot(teacher, "teacher-roster-merge");
    await kept.getByRole("button", { name: "Yes, merge" }).click();
    await teacher.getByRole("status").getByText("Merged into Aiko Tanaka").waitFor();
    await expect.poll(() => roster.getByRole("listitem").count()).toBe(1);
    expect(await seriousViolations(teacher)).toEqual([]);
  });
});
