import fs from "node:fs";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import { blockThirdPartyCookies, chromiumPath } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../server/src/core/database.js";
import { loadContent } from "../../server/src/content/lessons/load-content.js";
import { addPlatform } from "../../server/src/modules/lti/platforms.service.js";
import { type TestDatabase } from "../support/databases.js";
import { createPreparedTestDatabase } from "../support/prepared-databases.js";
import { PLAYER_LESSON, rightAnswer, servedItems } from "../support/lesson-answers.js";
import {
  acceptDeepLinks,
  DL,
  type DeepLinkReturn,
  deepLinkSpec,
} from "../support/lti-deep-linking.js";
import {
  type LaunchSpec,
  startPlatformSimulator,
  type PlatformSimulator,
} from "../support/lti-platform.js";
import { LESSONS_DIR, startTestServer, type TestServer } from "../support/server.js";
import { studentLaunch, teacherLaunch } from "../server/http/lti/lti-world.js";
import { screenshot, LESSON_TITLE } from "./support/browser.js";
import { RIGHT } from "./support/player.js";

/** The course page's side of platform storage: a store per page, answering the tool's frame. */
const PLATFORM_STORAGE = `
  const store = {};
  window.storageMessages = [];
  window.addEventListener("message", (event) => {
    const m = event.data;
    if (!m || typeof m.subject !== "string") return;
    window.storageMessages.push(m.subject);
    if (m.subject === "lti.put_data") store[m.key] = m.value;
    const reply = m.subject === "lti.put_data" || m.subject === "lti.get_data";
    if (reply)
      event.source.postMessage(
        { subject: m.subject + ".response", message_id: m.message_id, key: m.key, value: store[m.key] },
        event.origin,
      );
  });
`;
const SAVE = `mutation($t: ID!, $i: ID!, $a: AnswerInput!, $r: Int!) { saveResponse(attemptId: $t, itemId: $i, answer: $a, revision: $r) { itemId } }`;

/**
 * The course page of an LMS on http://localhost:<platform port> frames the tool on
 * http://127.0.0.1:<tool port>: two sites, so every cookie of the tool in that frame is a
 * third-party cookie, and Chromium runs with third-party cookies blocked.
 */
describe("an LTI launch inside an LMS's iframe, third-party cookies blocked, in Chromium", () => {
  let database: TestDatabase;
  let server: TestServer;
  let platform: PlatformSimulator;
  let browser: Browser;
  let coursePage: string;
  let forged: Record<string, string> = {};
  let returns: DeepLinkReturn[] = [];
  beforeAll(async () => {
    database = await createPreparedTestDatabase("postgres");
    server = await startTestServer(database.pool);
    platform = await startPlatformSimulator();
    const port = new URL(platform.issuer).port;
    coursePage = `http://localhost:${port}/course`;
    await withTransaction(database.pool, (client) =>
      addPlatform(client, {
        issuer: platform.issuer,
        clientId: platform.clientId,
        authLoginUrl: `http://localhost:${port}/auth`,
        tokenUrl: platform.tokenUrl,
        jwksUrl: platform.jwksUrl,
        deploymentIds: [platform.deploymentId],
      }),
    );
    // The LMS's course page: the tool's login URL in an iframe, as Canvas or Moodle embed it,
    // and the platform storage of LTI's client-side postMessages (lti.put_data, lti.get_data).
    platform.route("/course", (request, res) => {
      const src = request.url.searchParams.get("src")!.replace(/"/g, "&quot;");
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>History 10 · LMS</title></head>` +
          `<body style="margin:0;font-family:sans-serif"><header style="background:#333;color:#fff;padding:8px 16px">History 10 · Course page of the LMS</header>` +
          `<iframe title="Lesson" src="${src}" style="width:100%;height:1400px;border:0"></iframe>` +
          `<script>${PLATFORM_STORAGE}</script></body></html>`,
      );
    });
    returns = acceptDeepLinks(platform, server.url);
    // Someone's own launch form, posted from a page of theirs into another person's frame.
    platform.route("/forged", (_request, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        `<form method="post" action="${server.url}/lti/launch">` +
          Object.entries(forged)
            .map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`)
            .join("") +
          `</form><script>document.forms[0].submit()</script>`,
      );
    });
    browser = await chromium.launch({
      executablePath: await chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--test-third-party-cookie-phaseout"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await server?.close();
    await database?.close();
  });

  /** Opens the course page with the tool framed and waits until the framed launch lands. */
  async function launchInFrame(
    spec: LaunchSpec,
    lands: RegExp,
    extra: Record<string, string> = {},
  ): Promise<{ page: Page; tool: Frame; token: Promise<string> }> {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await blockThirdPartyCookies(page);
    page.on("pageerror", (error) => {
      throw error;
    });
    platform.willLaunch(spec);
    const login = `${server.url}/lti/login?${new URLSearchParams({
      iss: platform.issuer,
      login_hint: spec.sub,
      target_link_uri: `${server.url}${spec.targetPath}`,
      client_id: platform.clientId,
      ...extra,
    })}`;
    const token = tokenSent(page);
    await page.goto(`${coursePage}?${new URLSearchParams({ src: login })}`);
    const tool = page.mainFrame().childFrames()[0]!;
    await tool.waitForURL(lands);
    return { page, tool, token };
  }

  /** The course page with the tool in its frame, once the frame has painted. */
  async function frameShot(framed: { page: Page; tool: Frame }, name: string): Promise<void> {
    await framed.tool.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await framed.page.waitForTimeout(300);
    // Headless Chromium's first capture after a frame repaints may come out blank: a throwaway one first.
    await framed.page.screenshot();
    await screenshot(framed.page, name);
  }

  /** The bearer token the client in a frame sends (it never had a cookie to send). */
  function tokenSent(page: Page): Promise<string> {
    return new Promise((resolve) =>
      page.on("request", (request) => {
        const auth = request.headers().authorization;
        if (request.url() === `${server.url}/graphql` && auth) resolve(auth.slice(7));
      }),
    );
  }

  /** GraphQL as the framed user, with the token their client sends. */
  async function asUser(token: string, query: string, variables: Record<string, unknown> = {}) {
    const result = await server.gql(query, variables, { authorization: `Bearer ${token}` });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  it("a teacher and a student launch inside the frame; the student completes the lesson and the teacher sees it", async () => {
    // The teacher's first launch, framed: the assignment's results page, signed in by the code.
    const teacher = await launchInFrame(teacherLaunch("frame"), /\/teacher\/assignments\/[\w-]+$/);
    const assignmentId = /([\w-]+)$/.exec(teacher.tool.url())![1]!;
    await teacher.tool.getByRole("heading", { level: 1, name: LESSON_TITLE }).waitFor();
    expect(teacher.tool.url()).not.toContain("code=");
    const share = teacher.tool.getByRole("link", { name: /Share to Google Classroom/ });
    const shareUrl = new URL((await share.getAttribute("href"))!);
    expect(`${shareUrl.origin}${shareUrl.pathname}`).toBe("https://classroom.google.com/share");
    expect(shareUrl.searchParams.get("url")).toBe(`${server.url}/assignments/${assignmentId}`);
    expect(shareUrl.searchParams.get("title")).toBe(LESSON_TITLE);
    await frameShot(teacher, "lti-frame-teacher");

    // The cookie is blocked here for real: the frame has no cookie access and the browser
    // holds no cookie of the tool, yet the frame is signed in (its bearer token).
    expect(await teacher.tool.evaluate(() => document.hasStorageAccess())).toBe(false);
    expect(await teacher.page.context().cookies(server.url)).toEqual([]);
    const teacherToken = await teacher.token;
    expect((await asUser(teacherToken, `{ viewer { role displayName } }`)).viewer).toEqual({
      role: "TEACHER",
      displayName: "Ms Rivera frame",
    });
    // The same browser at the tool's own address, outside the frame: not signed in.
    const outside = await teacher.page.context().request.post(`${server.url}/graphql`, {
      data: { query: `{ viewer { id } }` },
    });
    expect((await outside.json()).data.viewer).toBeNull();

    // The student's launch lands in the player inside the frame.
    // The student's launch keeps its state in the platform's storage too (the LMS offers it).
    const student = await launchInFrame(
      studentLaunch("frame", "Park"),
      new RegExp(`/assignments/${assignmentId}$`),
      { lti_storage_target: "_parent" },
    );
    expect(await student.page.evaluate(() => (window as any).storageMessages)).toEqual([
      "lti.put_data",
      "lti.get_data",
    ]);
    const sent: string[] = [];
    student.page.on("request", (request) => {
      if (request.url() === `${server.url}/graphql`)
        sent.push(request.headers().authorization ? "bearer" : "none");
    });
    await student.tool.getByRole("heading", { level: 1, name: LESSON_TITLE }).waitFor();
    const studentToken = await student.token;

    // Step 2's first question answered in the player itself, saved with the bearer token.
    await student.tool.getByRole("button", { name: "Next" }).first().click();
    await student.tool.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    const saved = student.page.waitForResponse(
      (r) =>
        r.url().endsWith("/graphql") &&
        (r.request().postData() ?? "").includes("PlayerSaveResponse"),
    );
    await student.tool.locator("article.question").first().getByLabel(RIGHT.author).check();
    expect((await saved).status()).toBe(200);
    await student.tool.getByRole("status").getByText("Saved", { exact: true }).waitFor();
    expect(await student.tool.getByText(/sign-in code/i).count()).toBe(0);
    await frameShot(student, "lti-frame-player");

    // Every other item answered right with the token the frame's client uses.
    const { lesson } = await asUser(studentToken, PLAYER_LESSON, { slug: "sourcing-the-record" });
    const { content } = await loadContent(LESSONS_DIR);
    const { myAttempts } = await asUser(studentToken, `{ myAttempts { id responses { itemId } } }`);
    const attempt = myAttempts[0];
    const done = new Set(attempt.responses.map((r: { itemId: string }) => r.itemId));
    expect(done.size).toBe(1);
    for (const item of servedItems(lesson)) {
      if (done.has(item.id)) continue;
      await asUser(studentToken, SAVE, {
        t: attempt.id,
        i: item.id,
        a: rightAnswer(content, item),
        r: 1,
      });
    }
    // Through the steps to the end and submitted, in the player.
    const submit = student.tool.getByRole("button", { name: "Submit", exact: true });
    for (let step = 2; step < lesson.steps.length && !(await submit.isVisible()); step++)
      await student.tool.getByRole("button", { name: "Next" }).first().click();
    await submit.click();
    await student.tool.getByRole("button", { name: "Yes, submit" }).click();
    await student.tool.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
    await frameShot(student, "lti-frame-results");
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.every((s) => s === "bearer")).toBe(true);
    expect(await student.page.context().cookies(server.url)).toEqual([]);
    const mine = await asUser(studentToken, `{ myAttempts { status } }`);
    expect(mine.myAttempts).toEqual([{ status: "SUBMITTED" }]);

    // The teacher opens the link again from the course: the student's work is in.
    const again = await launchInFrame(
      teacherLaunch("frame"),
      new RegExp(`/teacher/assignments/${assignmentId}$`),
    );
    const row = again.tool.locator("tbody tr", { hasText: "Ana Park" }).first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Submitted|submitted/);
    await frameShot(again, "lti-frame-teacher-results");
    // The results CSV downloads inside the frame too (fetched with the bearer token).
    const [download] = await Promise.all([
      again.page.waitForEvent("download"),
      again.tool.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(fs.readFileSync((await download.path())!, "utf8")).toContain("Ana Park");
  });

  it("a teacher adds a lesson through deep linking inside the frame; the platform gets the signed response", async () => {
    // Canvas and Moodle open the deep-linking request in a modal frame: the picker opens there
    // without any cookie, answered by its own token.
    const framed = await launchInFrame(
      deepLinkSpec(platform, "frame-dl"),
      /\/lti\/deep-link\/[\w-]+$/,
    );
    await framed.tool
      .getByRole("heading", { level: 1, name: /Add a lesson to History 11/ })
      .waitFor();
    await frameShot(framed, "lti-frame-deep-link-picker");
    await framed.tool.getByLabel(LESSON_TITLE).check();
    await framed.tool.getByLabel("When the student submits").check();
    const before = returns.length;
    await framed.tool.getByRole("button", { name: "Add lesson" }).click();
    // The response page posts the signed JWT to the platform's return URL from the frame.
    await framed.tool.waitForURL(`${platform.issuer}/deep-link-return`);
    await framed.tool.getByRole("heading", { name: "Content added" }).waitFor();
    expect(returns.length).toBe(before + 1);
    const back = returns.at(-1)!;
    expect(back.error).toBeNull();
    expect(back.payload![`${DL}data`]).toBe("opaque-frame-dl");
    const items = back.payload![`${DL}content_items`] as Array<{ title: string }>;
    expect(items.map((item) => item.title)).toEqual([LESSON_TITLE]);
    expect(await framed.page.context().cookies(server.url)).toEqual([]);
  });

  it("a site that is not a registered platform cannot frame the pages a launch leads to, nor any other", async () => {
    const page = await (await browser.newContext()).newPage();
    // A page of no registered platform (an opaque origin) frames the player, the teacher's
    // page and the home page: Chromium refuses all three.
    await page.setContent(
      ["/assignments/abc", "/teacher/assignments/abc", "/"]
        .map((path) => `<iframe src="${server.url}${path}"></iframe>`)
        .join(""),
    );
    await expect
      .poll(
        () =>
          page
            .mainFrame()
            .childFrames()
            .map((frame) => frame.url().split(":")[0]),
        {
          timeout: 15_000,
        },
      )
      .toEqual(["chrome-error", "chrome-error", "chrome-error"]);
  });
  it("a launch posted into someone else's frame finds no state in their platform storage and stops", async () => {
    // Ben begins a launch of his own (with platform storage) and keeps its form.
    const spec = studentLaunch("frame", "Ben");
    const login = await platform.initiateLogin(server.url, spec, { lti_storage_target: "_parent" });
    const next = /data-next="([^"]*)"/.exec(await login.text())![1]!.replace(/&amp;/g, "&");
    const page = await (await fetch(next)).text();
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)![1]!;
    forged = { id_token: field("id_token"), state: field("state") };
    // Ana's course page frames Ben's page, which posts Ben's launch to the tool.
    const ana = await (await browser.newContext()).newPage();
    await blockThirdPartyCookies(ana);
    await ana.goto(
      `${coursePage}?${new URLSearchParams({ src: coursePage.replace("/course", "/forged") })}`,
    );
    const tool = ana.mainFrame().childFrames()[0]!;
    await tool.waitForURL(`${server.url}/lti/launch`);
    await tool.getByText("This launch could not be confirmed with your course").waitFor();
    expect(tool.url()).toBe(`${server.url}/lti/launch`);
    expect(await ana.evaluate(() => (window as any).storageMessages)).toEqual(["lti.get_data"]);
    expect(await ana.context().cookies(server.url)).toEqual([]);
  });
});
