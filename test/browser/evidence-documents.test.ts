// Evidence across documents in Chromium: the evidence question and the exercise of
// "corroborating-the-record" each offer the record and another document. One student answers
// them with the mouse, another with the keyboard alone, choosing a passage in each document; the
// saves carry each passage's document, and after submitting the teacher sees full marks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
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
import { focused, mouseSelect, named, question, saving, tabTo } from "./support/player.js";

const LESSON = "corroborating-the-record";
const OWN = "puzanov-kim-il-sung-1957-11-13";
const PONOMAREV = "ponomarev-telegram-1956-09-26";
const ZHANG = "zhang-wentian-yudin-1958-01-23";
const FRIENDLY = "we considered this as the friendly advice of two fraternal Communist Parties";
const BROTHERS =
  "the arrival of the delegations means nothing less than the interference of two older brothers in the internal affairs of the Korean Worker's Party";
const MAO =
  "Cde. Mao Zedong suggested that the Korean friends consider the issue of the withdrawal of the Chinese People's Volunteers from the DPRK";
const MOSCOW = "Moscow completely agrees with the opinion of our Chinese friends.";

const ANSWERS = `{ myAttempts { id responses { itemId answer { evidence { documentSlug paragraphNumber start end } } } } }`;
const RESULTS = `query($g: ID!) { assignment(id: $g) {
  attempts { student { displayName } responses { itemId feedback { score maxScore correct message } } }
  review { items { itemId kind targets { role documentSlug document { shortTitle } paragraphNumber } } } } }`;

describe("evidence in two documents in Chromium", () => {
  let app: BrowserApp;
  let teacher: Page;
  let assignmentId: string;
  let joinCode: string;
  beforeAll(async () => {
    app = await startBrowserApp();
    teacher = await app.newPage();
    await teacher.goto("/");
    await signUpTeacherAs(teacher, app.url, "Ms Two Sources");
    const room = await createClassAs(teacher, app.url, "History 11");
    joinCode = room.joinCode;
    assignmentId = (
      await assignLessonAs(teacher, app.url, room.id, LESSON, { feedback: "ON_SUBMIT" })
    ).id;
  });
  afterAll(() => app?.close());

  const student = async (name: string, viewport?: { width: number; height: number }) => {
    const page = await app.newPage(viewport ?? {});
    page.setDefaultTimeout(15_000);
    await page.goto("/");
    await joinClassAs(page, app.url, joinCode, name);
    return page;
  };
  const evidenceQuestion = (page: Page) => question(page, 2);
  /** The paragraph's document text (for mouse selection) within a picker. */
  const paragraphText = (scope: Locator, id: string) => scope.locator(`#${id} p.doc`);

  /** Both items' evidence saved with a passage of each document (the exercise's second as given), then the attempt submitted. */
  async function expectBothDocumentsSavedThenSubmit(page: Page, zhang: [string, number, string]) {
    const saved = await savedEvidence(page);
    expect(saved).toContainEqual([
      [OWN, 10, FRIENDLY],
      [PONOMAREV, 6, BROTHERS],
    ]);
    expect(saved).toContainEqual([[OWN, 12, MAO], zhang]);
    const { myAttempts } = await gqlAs(page, app.url, ANSWERS);
    await gqlAs(page, app.url, `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`, {
      a: myAttempts[0].id,
    });
  }

  /** The saved evidence of the student's attempt, by item, as [documentSlug, paragraph, words]. */
  async function savedEvidence(page: Page) {
    const { myAttempts } = await gqlAs(page, app.url, ANSWERS);
    const texts = new Map<string, Map<number, string>>();
    for (const slug of [OWN, PONOMAREV, ZHANG]) {
      const { document } = await gqlAs(
        page,
        app.url,
        `query($s: String!) { document(slug: $s) { paragraphs { number text } } }`,
        { s: slug },
      );
      texts.set(slug, new Map(document.paragraphs.map((p: any) => [p.number, p.text])));
    }
    return myAttempts[0].responses.map((r: any) =>
      (r.answer.evidence ?? []).map((e: any) => [
        e.documentSlug,
        e.paragraphNumber,
        texts.get(e.documentSlug)!.get(e.paragraphNumber)!.slice(e.start, e.end),
      ]),
    );
  }

  it("a student chooses a passage in each document with the mouse, in the question and the exercise", async () => {
    const page = await student("Mouse Mara");
    await page.goto(`/assignments/${assignmentId}?step=7`);
    const q = evidenceQuestion(page);
    const tabs = q.getByRole("tab");
    await tabs.first().waitFor();
    expect(await tabs.allTextContents()).toEqual(["Puzanov's record ", "Ponomarev's telegram "]);
    expect(await q.getByRole("tab", { selected: true }).textContent()).toContain(
      "Puzanov's record",
    );
    await q.getByRole("heading", { name: /Record of a\s+Conversation with Kim Il Sung/ }).waitFor();

    const own = q.locator(".evidence-paragraph").first();
    const ownId = (await own.getAttribute("id"))!;
    await mouseSelect(page, paragraphText(q, ownId), FRIENDLY);
    await saving(page, () =>
      own.getByRole("button", { name: "Use selected text from ¶10" }).click(),
    );

    await q.getByRole("tab", { name: /Ponomarev's telegram/ }).click();
    expect(await q.getByRole("tab", { selected: true }).textContent()).toContain(
      "Ponomarev's telegram",
    );
    await q
      .getByRole("heading", { name: /Telegram from Ponomarev to the CPSU Central Committee/ })
      .waitFor();
    const telegram = q.locator(".evidence-paragraph:visible").first();
    const telegramId = (await telegram.getAttribute("id"))!;
    await mouseSelect(page, paragraphText(q, telegramId), BROTHERS);
    await saving(page, () =>
      telegram
        .getByRole("button", { name: "Use selected text from Ponomarev's telegram ¶6" })
        .click(),
    );
    await q.getByText(/^Ponomarev's telegram ¶6: “the arrival of the delegations/).waitFor();
    await q.getByText(/^¶10: “we considered this as the friendly advice/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "evidence-documents-question");

    await page.goto(`/assignments/${assignmentId}?step=3`);
    await page.getByRole("heading", { name: "The task" }).waitFor();
    const picker = page.locator(".evidence-picker");
    const record12 = picker.locator("#exercise-evidence-p12");
    await mouseSelect(page, record12.locator("p.doc"), MAO);
    await saving(page, () =>
      record12.getByRole("button", { name: "Use selected text from ¶12" }).click(),
    );
    await picker.getByRole("tab", { name: /Zhang Wentian–Yudin minutes/ }).click();
    const minutes8 = picker.locator("#exercise-evidence-d1-p8");
    await mouseSelect(page, minutes8.locator("p.doc"), MOSCOW);
    await saving(page, () =>
      minutes8
        .getByRole("button", { name: "Use selected text from Zhang Wentian–Yudin minutes ¶8" })
        .click(),
    );
    await picker.getByText(/^Zhang Wentian–Yudin minutes ¶8: “Moscow completely agrees/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "evidence-documents-exercise");

    await expectBothDocumentsSavedThenSubmit(page, [ZHANG, 8, MOSCOW]);
    await page.close();
  });

  it("a student on a phone chooses a passage in each document with the keyboard alone", async () => {
    const page = await student("Keyboard Kai", { width: 320, height: 720 });
    await page.goto(`/assignments/${assignmentId}?step=7`);
    const q = evidenceQuestion(page);
    await q.getByRole("tab").first().waitFor();

    // The record's ¶10: the caret and Shift+arrows in the read-only copy.
    const ownText = await q.locator(".evidence-paragraph").first().locator("p.doc").textContent();
    await tabTo(page, named("Choose a passage with the keyboard in ¶10"));
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({
      tag: "textarea",
      name: "Text of ¶10 for selecting with the keyboard",
    });
    for (let i = 0; i < ownText!.indexOf(FRIENDLY); i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < FRIENDLY.length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Use selected words from ¶10");
    await saving(page, () => page.keyboard.press("Enter"));

    // To the tabs, and with the arrow keys to Ponomarev's telegram.
    await tabTo(
      page,
      (el) => el.tag === "button" && /^Puzanov's record( \(\d+ chosen\))?$/.test(el.name),
    );
    await page.keyboard.press("ArrowRight");
    expect((await focused(page)).name).toMatch(/^Ponomarev's telegram/);
    expect(await q.getByRole("tab", { selected: true }).textContent()).toContain(
      "Ponomarev's telegram",
    );
    await tabTo(page, named("Choose a passage with the keyboard in Ponomarev's telegram ¶6"));
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({
      tag: "textarea",
      name: "Text of Ponomarev's telegram ¶6 for selecting with the keyboard",
    });
    const telegramText = await page.evaluate(
      () => (document.activeElement as HTMLTextAreaElement).value,
    );
    for (let i = 0; i < telegramText.indexOf(BROTHERS); i++)
      await page.keyboard.press("ArrowRight");
    for (let i = 0; i < BROTHERS.length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Use selected words from Ponomarev's telegram ¶6");
    await saving(page, () => page.keyboard.press("Enter"));
    await q.getByText(/^Ponomarev's telegram ¶6: “the arrival/).waitFor();
    expect(await noHorizontalScroll(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "evidence-documents-question-320");

    // The exercise: the minutes' ¶8 whole with Space, and ¶12 of the record with the keyboard copy.
    await page.goto(`/assignments/${assignmentId}?step=3`);
    await page.getByRole("heading", { name: "The task" }).waitFor();
    await tabTo(page, named("Choose a passage with the keyboard in ¶12"));
    await page.keyboard.press("Enter");
    const recordText = await page.evaluate(
      () => (document.activeElement as HTMLTextAreaElement).value,
    );
    for (let i = 0; i < recordText.indexOf(MAO); i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < MAO.length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Tab");
    await saving(page, () => page.keyboard.press("Enter"));
    await tabTo(
      page,
      (el) => el.tag === "button" && /^Puzanov's record( \(\d+ chosen\))?$/.test(el.name),
    );
    await page.keyboard.press("End");
    expect((await focused(page)).name).toMatch(/^Zhang Wentian–Yudin minutes/);
    await tabTo(
      page,
      named("Choose a passage with the keyboard in Zhang Wentian–Yudin minutes ¶7"),
    );
    await page.keyboard.press("Enter");
    const minutesText = await page.evaluate(
      () => (document.activeElement as HTMLTextAreaElement).value,
    );
    const quote =
      "Moscow has carefully studied our Chinese friends’ proposal on measures to withdraw the Chinese People’s Volunteer Army from [North] Korea";
    for (let i = 0; i < minutesText.indexOf(quote); i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < quote.length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Tab");
    await saving(page, () => page.keyboard.press("Enter"));
    await page
      .locator(".evidence-picker")
      .getByText(/^Zhang Wentian–Yudin minutes ¶7: “Moscow has carefully/)
      .waitFor();
    expect(await noHorizontalScroll(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "evidence-documents-exercise-320");

    await expectBothDocumentsSavedThenSubmit(page, [ZHANG, 7, quote]);
    await page.close();
  });

  it("the teacher sees each student's evidence scored per document, and the key passages with their documents", async () => {
    const { assignment } = await gqlAs(teacher, app.url, RESULTS, { g: assignmentId });
    const evidenceItem = assignment.review.items.find(
      (i: any) => i.kind === "EVIDENCE" && i.targets.some((t: any) => t.documentSlug === PONOMAREV),
    );
    const exerciseItem = assignment.review.items.find(
      (i: any) => i.kind === "EXERCISE" && i.targets.some((t: any) => t.documentSlug === ZHANG),
    );
    const keyPassages = (item: any) => item.targets.filter((t: any) => t.role === "KEY");
    expect(
      keyPassages(evidenceItem).map((t: any) => [t.document.shortTitle, t.paragraphNumber]),
    ).toEqual([
      ["Puzanov's record", 10],
      ["Ponomarev's telegram", 6],
    ]);
    expect(keyPassages(exerciseItem).filter((t: any) => t.documentSlug === ZHANG)).toHaveLength(2);
    expect(assignment.attempts).toHaveLength(2);
    for (const attempt of assignment.attempts) {
      const evidence = attempt.responses.find((r: any) => r.itemId === evidenceItem.itemId);
      // Both key passages, one in each document: full marks.
      expect(evidence.feedback).toMatchObject({ score: 2, maxScore: 2, correct: true });
      expect(evidence.feedback.message).toContain("Ponomarev's telegram ¶6");
      expect(evidence.feedback.message).not.toMatch(/do not support the claim/);
      const exercise = attempt.responses.find((r: any) => r.itemId === exerciseItem.itemId);
      expect(exercise.feedback.message).toMatch(/\*\*Evidence:\*\* 2 of 2 points/);
      expect(exercise.feedback.message).toContain("Zhang Wentian–Yudin minutes ¶");
    }
  });
});
