import fs from "node:fs";
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
  startAndAnswerOne,
  startBrowserApp,
  LESSON_SLUG,
  LESSON_TITLE,
} from "./support/browser.js";

describe("deleting and downloading student data, in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("a teacher deletes an assignment after the confirmation names its attempts", async () => {
    const teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Ms Rivera");
    const room = await createClassAs(teacher, app.url, "History 10B");
    const assignment = await assignLessonAs(teacher, app.url, room.id, LESSON_SLUG);
    for (const name of ["Ana Lopez", "Ben Okafor"]) {
      const page = await app.newPage();
      await joinClassAs(page, app.url, room.joinCode, name);
      await startAndAnswerOne(page, app.url, assignment.id as string);
    }

    await teacher.goto("/teacher");
    await teacher.getByRole("link", { name: LESSON_TITLE }).waitFor();
    await teacher.getByRole("button", { name: `Delete assignment ${LESSON_TITLE}` }).click();
    const question = teacher.getByText(/2 student attempts and every answer in them/);
    await question.waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "teacher-delete-assignment-confirm");
    await teacher.getByRole("button", { name: "Yes, delete it for good" }).click();
    await teacher.getByText("No lessons assigned yet.").waitFor();
    await teacher.getByRole("status").getByText(`${LESSON_TITLE} was deleted.`).waitFor();
    const { assignment: gone } = await gqlAs(
      teacher,
      app.url,
      `query($id: ID!) { assignment(id: $id) { id } }`,
      {
        id: assignment.id,
      },
    );
    expect(gone).toBeNull();

    // Ana leaves the class with her work; then the class is archived and deleted.
    await teacher.getByRole("button", { name: "Remove from class: Ana Lopez" }).click();
    await teacher.getByText(/Remove Ana Lopez from History 10B\?/).waitFor();
    await teacher.getByRole("button", { name: "Yes, remove and delete their work here" }).click();
    await teacher
      .getByRole("status")
      .getByText("Ana Lopez was removed from History 10B.")
      .waitFor();
    await teacher.getByRole("button", { name: "Archive class History 10B" }).click();
    await teacher.getByRole("button", { name: "Yes, archive it" }).click();
    await teacher.getByText("(archived)").waitFor();
    await screenshot(teacher, "teacher-archived-class");
    // Restored, the class opens again; archived once more, it is ready to delete.
    await teacher.getByRole("button", { name: "Restore class History 10B" }).click();
    await teacher.getByRole("status").getByText("History 10B is restored").waitFor();
    await teacher.getByText("(archived)").waitFor({ state: "detached" });
    await teacher.getByRole("button", { name: "Archive class History 10B" }).click();
    await teacher.getByRole("button", { name: "Yes, archive it" }).click();
    await teacher.getByText("(archived)").waitFor();
    await teacher.getByRole("button", { name: "Delete class History 10B" }).click();
    await teacher
      .getByText(
        /no assignments, no student attempts with every answer, and the places of 1 student/,
      )
      .waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "teacher-delete-class-confirm");
    await teacher.getByRole("button", { name: "Yes, delete everything in it" }).click();
    await teacher.getByText(/Start by creating a class/).waitFor();
  });

  it("a student downloads their data, then deletes their account", async () => {
    const teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Mr Chen");
    const room = await createClassAs(teacher, app.url, "History 11A");
    const assignment = await assignLessonAs(teacher, app.url, room.id, LESSON_SLUG);
    const student = await app.newPage();
    await joinClassAs(student, app.url, room.joinCode, "Chloe Martin");
    const attemptId = await startAndAnswerOne(student, app.url, assignment.id as string);

    await student.goto("/me");
    await student.getByRole("heading", { name: "Your data" }).waitFor();
    expect(await seriousViolations(student)).toEqual([]);
    const [download] = await Promise.all([
      student.waitForEvent("download"),
      student.getByRole("link", { name: "Download my data" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^student-data-.+\.json$/);
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(data.profile.displayName).toBe("Chloe Martin");
    expect(data.classes.map((c: any) => c.className)).toEqual(["History 11A"]);
    expect(data.attempts.map((a: any) => a.id)).toEqual([attemptId]);
    expect(data.attempts[0].responses).toHaveLength(1);

    await student.getByRole("button", { name: "Delete my account" }).click();
    await student.getByText(/Delete your account and all your work for good\?/).waitFor();
    expect(await seriousViolations(student)).toEqual([]);
    await screenshot(student, "student-delete-account-confirm");
    await student.getByRole("button", { name: "Yes, delete my account" }).click();
    await student.getByRole("heading", { name: "My work" }).waitFor();
    const { viewer } = await gqlAs(student, app.url, `{ viewer { id } }`);
    expect(viewer).toBeNull();

    await teacher.goto("/teacher");
    await teacher.getByRole("link", { name: LESSON_TITLE }).waitFor();
    await teacher.getByText("No students yet.", { exact: false }).waitFor();
  });
});
