import type { Locator, Page } from "playwright-core";

// Shared by the lesson player's browser tests: the lesson, its right answers, and ways to drive it.

export const LESSON = "/lessons/sourcing-the-record";
export const SAVED = "Saved";
export const OFFLINE = "Offline — your answers are kept and will be sent";

// The right answers of the lesson, from lessons/question-sets/sourcing-*.yaml.
export const RIGHT = {
  author: "A. M. Puzanov, the Soviet ambassador in North Korea",
  sic: 'The Russian original says "September" by mistake; the translator kept the error and added the correct month.',
  date: "12 November 1957",
  pairs: [
    ["Cde. Gromyko (¶24)", "USSR Minister of Foreign Affairs since February 1957"],
    [
      "Cde. Patolichev (¶25)",
      "First deputy foreign minister, the Ministry's number two (not yet a trade minister)",
    ],
    ["Cde. Zakharov (¶26)", "Not identified in the sources used for this lesson"],
    [
      "Cde. Fedorenko (¶27)",
      "Deputy foreign minister and China specialist, earlier head of the Ministry's Far Eastern Department",
    ],
    ["the General Secretariat (¶28)", "An office of the Ministry, not a person"],
  ],
  circulation:
    "This record went to a different, higher circle than usual, probably because it contained requests Moscow had to act on.",
  order: [
    "Mao speaks to Kim Il Sung at their meeting.",
    "Kim Il Sung tells the Soviet ambassador about the meeting.",
    "Puzanov writes a Russian summary of the conversation.",
    "Ministry officials stamp and register the secret copy.",
    "A translator puts the Russian into English for a research project.",
    "An online archive publishes the English translation.",
  ],
  purpose:
    "To brief Moscow, before his talk with Khrushchev, on his meeting with Mao and on what he would ask for",
};

export const status = (page: Page) => page.getByRole("status");
export const question = (page: Page, n: number) => page.locator("article.question").nth(n - 1);
export const feedback = (scope: Locator, verdict: string | RegExp) =>
  scope.getByRole("heading", {
    name: verdict instanceof RegExp ? verdict : new RegExp(`^Feedback: ${verdict}`),
  });

/** Does something that saves an answer and waits until the server has it and "Saved" shows. */
export async function saving(page: Page, action: () => Promise<unknown>): Promise<void> {
  const response = page.waitForResponse(
    (r) =>
      r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("PlayerSaveResponse"),
  );
  await action();
  await response;
  await status(page).getByText(SAVED, { exact: true }).waitFor();
}

/** The player's GraphQL, from inside the page with its session cookie. */
export async function inPage<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return page.evaluate(
    async ([q, v]) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return (await response.json()).data;
    },
    [query, variables] as const,
  );
}

export const MY_ATTEMPT = `query { myAttempts { id status responses { itemId revision answer { choiceIds text order evidence { paragraphNumber start end } } } } }`;
export const CHOICES = `query { lesson(slug: "sourcing-the-record") { steps { questionSet { questions { id ... on ChoiceQuestion { choices { id text } } } } } } }`;

/** The id of a question of the lesson and of one of its choices, by the choice's text. */
export async function choiceIds(
  page: Page,
  text: string,
): Promise<{ itemId: string; choiceId: string }> {
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
export async function mouseSelect(page: Page, paragraph: Locator, words: string): Promise<void> {
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
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** Orders an ordering question with its "Move up" buttons, clicked or pressed. */
export async function putInOrder(
  scope: Locator,
  order: string[],
  press: (button: Locator) => Promise<void>,
): Promise<void> {
  for (const [target, text] of order.entries()) {
    const current = await scope.locator("li[data-item] .text").allTextContents();
    const from = current.findIndex((t) => t.trim().startsWith(text));
    for (let i = from; i > target; i--)
      await press(scope.getByRole("button", { name: `Move up: ${text}` }));
  }
}

export interface Focused {
  tag: string;
  name: string;
  type: string;
  checked: boolean;
}

/** What has focus: its tag and a name good enough to find it (aria-label, its label, or its text). */
export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    const name = el?.getAttribute("aria-label") ?? label ?? el?.textContent ?? "";
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      name: name.replace(/\s+/g, " ").trim(),
      type: el?.type ?? "",
      checked: Boolean(el?.checked),
    };
  });
}

/** Presses Tab until the focused element matches, then Shift+Tab from there; fails when neither finds it. */
export async function tabTo(
  page: Page,
  matches: (element: Focused) => boolean,
  max = 150,
): Promise<void> {
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      if (matches(await focused(page))) return;
    }
  }
  throw new Error("Tab never reached the element");
}
export const named = (name: string | RegExp) => (element: Focused) =>
  typeof name === "string" ? element.name === name : name.test(element.name);

/** In a focused radio group, arrows to the radio labelled `label` (arrows check radios as they go). */
export async function arrowTo(page: Page, label: string): Promise<void> {
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

export async function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Tries mode: presses the question's Check (or does `press`) and waits for the server's answer. */
export async function checking(
  page: Page,
  scope: Locator,
  press?: () => Promise<unknown>,
): Promise<void> {
  const response = page.waitForResponse(
    (r) =>
      r.url().endsWith("/graphql") &&
      (r.request().postData() ?? "").includes("PlayerCheckResponse"),
  );
  await (press ? press() : scope.getByRole("button", { name: "Check", exact: true }).click());
  await response;
}
