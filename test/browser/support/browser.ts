import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium, type Page } from "playwright-core";
import { prepareDatabase } from "../../../server/src/app/startup.js";
import { buildAppSchema } from "../../../server/src/app/schema.js";
import { createApp } from "../../../server/src/http/app.js";
import { CHROMIUM_ARGS, chromiumPath } from "../../support/chromium.js";
import { type TestDatabase } from "../../support/databases.js";
import { createPreparedTestDatabase } from "../../support/prepared-databases.js";
import { PLAYER_LESSON, servedItems } from "../../support/lesson-answers.js";
import { LESSONS_DIR, ROOT } from "../../support/server.js";

const CLIENT_DIR = `${ROOT}client/dist`;

export interface BrowserApp {
  url: string;
  browser: Browser;
  database: TestDatabase;
  /** A new page in a fresh browser context (its own cookies), that fails the test on any request leaving the origin. */
  newPage(options?: { width?: number; height?: number; mobile?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real server (built client, real PostgreSQL) and Chromium (test/support/chromium.ts) driven by
 * playwright-core. Without Chromium or a built client this throws: browser tests fail, never skip.
 */
export async function startBrowserApp(): Promise<BrowserApp> {
  const executablePath = await chromiumPath();
  if (!fs.existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error("the client is not built: run `npm run build` first");
  const database = await createPreparedTestDatabase("postgres");
  await prepareDatabase(database.pool, { lessonsDir: LESSONS_DIR });
  const server = http.createServer();
  const { handler, stop, closeSubscriptions } = await createApp({
    schema: await buildAppSchema(),
    pool: database.pool,
    clientDir: CLIENT_DIR,
    subscriptions: { httpServer: server, listen: database.listen },
  });
  server.on("request", handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  const foreign: string[] = [];
  return {
    url,
    browser,
    database,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        baseURL: url,
        ...(options.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      const page = await context.newPage();
      page.on("request", (req) => {
        const target = req.url();
        if (!target.startsWith(url) && !target.startsWith("data:") && !target.startsWith("blob:"))
          foreign.push(target);
      });
      page.on("pageerror", (error) => {
        throw error;
      });
      return page;
    },
    async close() {
      await browser.close();
      await closeSubscriptions();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await database.close();
      if (foreign.length > 0)
        throw new Error(`requests left the server's origin: ${[...new Set(foreign)].join(", ")}`);
    },
  };
}

const AXE_SOURCE = fs.readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, "utf8");

/** axe-core's serious and critical violations on the page (WCAG 2.x A and AA rules). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated, not injected as a <script>: the page's Content-Security-Policy stays as served.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string;
              help: string;
              nodes: Array<{ target: string[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join("; ")}`,
    );
}

/** Saves a screenshot under test/browser/screenshots for people to look at (not compared). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(`${ROOT}test/browser/screenshots`, { recursive: true });
  await page.screenshot({ path: `${ROOT}test/browser/screenshots/${name}.png`, fullPage: true });
}

/** GraphQL as the user of the page's browser context: its cookie authenticates the request. */
export async function gqlAs(
  page: Page,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> {
  const response = await page
    .context()
    .request.post(`${url}/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** How far the page overflows sideways, in CSS pixels (0 when nothing does). */
export const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Signs the page's browser context up as a new teacher (a fresh email each time). */
export async function signUpTeacherAs(page: Page, url: string, displayName: string): Promise<void> {
  await gqlAs(
    page,
    url,
    `mutation($e: String!, $n: String!) { signUpTeacher(email: $e, password: "correct horse battery", displayName: $n) { viewer { id } } }`,
    {
      e: `teacher-${Date.now()}-${Math.random().toString(36).slice(2)}@school.example`,
      n: displayName,
    },
  );
}

/** A new class of the page's teacher. */
export async function createClassAs(
  page: Page,
  url: string,
  name: string,
): Promise<{ id: string; joinCode: string }> {
  const { createClass } = await gqlAs(
    page,
    url,
    `mutation($n: String!) { createClass(name: $n) { id joinCode } }`,
    { n: name },
  );
  return createClass;
}

/** The lesson assigned to the page's teacher's class (feedback and due date as given). */
export async function assignLessonAs(
  page: Page,
  url: string,
  classId: string,
  lessonSlug: string,
  options: { feedback?: string; dueAt?: string } = {},
): Promise<{ id: string }> {
  const { assignLesson } = await gqlAs(
    page,
    url,
    `mutation($c: ID!, $l: String!, $d: DateTimeISO, $f: FeedbackTiming) { assignLesson(classId: $c, lessonSlug: $l, dueAt: $d, feedback: $f) { id } }`,
    // A variable left out leaves its argument to the server's default.
    { c: classId, l: lessonSlug, d: options.dueAt, f: options.feedback },
  );
  return assignLesson;
}

/** Joins the class as a new student in the page's browser context. */
export async function joinClassAs(
  page: Page,
  url: string,
  joinCode: string,
  displayName: string,
): Promise<void> {
  await gqlAs(
    page,
    url,
    `mutation($c: String!, $n: String!) { joinClass(joinCode: $c, displayName: $n) { viewer { id } } }`,
    { c: joinCode, n: displayName },
  );
}

/** The lesson most browser tests assign, and the title its pages show. */
export const LESSON_SLUG = "sourcing-the-record";
export const LESSON_TITLE = "Who wrote this down, and why? Sourcing a secret record";

export const START_ATTEMPT = `mutation($a: ID, $l: String!) { startAttempt(assignmentId: $a, lessonSlug: $l) { id } }`;
export const SAVE_RESPONSE = `mutation($t: ID!, $i: ID!, $a: AnswerInput!) { saveResponse(attemptId: $t, itemId: $i, answer: $a, revision: 1) { itemId } }`;

/** The page's student starts the assignment's attempt and saves one answer (the first choice of its first single-choice item); returns the attempt's id. */
export async function startAndAnswerOne(
  page: Page,
  url: string,
  assignmentId: string,
): Promise<string> {
  const { lesson } = await gqlAs(page, url, PLAYER_LESSON, { slug: LESSON_SLUG });
  const choice = servedItems(lesson).find((item) => item.kind === "SINGLE_CHOICE")!;
  const { startAttempt } = await gqlAs(page, url, START_ATTEMPT, {
    a: assignmentId,
    l: LESSON_SLUG,
  });
  await gqlAs(page, url, SAVE_RESPONSE, {
    t: startAttempt.id,
    i: choice.id,
    a: { choiceIds: [choice.choices![0]!.id] },
  });
  return startAttempt.id as string;
}
