import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserApp, screenshot, seriousViolations, startBrowserApp } from "./support/browser.js";

const LESSON = "/lessons/sourcing-the-record";
const SAVED = "Saved";
const OFFLINE = "Offline — your answers are kept and will be sent";

// The right answers of the lesson, from lessons/question-sets/sourcing-*.yaml.
const RIGHT = {
  author: "A. M. Puzanov, the Soviet ambassador in North Korea",
  sic: 'The Russian original says "September" by mistake; the translator kept the error and added the correct month.',
  date: "12 November 1957",
  pairs: [
    ["Cde. Gromyko (¶24)", "USSR Minister of Foreign Affairs since February 1957"],
    ["Cde. Patolichev (¶25)", "Deputy, then first deputy, foreign minister in 1956–58, who became Minister of Foreign Trade in 1958"],
    ["Cde. Zakharov (¶26)", "Not identified in the sources used for this lesson"],
    ["Cde. Fedorenko (¶27)", "Deputy foreign minister and China specialist, earlier head of the Ministry's Far Eastern Department"],
    ["the General Secretariat (¶28)", "An office of the Ministry, not a person"],
  ],
  circulation: "This record went to a different, higher circle than usual, probably because it contained requests Moscow had to act on.",
  order: [
    "Mao speaks to Kim Il Sung at their meeting.",
    "Kim Il Sung tells the Soviet ambassador about the meeting.",
    "Puzanov writes a Russian summary of the conversation.",
    "Ministry officials stamp and register the secret copy.",
    "A translator puts the Russian into English for a research project.",
    "An online archive publishes the English translation.",
  ],
  purpose: "To brief Moscow, before his talk with Khrushchev, on his meeting with Mao and on what he would ask for",
};

const status = (page: Page) => page.getByRole("status");
const question = (page: Page, n: number) => page.locator("article.question").nth(n - 1);
const feedback = (scope: Locator, verdict: string | RegExp) => scope.getByRole("heading", { name: verdict instanceof RegExp ? verdict : new RegExp(`^Feedback: ${verdict}`) });

/** Does something that saves an answer and waits until the server has it and "Saved" shows. */
async function saving(page: Page, action: () => Promise<unknown>): Promise<void> {
  const response = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("PlayerSaveResponse"));
  await action();
  await response;
  await status(page).getByText(SAVED, { exact: true }).waitFor();
}

/** The player's GraphQL, from inside the page with its session cookie. */
async function inPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ([q, v]) => {
      const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q, variables: v }) });
      return (await response.json()).data;
    },
    [query, variables] as const,
  );
}

const MY_ATTEMPT = `query { myAttempts { id status responses { itemId revision answer { choiceIds text order evidence { paragraphNumber start end } } } } }`;
const CHOICES = `query { lesson(slug: "sourcing-the-record") { steps { questionSet { questions { id ... on ChoiceQuestion { choices { id text } } } } } } }`;

/** The id of a question of the lesson and of one of its choices, by the choice's text. */
async function choiceIds(page: Page, text: string): Promise<{ itemId: string; choiceId: string }> {
  const data = await inPage<any>(page, CHOICES);
  for (const step of data.lesson.steps) {
    for (const q of step.questionSet?.questions ?? []) {
      const choice = q.choices?.find((c: any) => c.text === text);
      if (choice) return { itemId: q.id, choiceId: choice.id };
    }
  }
  throw new Error(`no choice "${text}"`);
}

/** Selects words in a rendered paragraph with the mouse: press before the first letter, release after the last. */
async function mouseSelect(page: Page, paragraph: Locator, words: string): Promise<void> {
  await paragraph.scrollIntoViewIfNeeded();
  const box = await paragraph.evaluate((element, target) => {
    const text = element.textContent!;
    const start = text.indexOf(target);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const at = (offset: number): [Node, number] => {
      let left = offset;
      walker.currentNode = element;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (left < (node as Text).length) return [node, left];
        left -= (node as Text).length;
      }
      throw new Error("offset past the text");
    };
    const rect = (offset: number) => {
      const range = document.createRange();
      const [node, index] = at(offset);
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect();
    };
    const first = rect(start);
    const last = rect(start + target.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** Orders an ordering question with its "Move up" buttons, clicked or pressed. */
async function putInOrder(scope: Locator, order: string[], press: (button: Locator) => Promise<void>): Promise<void> {
  for (const [target, text] of order.entries()) {
    const current = await scope.locator("li[data-item] .text").allTextContents();
    const from = current.findIndex((t) => t.trim().startsWith(text));
    for (let i = from; i > target; i--) await press(scope.getByRole("button", { name: `Move up: ${text}` }));
  }
}

interface Focused {
  tag: string;
  name: string;
  type: string;
  checked: boolean;
}

/** What has focus: its tag and a name good enough to find it (aria-label, its label, or its text). */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    const name = el?.getAttribute("aria-label") ?? label ?? el?.textContent ?? "";
    return { tag: el?.tagName.toLowerCase() ?? "", name: name.replace(/\s+/g, " ").trim(), type: el?.type ?? "", checked: Boolean(el?.checked) };
  });
}

/** Presses Tab until the focused element matches, then Shift+Tab from there; fails when neither finds it. */
async function tabTo(page: Page, matches: (element: Focused) => boolean, max = 150): Promise<void> {
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      if (matches(await focused(page))) return;
    }
  }
  throw new Error("Tab never reached the element");
}
const named = (name: string | RegExp) => (element: Focused) => (typeof name === "string" ? element.name === name : name.test(element.name));

/** In a focused radio group, arrows to the radio labelled `label` (arrows check radios as they go). */
async function arrowTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const now = await focused(page);
    if (now.name.startsWith(label)) {
      if (!now.checked) await page.keyboard.press("Space");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no radio "${label}"`);
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("the lesson player in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("a visitor answers every kind, gets feedback, resumes after a reload, keeps answers offline, and submits", async () => {
    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(LESSON);
    await page.getByRole("heading", { level: 2, name: "Meet the record" }).waitFor();
    expect(await page.getByText("Step 1 of 6").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Open in the reader" }).getAttribute("href")).toBe("/documents/puzanov-kim-il-sung-1957-11-13#p1");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-read");

    // The name comes first, prefilled "Guest"; the first answer starts the session with it.
    expect(await page.getByLabel("Your name (shown to your teacher)").inputValue()).toBe("Guest");
    await page.getByLabel("Your name (shown to your teacher)").fill("Ada");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    expect(page.url()).toContain("?step=2");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-title");

    await saving(page, () => page.getByLabel(RIGHT.author).check());
    await feedback(question(page, 1), "Correct").waitFor();
    await page.getByText("Write this down to continue on another device: sign in at /signin").waitFor();
    expect(await page.getByText("Saving as Ada").count()).toBe(1);
    expect(await page.getByLabel("Your name (shown to your teacher)").count()).toBe(0);

    await saving(page, () => page.getByLabel("Puzanov noticed his mistake in 1957 and corrected it by hand.").check());
    await feedback(question(page, 2), "Not yet").waitFor();
    expect(await question(page, 2).locator("li.right").textContent()).toContain("Right answer");
    await saving(page, () => page.getByLabel(RIGHT.sic).check());
    await feedback(question(page, 2), "Correct").waitFor();
    await saving(page, () => question(page, 3).getByRole("textbox").fill(RIGHT.date));
    await feedback(question(page, 3), "Correct").waitFor();
    expect(await question(page, 3).getByText("16 of 40 characters").count()).toBe(1);
    // Immediate saves go out one after another; the feedback shows once the last pair is in.
    for (const [left, right] of RIGHT.pairs) await page.getByLabel(left!).selectOption({ label: right! });
    await feedback(question(page, 4), "Correct").waitFor();
    await saving(page, () => page.getByLabel(RIGHT.circulation).check());
    await feedback(question(page, 5), "Correct").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-question");

    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: /chain of words/ }).waitFor();

    // Ordering: one drag and drop, then the Move up buttons. This headless Chromium starts no native
    // drag from mouse input, so the drag's events are dispatched, with a real DataTransfer.
    const ordering = question(page, 1);
    const rows = ordering.locator("li[data-item]");
    const lastText = (await rows.last().locator(".text").textContent())!.trim();
    await saving(page, async () => {
      const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
      await rows.last().dispatchEvent("dragstart", { dataTransfer });
      await rows.first().dispatchEvent("dragover", { dataTransfer });
      await rows.first().dispatchEvent("drop", { dataTransfer });
      await rows.last().dispatchEvent("dragend", { dataTransfer });
    });
    expect((await rows.first().locator(".text").textContent())!.trim().startsWith(lastText)).toBe(true);
    await putInOrder(ordering, RIGHT.order, (button) => button.click());
    await feedback(ordering, "Correct").waitFor();
    await saving(page, () => page.getByLabel(RIGHT.purpose).check());

    // Evidence: words selected with the mouse in ¶1 (inside a translator's bracket), and ¶24 whole.
    const evidence = question(page, 3);
    await mouseSelect(page, evidence.locator("#q3-p1 p.source-text"), "SECRET Copy № 2");
    await saving(page, () => evidence.getByRole("button", { name: "Use selected text from ¶1" }).click());
    await evidence.getByText("¶1: “SECRET Copy № 2”").waitFor();
    await saving(page, () => evidence.getByLabel("¶24", { exact: true }).check());
    await feedback(evidence, /Feedback: Partly right/).waitFor();
    await saving(page, () => question(page, 4).getByRole("textbox").fill("Kim wanted Moscow to see that even Mao admitted interference (¶9)."));
    await feedback(question(page, 4), "Your teacher will review this").waitFor();
    await screenshot(page, "player-feedback");

    const before = await inPage<any>(page, MY_ATTEMPT);
    const stored = before.myAttempts[0].responses.find((r: any) => r.answer.evidence);
    expect(stored.answer.evidence).toEqual([
      { paragraphNumber: 1, start: 36, end: 51 },
      { paragraphNumber: 24, start: null, end: null },
    ]);

    // Reload: the same step, the same answers.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: /chain of words/ }).waitFor();
    expect((await question(page, 1).locator("li[data-item] .text").allTextContents()).map((t) => t.replace(" In the right place", "").trim())).toEqual(RIGHT.order);
    expect(await page.getByLabel(RIGHT.purpose).isChecked()).toBe(true);
    await question(page, 3).getByText("¶1: “SECRET Copy № 2”").waitFor();
    expect(await question(page, 4).getByRole("textbox").inputValue()).toContain("even Mao admitted");

    // Offline: answers stay in the browser and go out when the connection returns.
    await page.context().setOffline(true);
    await page.getByLabel("To complain to the Soviet side about Mao").check();
    await status(page).getByText(OFFLINE).waitFor();
    await question(page, 4).getByRole("textbox").fill("Written offline: Mao's words helped Kim.");
    await page.waitForTimeout(1000);
    const queued = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("puzanov.autosave.")).map((key) => localStorage.getItem(key)));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toContain("Written offline");
    expect(queued[0]).not.toMatch(/token/i);
    await page.context().setOffline(false);
    await status(page).getByText(SAVED, { exact: true }).waitFor({ timeout: 10_000 });
    // The server holds the latest revision of each: the offline choice (revision 2) and the offline text.
    const after = (await inPage<any>(page, MY_ATTEMPT)).myAttempts[0];
    const complain = await choiceIds(page, "To complain to the Soviet side about Mao");
    expect(after.responses.find((r: any) => r.itemId === complain.itemId)).toMatchObject({ revision: 2, answer: { choiceIds: [complain.choiceId] } });
    expect(after.responses.map((r: any) => r.answer.text)).toContain("Written offline: Mao's words helped Kim.");
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("puzanov.autosave.")).length)).toBe(0);

    // The exercise: a position, three passages, reasoning; no feedback before the submit.
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: /Source analysis/ }).waitFor();
    await saving(page, () => page.getByLabel("Reliable for some things, weak for others.").check());
    for (const n of [4, 7]) await saving(page, () => page.getByLabel(`¶${n}`, { exact: true }).check());
    await mouseSelect(page, page.locator("#exercise-evidence-p9 p.source-text"), "could be assessed as interference in the internal affairs of the KWP");
    await saving(page, () => page.getByRole("button", { name: "Use selected text from ¶9" }).click());
    await saving(page, () => page.getByLabel("Explain how your passages support your claim").fill("Kim retells Mao (¶4), Puzanov summarises (¶7)."));
    expect(await page.getByRole("heading", { name: /Feedback:/ }).count()).toBe(0);
    expect(await page.getByRole("table").count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-exercise");

    // Submit, with a confirmation, then the results.
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: "Reflect" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-title");
    await page.getByText("Your teacher will score the written parts.").waitFor();
    await page.getByRole("heading", { name: "Model evidence" }).waitFor();
    await page.getByRole("heading", { name: "The rubric" }).waitFor();
    expect(await page.getByRole("heading", { name: /Feedback:/ }).count()).toBe(10);
    const submitted = await inPage<any>(page, `query { myAttempts { status } }`);
    expect(submitted.myAttempts[0].status).toBe("SUBMITTED");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-results");
  });
  it("works with the keyboard alone: choice, short answer, matching, ordering, evidence, exercise, submit", async () => {
    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${LESSON}?step=2`);
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();

    // "Skip to question" puts focus on the first question's first control.
    await tabTo(page, named("Skip to question"));
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "input", type: "radio" });
    await saving(page, () => arrowTo(page, RIGHT.author));
    await feedback(question(page, 1), "Correct").waitFor();

    await tabTo(page, named(/^Once the translator's correction/));
    await saving(page, () => page.keyboard.type(RIGHT.date));
    await feedback(question(page, 3), "Correct").waitFor();

    const [left, right] = RIGHT.pairs[0]!;
    await tabTo(page, named(left!));
    const options = await page.evaluate(() => [...(document.activeElement as HTMLSelectElement).options].map((o) => o.text));
    for (let i = 0; i < options.indexOf(right!); i++) await page.keyboard.press("ArrowDown");
    await status(page).getByText(SAVED, { exact: true }).waitFor();
    expect(await page.getByLabel(left!).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text)).toBe(right);

    // Next, twice: focus lands on each new step's heading.
    for (const title of [/How many hands/, /chain of words/]) {
      await tabTo(page, named(/^Next/));
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: title }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-title");
    }

    // Ordering with Move up, pressed with Space; focus stays on the moved item.
    await putInOrder(question(page, 1), RIGHT.order, async (button) => {
      const name = (await button.getAttribute("aria-label"))!;
      if ((await focused(page)).name !== name) await tabTo(page, named(name));
      await page.keyboard.press("Space");
    });
    await feedback(question(page, 1), "Correct").waitFor();

    // Evidence: the caret and Shift+arrows in the read-only copy of ¶1, then ¶24 whole with Space.
    await tabTo(page, named("Choose a passage with the keyboard in ¶1"));
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "textarea", name: "Text of ¶1 for selecting with the keyboard" });
    for (let i = 0; i < 36; i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 15; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Use selected words from ¶1");
    await saving(page, () => page.keyboard.press("Enter"));
    await question(page, 3).getByText("¶1: “SECRET Copy № 2”").waitFor();
    await tabTo(page, named(/^¶24\b/));
    await saving(page, () => page.keyboard.press("Space"));
    await feedback(question(page, 3), /Feedback: Partly right/).waitFor();
    const attempt = (await inPage<any>(page, MY_ATTEMPT)).myAttempts[0];
    expect(attempt.responses.find((r: any) => r.answer.evidence).answer.evidence).toEqual([
      { paragraphNumber: 1, start: 36, end: 51 },
      { paragraphNumber: 24, start: null, end: null },
    ]);

    // The exercise: a position, passages and reasoning.
    await tabTo(page, named(/^Next/));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: /Source analysis/ }).waitFor();
    await tabTo(page, named("Skip to question"));
    await page.keyboard.press("Enter");
    await saving(page, () => arrowTo(page, "Weak evidence of Mao's words."));
    for (const n of [4, 7, 9]) {
      await tabTo(page, named(new RegExp(`^¶${n}\\b`)));
      await saving(page, () => page.keyboard.press("Space"));
    }
    await tabTo(page, named(/^Explain how your passages support your claim/));
    await saving(page, () => page.keyboard.type("Kim retells Mao (¶4); Puzanov summarises (¶7)."));

    // Submit with the confirmation, by keyboard.
    await tabTo(page, named(/^Next/));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Reflect" }).waitFor();
    await tabTo(page, named("Submit"));
    await page.keyboard.press("Enter");
    expect((await focused(page)).name).toMatch(/^Submit now\?/);
    await tabTo(page, named("Yes, submit"));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-title");
  });

  it("fits 320 px wide, with no serious accessibility problem", async () => {
    const page = await app.newPage({ width: 320, height: 800 });
    page.setDefaultTimeout(10_000);
    await page.goto(`${LESSON}?step=4`);
    await page.getByRole("heading", { level: 2, name: /chain of words/ }).waitFor();
    await page.getByRole("button", { name: "Choose a passage with the keyboard in ¶1" }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-320");
    await page.goto(`${LESSON}?step=5`);
    await page.getByRole("heading", { level: 2, name: /Source analysis/ }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it("an assignment: signed out, the ways in; signed in, its due date, and no feedback before the submit", async () => {
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: any; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const { signUpTeacher } = await gql(`mutation($e: String!) { signUpTeacher(email: $e, password: "correct horse battery", displayName: "Mr Kang") { token } }`, {
      e: `kang-${Date.now()}@school.example`,
    });
    const { createClass } = await gql(`mutation { createClass(name: "History 11A") { id joinCode } }`, {}, signUpTeacher.token);
    const { assignLesson } = await gql(
      `mutation($c: ID!) { assignLesson(classId: $c, lessonSlug: "sourcing-the-record", dueAt: "2031-05-01T14:00:00Z", feedback: ON_SUBMIT) { id } }`,
      { c: createClass.id },
      signUpTeacher.token,
    );

    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`/assignments/${assignLesson.id}`);
    await page.getByRole("heading", { level: 1, name: "Sign in to do this assignment" }).waitFor();
    const back = encodeURIComponent(`/assignments/${assignLesson.id}`);
    expect(await page.getByRole("link", { name: "Sign in with my code" }).getAttribute("href")).toBe(`/signin?return=${back}`);
    expect(await page.getByRole("link", { name: "Join the class" }).getAttribute("href")).toBe(`/join?return=${back}`);

    await inPage(page, `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Min") { viewer { id } } }`, { c: createClass.joinCode });
    await page.goto(`/assignments/${assignLesson.id}?step=2`);
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    await page.getByText("Assignment · History 11A").waitFor();
    await page.getByText(/^Due .*2031/).waitFor();
    await page.getByText("You see feedback once you submit.").waitFor();
    await saving(page, () => page.getByLabel(RIGHT.author).check());
    expect(await page.getByRole("heading", { name: /Feedback:/ }).count()).toBe(0);
  });
});
