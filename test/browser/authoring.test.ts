// A teacher adapts a built-in question set in the browser (a prompt, a key, an item added with the
// keyboard alone, an evidence passage picked in the text), meets a stale save from a second tab,
// publishes and assigns it; a student completes it and is scored on the changed key.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PLAYER_LESSON, servedItems } from "../support/lesson-answers.js";
import { mouseSelect } from "./support/player.js";
import {
  type BrowserApp,
  createClassAs,
  gqlAs,
  joinClassAs,
  screenshot,
  seriousViolations,
  signUpTeacherAs,
  startBrowserApp,
  LESSON_SLUG,
  SAVE_RESPONSE,
  START_ATTEMPT,
} from "./support/browser.js";

const SET_TITLE = "Sourcing: marks on the page and readers";
const item = (page: Page, n: number) =>
  page.locator("article.item", {
    has: page.getByRole("heading", { name: new RegExp(`^Item ${n} ·`) }),
  });
const saved = (page: Page) =>
  page.getByTestId("save-state").getByText("All changes saved").waitFor({ timeout: 15_000 });

async function myDraft(page: Page, url: string) {
  const { myQuestionSets } = await gqlAs(
    page,
    url,
    `{ myQuestionSets { id title authoring { version draft problems { path message } versions { lessonSlug } } } }`,
  );
  return myQuestionSets[0];
}

/** The right answer to a served item, from the draft's key (choices matched by their text). */
function rightAnswer(served: any, authored: any, texts: Map<number, string>) {
  const byText = (options: any[], text: string) => options.find((o) => o.text === text).id;
  switch (authored.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return {
        choiceIds: authored.choices
          .filter((c: any) => c.correct)
          .map((c: any) => byText(served.choices, c.text)),
      };
    case "SHORT_ANSWER":
      return { text: authored.acceptedAnswers?.[0] ?? "For the teacher to read." };
    case "MATCHING":
      return {
        pairs: authored.pairs.map((p: any) => ({
          leftId: byText(served.left, authored.left.find((l: any) => l.id === p.left).text),
          rightId: byText(served.right, authored.right.find((r: any) => r.id === p.right).text),
        })),
      };
    case "EVIDENCE":
      return {
        evidence: authored.targets.slice(0, authored.maxSelections).map((t: any) => {
          const start = t.start ?? texts.get(t.paragraph)!.indexOf(t.quote);
          return { paragraphNumber: t.paragraph, start, end: start + t.quote.length };
        }),
      };
    default:
      throw new Error(`no answer for ${authored.kind}`);
  }
}

describe("a teacher's own question set in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("copies, edits with mouse and keyboard, survives a stale tab, publishes, assigns; the student is scored on the new key", async () => {
    const teacher = await app.newPage();
    await teacher.goto("/");
    await signUpTeacherAs(teacher, app.url, "Ms Author");
    const room = await createClassAs(teacher, app.url, "History 11A");

    // The dashboard links to the sets; the guide copies a built-in set.
    await teacher.goto("/teacher");
    await teacher.getByRole("link", { name: "My question sets" }).click();
    await teacher.getByRole("heading", { name: "My question sets" }).waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await teacher.goto(`/teacher/lessons/${LESSON_SLUG}`);
    await teacher.getByRole("button", { name: `Copy and adapt ${SET_TITLE}` }).click();
    await teacher.waitForURL(/\/teacher\/sets\/[^/]+$/);
    await teacher.getByRole("heading", { name: SET_TITLE, level: 1 }).waitFor();
    const editorUrl = new URL(teacher.url()).pathname;

    // A prompt and a key: Kim becomes the keyed answer, Puzanov a distractor with its misconception.
    const first = item(teacher, 1);
    await first.getByLabel("Prompt of item 1").fill("Whose journal is this record from?");
    await first.getByLabel("Choice 1 is correct").uncheck();
    await first.getByLabel("Misconception choice 1 encodes").waitFor();
    expect(await first.getByTestId("field-problems").first().textContent()).toBeTruthy();
    await first.getByLabel("Misconception choice 1 encodes").selectOption("speaker-is-author");
    await first.getByLabel("Choice 2 is correct").check();
    await saved(teacher);
    expect(await teacher.getByTestId("publish-problems").count()).toBe(0);
    // The matching item's key as a form: each pair's left and right picked from its entries.
    const matching = item(teacher, 4);
    await matching.getByRole("heading", { name: /Matching/ }).waitFor();
    expect(await matching.getByLabel("Pair 1: left").inputValue()).toBeTruthy();

    // A stale edit: a second tab saves first; this tab's save is refused and shows the newer version.
    const tab2 = await teacher.context().newPage();
    await tab2.goto(editorUrl);
    await tab2.getByLabel("Title").fill("Marks and readers, adapted");
    await saved(tab2);
    await item(teacher, 2).getByLabel("Prompt of item 2").fill("A stale edit");
    const conflict = teacher.getByTestId("conflict");
    await conflict.waitFor({ timeout: 15_000 });
    expect(await conflict.textContent()).toContain("Marks and readers, adapted");
    expect(await conflict.getAttribute("role")).toBe("alert");
    expect(await teacher.getByTestId("save-state").textContent()).toContain("Not saved");
    expect((await myDraft(teacher, app.url)).title).toBe("Marks and readers, adapted");
    await screenshot(teacher, "authoring-conflict");
    await conflict.getByRole("button", { name: "Load the newer version" }).click();
    await conflict.waitFor({ state: "detached" });
    expect(await teacher.getByLabel("Title").inputValue()).toBe("Marks and readers, adapted");
    expect(await item(teacher, 2).getByLabel("Prompt of item 2").inputValue()).not.toBe(
      "A stale edit",
    );
    await tab2.close();

    // Keyboard only: a short-answer item, written and moved up.
    await teacher.locator("#new-kind").focus();
    expect(await teacher.locator("#new-kind").inputValue()).toBe("SINGLE_CHOICE");
    await teacher.keyboard.press("ArrowDown");
    await teacher.keyboard.press("ArrowDown");
    expect(await teacher.locator("#new-kind").inputValue()).toBe("SHORT_ANSWER");
    await teacher.keyboard.press("Tab");
    await teacher.keyboard.press("Enter");
    const sixth = item(teacher, 6);
    await sixth.waitFor();
    expect(await teacher.evaluate(() => document.activeElement?.id)).toBe("f-questions-5-prompt");
    await teacher.keyboard.type("In one word: whose journal holds this record?");
    for (let i = 0; i < 6; i += 1) await teacher.keyboard.press("Tab"); // points, skill, ¶, tries, length, answers
    expect(await teacher.evaluate(() => document.activeElement?.id)).toBe(
      "f-questions-5-acceptedAnswers",
    );
    await teacher.keyboard.type("Puzanov");
    await teacher.keyboard.press("Tab"); // the wrong answers' "Add a wrong answer", then on
    expect(await teacher.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      "Add a wrong answer",
    );
    await teacher.keyboard.press("Tab");
    expect(await teacher.evaluate(() => document.activeElement?.id)).toBe(
      "f-questions-5-explanation",
    );
    await teacher.keyboard.type("The header names the journal of A. M. Puzanov.");
    await teacher.keyboard.press("Tab");
    await teacher.keyboard.type("The speaker is taken for the author.");
    await teacher.keyboard.press("Tab");
    await sixth.getByRole("button", { name: "Move item 6 up" }).focus();
    await teacher.keyboard.press("Enter");
    await item(teacher, 5)
      .getByRole("heading", { name: /Short answer/ })
      .waitFor();
    expect(await teacher.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      "Move item 5 up",
    );
    await saved(teacher);
    const afterKeys = await myDraft(teacher, app.url);
    expect(afterKeys.authoring.draft.questions[4]).toMatchObject({
      kind: "SHORT_ANSWER",
      prompt: "In one word: whose journal holds this record?",
      acceptedAnswers: ["Puzanov"],
    });

    // An evidence item: the passage picked in the text with the keyboard, and its note.
    await teacher.locator("#new-kind").selectOption("EVIDENCE");
    await teacher.getByRole("button", { name: "Add item" }).click();
    const evidence = item(teacher, 7);
    await evidence
      .getByLabel("Claim")
      .fill("The record comes from the Soviet ambassador's own journal.");
    await evidence
      .getByLabel("Explanation (shown with the feedback)")
      .fill("The header names the journal it comes from.");
    await evidence.getByLabel(/Misreadings it probes/).fill("The speaker is taken for the author.");
    await evidence.getByLabel(/Misreadings it probes/).blur();
    // With the mouse first: the quote and its offsets go into the draft; then it is removed.
    await mouseSelect(
      teacher,
      evidence.locator("#f-questions-6-picker-p1 p.source-text"),
      "SECRET Copy № 2",
    );
    // The key's passages (the item's acceptable passages have a picker of their own below).
    const key = evidence.locator("#f-questions-6-targets");
    await key.getByRole("button", { name: "Use selected text from ¶1" }).click();
    await evidence.getByLabel("Note on passage 1 (for the key)").waitFor();
    await saved(teacher);
    const byMouse = await myDraft(teacher, app.url);
    expect(byMouse.authoring.draft.questions[6].targets[0]).toMatchObject({
      paragraph: 1,
      quote: "SECRET Copy № 2",
      end: byMouse.authoring.draft.questions[6].targets[0].start + "SECRET Copy № 2".length,
      note: "",
    });
    expect(byMouse.authoring.problems.map((p: any) => p.path)).toContain(
      "questions[6].targets[0].note",
    );
    // The problem beside its field and in the list that keeps Publish disabled; its link goes there.
    const note = evidence.getByLabel("Note on passage 1 (for the key)");
    expect(await note.getAttribute("aria-invalid")).toBe("true");
    expect(await teacher.getByRole("button", { name: "Publish", exact: true }).isDisabled()).toBe(
      true,
    );
    const listed = teacher.getByTestId("publish-problems");
    await listed.getByRole("link", { name: /Item 7 › target 1 › note/ }).click();
    expect(await teacher.evaluate(() => document.activeElement?.id)).toBe(
      "f-questions-6-targets-0-note",
    );
    await key
      .locator(".passages")
      .getByRole("button", { name: /^Remove/ })
      .click();
    await evidence.getByLabel("Note on passage 1 (for the key)").waitFor({ state: "detached" });
    await key.getByRole("button", { name: "Choose a passage with the keyboard in ¶1" }).click();
    await key.getByLabel("Text of ¶1 for selecting with the keyboard").waitFor();
    for (let i = 0; i < 30; i += 1) await teacher.keyboard.press("Shift+ArrowRight");
    await key.getByRole("button", { name: "Use selected words from ¶1" }).click();
    await evidence
      .getByLabel("Note on passage 1 (for the key)")
      .fill("The header names the journal.");
    await saved(teacher);
    const withEvidence = await myDraft(teacher, app.url);
    const target = withEvidence.authoring.draft.questions[6].targets[0];
    // The selected words, trimmed of the space the selection may end on.
    expect(target).toMatchObject({ paragraph: 1, start: 0, note: "The header names the journal." });
    expect(target.end).toBeGreaterThanOrEqual(29);
    expect(target.quote).toHaveLength(target.end);
    expect(await evidence.locator("mark").first().textContent()).toContain(target.quote.trim());
    expect(withEvidence.authoring.problems).toEqual([]);
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "authoring-editor");

    // Publish and assign.
    await teacher.getByRole("button", { name: "Publish", exact: true }).click();
    await teacher.getByTestId("set-status").getByText("published").waitFor();
    await teacher.locator("#assign-class").selectOption(room.id);
    await teacher.getByRole("button", { name: "Assign the set" }).click();
    const results = teacher.getByRole("link", { name: "See the results as they come in" });
    await results.waitFor();
    const assignmentId = (await results.getAttribute("href"))!.split("/").pop()!;
    const published = await myDraft(teacher, app.url);
    const lessonSlug = published.authoring.versions[0].lessonSlug;

    // The preview runs the draft in the teacher's scratch attempt.
    await teacher.getByRole("link", { name: "Preview as a student" }).click();
    await teacher.waitForURL(new RegExp(`/teacher/sets/.+/preview`));
    await teacher.getByText("Whose journal is this record from?").first().waitFor();

    // A student in another browser completes it, scored on the changed key.
    const student = await app.newPage();
    await student.goto("/");
    await joinClassAs(student, app.url, room.joinCode, "Sam Student");
    const { lesson } = await gqlAs(student, app.url, PLAYER_LESSON, { slug: lessonSlug });
    const { document } = await gqlAs(
      teacher,
      app.url,
      `{ document(slug: "puzanov-kim-il-sung-1957-11-13") { paragraphs { number text } } }`,
    );
    const texts = new Map<number, string>(document.paragraphs.map((p: any) => [p.number, p.text]));
    const served = servedItems(lesson);
    expect(served[0]!.prompt).toBe("Whose journal is this record from?");
    const { startAttempt } = await gqlAs(student, app.url, START_ATTEMPT, {
      a: assignmentId,
      l: lessonSlug,
    });
    const save = SAVE_RESPONSE;
    const authored = published.authoring.draft.questions;
    for (const [index, question] of served.entries())
      await gqlAs(student, app.url, save, {
        t: startAttempt.id,
        i: question.id,
        a: rightAnswer(question, authored[index], texts),
      });
    const { submitAttempt } = await gqlAs(
      student,
      app.url,
      `mutation($t: ID!) { submitAttempt(attemptId: $t) { autoScore autoMaxScore responses { itemId feedback { correct } } } }`,
      { t: startAttempt.id },
    );
    expect(submitAttempt.autoMaxScore).toBeGreaterThan(0);
    expect(submitAttempt.autoScore).toBe(submitAttempt.autoMaxScore);
    const feedbackOf = (id: string) =>
      submitAttempt.responses.find((r: any) => r.itemId === id).feedback;
    expect(feedbackOf(served[0]!.id).correct).toBe(true);
    expect(feedbackOf(served[6]!.id).correct).toBe(true);
  }, 180_000);
});

describe("sharing, exporting, importing and dragging in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("shares a set by link, exports its YAML, imports it back, and reorders by dragging", async () => {
    const teacher = await app.newPage();
    await teacher.goto("/");
    await signUpTeacherAs(teacher, app.url, "Ms Sharer");
    await teacher.goto("/teacher/sets");
    await teacher.getByRole("button", { name: `Copy and adapt ${SET_TITLE}` }).click();
    await teacher.waitForURL(/\/teacher\/sets\/[^/]+$/);
    await item(teacher, 1).waitFor();

    // Dragging item 2 by its handle onto item 1 puts it first.
    const second = (await item(teacher, 2).getByLabel("Prompt of item 2").inputValue()).trim();
    // The drag events as the browser sends them (headless Chromium starts no native drag here).
    await teacher.evaluate(() => {
      const data = new DataTransfer();
      const [first, second] = document.querySelectorAll("article.item");
      const fire = (target: Element, type: string) =>
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
        );
      fire(second!.querySelector("[data-testid=drag-handle]")!, "dragstart");
      fire(first!, "dragover");
      fire(first!, "drop");
    });
    await item(teacher, 1).getByLabel("Prompt of item 1").waitFor();
    await saved(teacher);
    expect((await item(teacher, 1).getByLabel("Prompt of item 1").inputValue()).trim()).toBe(
      second,
    );

    // Share: the link gives another teacher a copy of their own.
    await teacher.getByRole("button", { name: "Share" }).click();
    const code = (await teacher.getByTestId("share-code").textContent())!.trim();
    expect(await teacher.getByLabel(/Share link/).inputValue()).toBe(
      `${app.url}/teacher/sets?copy=${code}`,
    );
    const other = await app.newPage();
    await other.goto("/");
    await signUpTeacherAs(other, app.url, "Mr Colleague");
    await other.goto(`/teacher/sets?copy=${code}`);
    await other.getByRole("button", { name: "Copy to my sets" }).click();
    await other.waitForURL(/\/teacher\/sets\/[^/]+$/);
    expect((await item(other, 1).getByLabel("Prompt of item 1").inputValue()).trim()).toBe(second);

    // Export the YAML file and import it as a new set.
    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      teacher.getByRole("button", { name: "Export YAML" }).click(),
    ]);
    const yaml = fs.readFileSync((await download.path())!, "utf8");
    expect(yaml).toContain("questions:");
    await teacher.goto("/teacher/sets");
    await teacher.getByLabel(/A question-set file/).setInputFiles({
      name: "mine.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(yaml),
    });
    await teacher.waitForURL(/\/teacher\/sets\/[^/]+$/);
    expect((await item(teacher, 1).getByLabel("Prompt of item 1").inputValue()).trim()).toBe(
      second,
    );
    await teacher.goto("/teacher/sets");
    await teacher.getByRole("heading", { name: "Your sets" }).waitFor();
    expect(await teacher.locator("table.list tbody tr").count()).toBe(2);

    // A new set on a document starts empty, its one problem listed.
    await teacher.getByLabel("Title", { exact: true }).fill("My own questions");
    await teacher.getByLabel("Document").selectOption({ index: 1 });
    await teacher.getByRole("button", { name: "New set" }).click();
    await teacher.getByRole("heading", { name: "My own questions", level: 1 }).waitFor();
    await teacher.getByTestId("publish-problems").waitFor();
    expect(await teacher.getByRole("button", { name: "Publish", exact: true }).isDisabled()).toBe(
      true,
    );
    // An exercise, field by field: what it lacks is shown beside its fields.
    await teacher.getByRole("button", { name: "Add an exercise" }).click();
    await saved(teacher);
    const exercise = teacher.locator(".exercise").first();
    await exercise.getByLabel("Title of exercise 1").waitFor();
    const { myQuestionSets } = await gqlAs(
      teacher,
      app.url,
      `{ myQuestionSets { title authoring { draft problems { path message } } } }`,
    );
    const fresh = myQuestionSets.find((s: any) => s.title === "My own questions");
    expect(fresh.authoring.draft.exercises).toHaveLength(1);
    const paths = fresh.authoring.problems.map((p: any) => p.path);
    expect(paths.some((p: string) => p.startsWith("exercises[0]"))).toBe(true);
    expect(await exercise.locator(".error-text").count()).toBeGreaterThan(0);
    await teacher.goto("/teacher/sets");
    expect(await seriousViolations(teacher)).toEqual([]);
  });
});
