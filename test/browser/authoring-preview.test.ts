// A teacher previews an unpublished draft as a student in the browser: the editor opens through
// the set's by-id query, the preview runs the draft (its changed key gives the feedback), an edit
// shows in the next preview, and a draft with a problem lists it with a link to its field. An
// assignment whose attempts span two versions shows each version's misconceptions and key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PLAYER_LESSON, servedItems } from "../support/lesson-answers.js";
import { checking, feedback, question, saving } from "./support/player.js";
import {
  type BrowserApp,
  createClassAs,
  joinClassAs,
  SAVE_RESPONSE,
  START_ATTEMPT,
  gqlAs,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
} from "./support/browser.js";

const SET = `id authoring { version draft status }`;
const UPDATE = `mutation($id: ID!, $c: JSONObject!, $v: Int!) {
  updateQuestionSet(id: $id, input: { content: $c }, expectedVersion: $v) { ${SET} } }`;

/** The GraphQL operations a page sends, by name, as they go. */
function operations(page: Page): string[] {
  const sent: string[] = [];
  page.on("request", (request) => {
    const body = request.postData() ?? "";
    const name = /\b(?:query|mutation) (\w+)/.exec(body)?.[1];
    if (request.url().endsWith("/graphql") && name) sent.push(name);
  });
  return sent;
}

describe("previewing a draft as a student", () => {
  let app: BrowserApp;
  let teacher: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    teacher = await app.newPage();
    await teacher.goto("/");
    await signUpTeacherAs(teacher, app.url, "Ms Preview");
  }, 120_000);
  afterAll(async () => app?.close());

  it("runs the unpublished draft with feedback, follows an edit, and points at problems", async () => {
    const { questionSet } = await gqlAs(
      teacher,
      app.url,
      `{ questionSet(slug: "sourcing-marks-and-readers") { id } }`,
    );
    const { duplicateQuestionSet: set } = await gqlAs(
      teacher,
      app.url,
      `mutation($id: ID!) { duplicateQuestionSet(id: $id) { ${SET} } }`,
      { id: questionSet.id },
    );
    // An unpublished change: a new prompt, and Kim becomes the keyed answer.
    const draft = structuredClone(set.authoring.draft);
    draft.questions[0].prompt = "Whose words open this record?";
    for (const choice of draft.questions[0].choices) {
      choice.correct = choice.id === "kim";
      if (choice.id === "kim") delete choice.misconception;
      if (choice.id === "puzanov") choice.misconception = "speaker-is-author";
    }
    const v2 = (
      await gqlAs(teacher, app.url, UPDATE, { id: set.id, c: draft, v: set.authoring.version })
    ).updateQuestionSet.authoring;
    expect(v2.status).toBe("DRAFT");

    // The editor opens the set by its id.
    const sent = operations(teacher);
    await teacher.goto(`/teacher/sets/${encodeURIComponent(set.id)}`);
    await teacher.locator("#set-title").waitFor();
    expect(sent).toContain("MyQuestionSet");

    await teacher.getByRole("link", { name: "Preview as a student" }).click();
    await teacher.waitForURL(/\/teacher\/sets\/.+\/preview$/);
    const banner = teacher.getByTestId("scratch-banner");
    await banner.getByText("Previewing your draft as a student — not published.").waitFor();
    await banner.getByText(`draft version ${v2.version}`).waitFor();
    expect(sent).toContain("PreviewQuestionSet");
    const first = question(teacher, 1);
    await first.getByText("Whose words open this record?").waitFor();
    await saving(teacher, () => first.getByLabel("Kim Il Sung").check());
    await checking(teacher, first);
    await feedback(first, "Correct").waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "authoring-preview-feedback");

    // Still a draft, published nowhere.
    const after = await gqlAs(
      teacher,
      app.url,
      `query($id: ID!) { myQuestionSet(id: $id) { authoring { status versions { number } } } }`,
      { id: set.id },
    );
    expect(after.myQuestionSet.authoring).toEqual({ status: "DRAFT", versions: [] });

    // Back to the editor, an edit, and the preview shows it.
    await banner.getByRole("link", { name: "Back to the editor" }).click();
    await teacher.locator("#set-title").waitFor();
    const prompt = teacher.locator("#f-questions-0-prompt");
    await prompt.fill("Who speaks first in this record?");
    await teacher.getByRole("link", { name: "Preview as a student" }).click();
    await teacher.waitForURL(/\/preview$/);
    await question(teacher, 1).getByText("Who speaks first in this record?").waitFor();
    // A fresh preview: the earlier answer went with the earlier draft.
    expect(await question(teacher, 1).getByLabel("Kim Il Sung").isChecked()).toBe(false);

    // A draft with a problem: listed, with a link to its field in the editor.
    const current = (
      await gqlAs(teacher, app.url, `query($id: ID!) { myQuestionSet(id: $id) { ${SET} } }`, {
        id: set.id,
      })
    ).myQuestionSet.authoring;
    const broken = structuredClone(current.draft);
    broken.questions[0].prompt = "";
    await gqlAs(teacher, app.url, UPDATE, { id: set.id, c: broken, v: current.version });
    await teacher.goto(`/teacher/sets/${encodeURIComponent(set.id)}/preview`);
    const problems = teacher.getByTestId("preview-problems");
    await problems.waitFor();
    await teacher.getByRole("heading", { name: "The draft cannot be previewed yet" }).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "authoring-preview-problems");
    await problems.getByRole("link").first().click();
    await teacher.waitForURL(/\/teacher\/sets\/[^/]+\?problem=/);
    await teacher.waitForFunction(() => document.activeElement?.id === "f-questions-0-prompt");
  });

  it("shows an assignment's misconceptions and key version by version", async () => {
    const PUBLISH = `mutation($id: ID!, $m: Boolean) { publishQuestionSet(id: $id, moveOpenAssignments: $m) { ${SET} authoring { versions { lessonSlug } } } }`;
    const { questionSet } = await gqlAs(
      teacher,
      app.url,
      `{ questionSet(slug: "sourcing-marks-and-readers") { id } }`,
    );
    const set = (
      await gqlAs(
        teacher,
        app.url,
        `mutation($id: ID!) { duplicateQuestionSet(id: $id) { ${SET} } }`,
        {
          id: questionSet.id,
        },
      )
    ).duplicateQuestionSet;
    const v1 = (await gqlAs(teacher, app.url, PUBLISH, { id: set.id })).publishQuestionSet
      .authoring;
    const room = await createClassAs(teacher, app.url, "History 11C");
    const { assignQuestionSet } = await gqlAs(
      teacher,
      app.url,
      `mutation($c: ID!, $q: ID!) { assignQuestionSet(classId: $c, questionSetId: $q, feedback: ON_SUBMIT) { id } }`,
      { c: room.id, q: set.id },
    );
    /** A new student answers "Who wrote…" on the lesson with the choice. */
    const answer = async (name: string, slug: string, text: string) => {
      const student = await app.newPage();
      await student.goto("/");
      await joinClassAs(student, app.url, room.joinCode, name);
      const { lesson } = await gqlAs(student, app.url, PLAYER_LESSON, { slug });
      const first = servedItems(lesson)[0]!;
      const { startAttempt } = await gqlAs(student, app.url, START_ATTEMPT, {
        a: assignQuestionSet.id,
        l: slug,
      });
      await gqlAs(student, app.url, SAVE_RESPONSE, {
        t: startAttempt.id,
        i: first.id,
        a: { choiceIds: [first.choices!.find((c) => c.text === text)!.id] },
      });
      await gqlAs(student, app.url, `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`, {
        a: startAttempt.id,
      });
    };
    await answer("Early Student", v1.versions[0].lessonSlug, "Kim Il Sung");
    const draft = structuredClone(v1.draft);
    draft.questions[0].prompt = "Who kept this record?";
    await gqlAs(teacher, app.url, UPDATE, { id: set.id, c: draft, v: v1.version });
    const v2 = (await gqlAs(teacher, app.url, PUBLISH, { id: set.id, m: true })).publishQuestionSet
      .authoring;
    await answer("Late Student", v2.versions[1].lessonSlug, "Mao Zedong");

    await teacher.goto(`/teacher/assignments/${encodeURIComponent(assignQuestionSet.id)}`);
    const picker = teacher.getByTestId("version-picker");
    await picker.waitFor();
    const misconceptions = teacher.getByTestId("misconceptions");
    await misconceptions.getByText("1 of 2 students").first().waitFor();
    await misconceptions.getByText("The record is Mao's own words").waitFor();
    expect(await misconceptions.getByText("The speaker is the author").count()).toBe(0);
    await teacher.getByLabel("Show the results of").selectOption({ label: "Version 1" });
    await teacher.getByText("Who wrote this record?").first().waitFor();
    await misconceptions
      .getByText(/speaker/i)
      .first()
      .waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "assignment-versions");
  });
});
