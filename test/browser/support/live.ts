import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../../support/chromium.js";
import { loadContent } from "../../../server/src/content/lessons/load-content.js";
import { PLAYER_LESSON, rightAnswer, servedItems } from "../../support/lesson-answers.js";
import { LESSONS_DIR } from "../../support/server.js";
import { startTwoServers, type TwoServers } from "../../support/two-servers.js";
import {
  assignLessonAs,
  createClassAs,
  gqlAs,
  joinClassAs,
  LESSON_SLUG,
  SAVE_RESPONSE,
  signUpTeacherAs,
  START_ATTEMPT,
} from "./browser.js";

// The live classroom's browser tests: two real server processes on one PostgreSQL, and Chromium.

export interface LiveWorld {
  servers: TwoServers;
  browser: Browser;
  /** A page in a fresh browser context (its own cookies) on the given server. */
  newPage(baseURL: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startLiveWorld(): Promise<LiveWorld> {
  const [servers, executablePath] = await Promise.all([startTwoServers(), chromiumPath()]);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    servers,
    browser,
    async newPage(baseURL) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL });
      const page = await context.newPage();
      page.on("pageerror", (error) => {
        throw error;
      });
      return page;
    },
    async close() {
      await browser.close();
      await servers.stop();
    },
  };
}

export interface LiveClass {
  assignmentId: string;
  classId: string;
  teacher: Page;
  ann: Page;
  bo: Page;
}

/**
 * A teacher (on server a) with a class and the lesson assigned; Ann joins on server a, Bo on b.
 * `before` runs on each student's page before it opens anything (e.g. to block WebSockets).
 */
export async function liveClass(
  world: LiveWorld,
  options: { feedback?: string; dueAt?: string; blockAnn?: boolean } = {},
): Promise<LiveClass> {
  const { a, b } = world.servers;
  const teacher = await world.newPage(a.url);
  await signUpTeacherAs(teacher, a.url, "Ms Rivera");
  const klass = await createClassAs(teacher, a.url, "History 10B");
  const { id: assignmentId } = await assignLessonAs(teacher, a.url, klass.id, LESSON_SLUG, {
    feedback: options.feedback ?? "ON_SUBMIT",
    dueAt: options.dueAt,
  });
  const ann = await world.newPage(a.url);
  const bo = await world.newPage(b.url);
  if (options.blockAnn) await refuseWebSockets(ann);
  await joinClassAs(ann, a.url, klass.joinCode, "Ann");
  await joinClassAs(bo, b.url, klass.joinCode, "Bo");
  return { assignmentId, classId: klass.id, teacher, ann, bo };
}

/** Every WebSocket of the page's context closes before it reaches the server (a blocking network). */
export const refuseWebSockets = (page: Page) =>
  page.context().routeWebSocket(/.*/, (ws) => ws.close());

/** Opens the assignment and goes to the step with the first questions. */
export async function openQuestions(page: Page, assignmentId: string): Promise<void> {
  await page.goto(`/assignments/${assignmentId}`);
  await page.getByRole("heading", { level: 2, name: "Meet the record" }).waitFor();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
}

/** The text of one cell of the teacher's live grid ("✓ Q1: correct"). */
export const cell = (teacher: Page, student: string, item: string) =>
  teacher.locator(`[data-testid=live-grid] tr[data-student="${student}"] td[data-item="${item}"]`);

export const whereabouts = (teacher: Page, student: string) =>
  teacher.locator(`[data-testid=live-grid] tr[data-student="${student}"] td.where`);

/** Waits until the locator's text matches (polling every 50 ms), failing after `ms`. */
export async function untilText(
  locator: ReturnType<Page["locator"]>,
  pattern: RegExp,
  ms = 5_000,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const text = ((await locator.textContent().catch(() => "")) ?? "").replace(/\s+/g, " ");
    if (pattern.test(text)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`"${text}" never matched ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The student's stored answers, asked over HTTP as that student. */
export async function storedAnswers(page: Page, url: string) {
  const { myAttempts } = await gqlAs(
    page,
    url,
    `{ myAttempts { id responses { itemId revision answer { choiceIds } } } }`,
  );
  return myAttempts[0]?.responses ?? [];
}

/**
 * Marks the page's document; the function returned says whether it is still the same document
 * (a reload or a navigation makes a new one), so a test tells a live update from a reload.
 */
export async function markDocument(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => Object.assign(window, { liveMark: true }));
  return () => page.evaluate(() => (window as unknown as { liveMark?: boolean }).liveMark === true);
}

/**
 * Runs `open` (which loads a player) and waits until its page has subscribed to
 * myAttemptUpdates over a WebSocket, and a moment for the server to take the subscription.
 */
export async function following(page: Page, open: () => Promise<unknown>): Promise<void> {
  const subscribed = new Promise<void>((resolve) =>
    page.on("websocket", (ws) =>
      ws.on("framesent", ({ payload }) => {
        if (String(payload).includes("myAttemptUpdates")) resolve();
      }),
    ),
  );
  await open();
  await subscribed;
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** The page's student starts the assignment, writes the exercise (its model answer) and hands in. */
export async function handInExercise(
  page: Page,
  url: string,
  assignmentId: string,
): Promise<{ attemptId: string; exerciseId: string; exerciseSlug: string }> {
  const { content } = await loadContent(LESSONS_DIR);
  const { lesson } = await gqlAs(page, url, PLAYER_LESSON, { slug: LESSON_SLUG });
  const exercise = servedItems(lesson).find((item) => item.kind === "EXERCISE")!;
  const { startAttempt } = await gqlAs(page, url, START_ATTEMPT, {
    a: assignmentId,
    l: LESSON_SLUG,
  });
  await gqlAs(page, url, SAVE_RESPONSE, {
    t: startAttempt.id,
    i: exercise.id,
    a: rightAnswer(content, exercise),
  });
  await gqlAs(page, url, `mutation($t: ID!) { submitAttempt(attemptId: $t) { id } }`, {
    t: startAttempt.id,
  });
  return { attemptId: startAttempt.id, exerciseId: exercise.id, exerciseSlug: exercise.slug! };
}
