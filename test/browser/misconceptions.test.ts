import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYER_LESSON, servedItems } from "../support/lesson-answers.js";
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
  LESSON_SLUG,
} from "./support/browser.js";

const START = `mutation($a: ID) { startAttempt(assignmentId: $a, lessonSlug: "${LESSON_SLUG}") { id } }`;
const SAVE = `mutation($t: ID!, $i: ID!, $a: AnswerInput!) { saveResponse(attemptId: $t, itemId: $i, answer: $a, revision: 1) { itemId } }`;
const SUBMIT = `mutation($t: ID!) { submitAttempt(attemptId: $t) { status } }`;

describe("the class's misconceptions on the results page, in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("ranks what the class misread, opens each with its reteaching advice and students, and exports it", async () => {
    const teacher = await app.newPage();
    await signUpTeacherAs(teacher, app.url, "Ms Rivera");
    const room = await createClassAs(teacher, app.url, "History 10B");
    const assignment = await assignLessonAs(teacher, app.url, room.id, LESSON_SLUG);
    const items = servedItems(
      (await gqlAs(teacher, app.url, PLAYER_LESSON, { slug: LESSON_SLUG })).lesson,
    );
    const author = items.find((i) => i.prompt === "Who wrote this record?")!;
    const sic = items.find((i) => i.prompt?.includes("[sic; November]"))!;
    const pick = (item: typeof author, text: string) => ({
      choiceIds: [item.choices!.find((c) => c.text === text)!.id],
    });
    const KIM = pick(author, "Kim Il Sung");
    const PUZANOV = pick(author, "A. M. Puzanov, the Soviet ambassador in North Korea");
    const BY_HAND = pick(sic, "Puzanov noticed his mistake in 1957 and corrected it by hand.");

    const work: Array<[string, Array<[string, object]>]> = [
      [
        "Ana Lopez",
        [
          [author.id, KIM],
          [sic.id, BY_HAND],
        ],
      ],
      ["Ben Okafor", [[author.id, KIM]]],
      ["Chen Wei", [[author.id, PUZANOV]]],
    ];
    for (const [name, answers] of work) {
      const page: Page = await app.newPage();
      await joinClassAs(page, app.url, room.joinCode, name);
      const { startAttempt } = await gqlAs(page, app.url, START, { a: assignment.id });
      for (const [itemId, answer] of answers)
        await gqlAs(page, app.url, SAVE, { t: startAttempt.id, i: itemId, a: answer });
      await gqlAs(page, app.url, SUBMIT, { t: startAttempt.id });
      await page.close();
    }

    await teacher.goto(`/teacher/assignments/${assignment.id}`);
    const section = teacher.locator("section", {
      has: teacher.getByRole("heading", { name: "Misconceptions", level: 2 }),
    });
    const entries = section.getByTestId("misconceptions").locator(":scope > li");
    await entries.first().waitFor();
    expect(await entries.locator("summary").allInnerTexts()).toEqual([
      expect.stringMatching(/^The speaker is the author\s+2 of 3 students$/),
      expect.stringMatching(/^Brackets are 1957 handwriting\s+1 of 3 students$/),
    ]);
    const first = entries.first();
    expect(await first.getByText("How to reteach it").isVisible()).toBe(false);
    await first.locator("summary").click();
    await first.getByText("How to reteach it").waitFor();
    await first.getByText("Who: Ana Lopez and Ben Okafor").waitFor();
    const q = items.indexOf(author) + 1;
    const toItem = first.getByRole("link", { name: `Q${q}: grade by question` });
    expect(await toItem.getAttribute("href")).toBe(
      `/teacher/assignments/${assignment.id}/items/${author.id}`,
    );
    await first.getByText("Ana Lopez and Ben Okafor (2)").waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await screenshot(teacher, "misconceptions-results");
    await section.screenshot({ path: "test/browser/screenshots/misconceptions-section.png" });

    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      section.getByRole("link", { name: "Download misconceptions CSV" }).click(),
    ]);
    const lines = fs
      .readFileSync((await download.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^Rank,Misconception,Misconception ID,Students showing it,Student,/);
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 5).join(","))).toEqual([
      "1,The speaker is the author,speaker-is-author,2,Ana Lopez",
      "1,The speaker is the author,speaker-is-author,2,Ben Okafor",
      "2,Brackets are 1957 handwriting,brackets-are-1957-handwriting,1,Ana Lopez",
    ]);

    // On a phone: nothing overflows, the list still opens.
    const phone = await app.newPage({ width: 320, height: 800, mobile: true });
    const cookies = await teacher.context().cookies();
    await phone.context().addCookies(cookies);
    await phone.goto(`/teacher/assignments/${assignment.id}`);
    const onPhone = phone.getByTestId("misconceptions").locator(":scope > li").first();
    await onPhone.waitFor();
    await onPhone.locator("summary").click();
    await onPhone.getByText("How to reteach it").waitFor();
    expect(await noHorizontalScroll(phone)).toBe(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await onPhone.scrollIntoViewIfNeeded();
    await screenshot(phone, "misconceptions-results-320");
    await phone
      .locator("section", { has: phone.getByRole("heading", { name: "Misconceptions", level: 2 }) })
      .screenshot({ path: "test/browser/screenshots/misconceptions-section-320.png" });
  }, 180_000);
});
