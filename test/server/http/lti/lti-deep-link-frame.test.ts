import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Queryable } from "../../../../server/src/core/database.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  acceptDeepLinks,
  autoPostForm,
  DL,
  type DeepLinkReturn,
  deepLinkSpec,
} from "../../../support/lti-deep-linking.js";
import {
  type LaunchSpec,
  startPlatformSimulator,
  type PlatformSimulator,
} from "../../../support/lti-platform.js";
import { serveForSuite } from "../../../support/server.js";
import { LESSON, registerPlatform, rowCounts } from "./lti-world.js";

async function counts(db: Queryable): Promise<Record<string, number>> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM lti_deep_links`);
  return { ...(await rowCounts(db)), lti_deep_links: rows[0]!.n };
}

/**
 * Canvas and Moodle open a deep-linking request in a modal iframe, where the browser keeps no
 * cookie of the tool's: such a launch goes straight to the picker, which its token alone opens.
 */
describe.each(DATABASE_KINDS)("Deep linking inside an LMS's frame on %s", (kind) => {
  const suite = serveForSuite(kind);
  let platform: PlatformSimulator;
  let returns: DeepLinkReturn[];
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    await registerPlatform(suite.database.pool, platform);
    returns = acceptDeepLinks(platform, suite.server.url);
  });
  afterAll(() => platform?.close());

  /** A deep-linking launch posted by the browser inside the platform's iframe (or not). */
  async function launch(spec: LaunchSpec, dest = "iframe") {
    const form = await platform.authorize(suite.server.url, spec);
    return fetch(`${suite.server.url}/lti/launch`, {
      method: "POST",
      redirect: "manual",
      headers: { "sec-fetch-dest": dest, "sec-fetch-site": "cross-site" },
      body: new URLSearchParams(form),
    });
  }

  const visit = (path: string, fields?: Record<string, string>, cookie?: string) =>
    fetch(`${suite.server.url}${path}`, {
      method: fields ? "POST" : "GET",
      headers: { "sec-fetch-dest": "iframe", ...(cookie ? { cookie } : {}) },
      ...(fields ? { body: new URLSearchParams(fields) } : {}),
    });

  /** Framable by the registered platform only, and no Referer carrying the token. */
  function expectFramable(reply: Response) {
    const csp = reply.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(
      new RegExp(`frame-ancestors 'self' ${platform.issuer.replace(/\./g, "\\.")}(;|$)`),
    );
    expect(reply.headers.get("x-frame-options")).toBeNull();
    expect(reply.headers.get("referrer-policy")).toBe("no-referrer");
  }

  async function refused(step: () => Promise<Response>) {
    const before = await counts(suite.database.pool);
    const reply = await step();
    const body = await reply.text();
    expect(reply.status, body).toBe(401);
    expect(body).toContain("This lesson picker has closed");
    expect(reply.headers.get("set-cookie")).toBeNull();
    expect(await counts(suite.database.pool)).toEqual(before);
  }

  it("a framed deep link opens the picker without a cookie or a session; the pick answers the platform", async () => {
    const before = await counts(suite.database.pool);
    const reply = await launch(deepLinkSpec(platform, "frame"));
    expect(reply.status, await reply.text()).toBe(303);
    expect(reply.headers.get("set-cookie")).toBeNull();
    const path = reply.headers.get("location")!;
    expect(path).toMatch(/^\/lti\/deep-link\/[\w-]{40,}$/);
    // No app session is opened (none could reach the frame), and no handoff code.
    const opened = await counts(suite.database.pool);
    expect(opened).toEqual({
      ...before,
      users: before.users + 1,
      classes: before.classes + 1,
      lti_users: before.lti_users + 1,
      lti_contexts: before.lti_contexts + 1,
      lti_deep_links: before.lti_deep_links + 1,
    });

    const picker = await visit(path);
    expect(picker.status).toBe(200);
    expect(await picker.text()).toContain("<h1>Add a lesson to History 11 frame</h1>");
    expectFramable(picker);

    // A pick to correct shows the picker again, framable, and leaves the request open.
    const wrong = await visit(path, { action: "add", feedback: "ON_SUBMIT" });
    expect(wrong.status).toBe(400);
    expectFramable(wrong);
    expect(await counts(suite.database.pool)).toEqual(opened);

    const page = await visit(path, { action: "add", lesson: LESSON, feedback: "ON_SUBMIT" });
    expect(page.status).toBe(200);
    expectFramable(page);
    expect(page.headers.get("content-security-policy")).toContain(
      `form-action 'self' ${platform.issuer}`,
    );
    const { action, fields } = autoPostForm(await page.text());
    const answer = await fetch(action, { method: "POST", body: new URLSearchParams(fields) });
    expect(answer.status).toBe(200);
    const back = returns.at(-1)!;
    expect(back.error).toBeNull();
    expect(back.payload![`${DL}data`]).toBe("opaque-frame");
    const items = back.payload![`${DL}content_items`] as Array<Record<string, any>>;
    expect(items).toHaveLength(1);
    expect(items[0]!.custom.lesson).toBe(LESSON);
    expect(await counts(suite.database.pool)).toEqual({
      ...opened,
      assignments: opened.assignments + 1,
    });
    // Single use.
    await refused(() => visit(path));
    await refused(() => visit(path, { action: "cancel" }));
  });

  it("a framed deep link's cancel answers with no content items", async () => {
    const path = (await launch(deepLinkSpec(platform, "frame-cancel"))).headers.get("location")!;
    const before = await counts(suite.database.pool);
    const page = await visit(path, { action: "cancel" });
    expect(page.status).toBe(200);
    expectFramable(page);
    const { action, fields } = autoPostForm(await page.text());
    expect(
      (await fetch(action, { method: "POST", body: new URLSearchParams(fields) })).status,
    ).toBe(200);
    expect(returns.at(-1)!.payload![`${DL}content_items`]).toEqual([]);
    expect(await counts(suite.database.pool)).toEqual(before);
  });

  it("a deep link in a window of its own still needs its session; an unknown token opens nothing", async () => {
    const top = await launch(deepLinkSpec(platform, "window"), "document");
    expect(top.status).toBe(303);
    const cookie = top.headers.get("set-cookie")!.split(";")[0]!;
    expect(cookie).toMatch(/^session=/);
    const path = top.headers.get("location")!;
    const add = { action: "add", lesson: LESSON, feedback: "ON_SUBMIT" };
    await refused(() => visit(path));
    await refused(() => visit(path, add));
    await refused(() => visit(path, { action: "cancel" }));
    await refused(() => visit("/lti/deep-link/made-up-token", add));
    // Another teacher's session does not open it either.
    const other = await launch(deepLinkSpec(platform, "window-2"), "document");
    const otherCookie = other.headers.get("set-cookie")!.split(";")[0]!;
    await refused(() => visit(path, add, otherCookie));
    // Its own session does.
    const mine = await visit(path, undefined, cookie);
    expect(mine.status).toBe(200);
    expectFramable(mine);
  });

  it("with the platform's storage, the launch page reads the state back, then goes to the picker", async () => {
    const spec = deepLinkSpec(platform, "frame-storage");
    const login = await platform.initiateLogin(suite.server.url, spec, {
      lti_storage_target: "_parent",
    });
    const auth = /data-next="([^"]*)"/.exec(await login.text())![1]!.replace(/&amp;/g, "&");
    const page = await (await fetch(auth)).text();
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)![1]!;
    const reply = await fetch(`${suite.server.url}/lti/launch`, {
      method: "POST",
      redirect: "manual",
      headers: { "sec-fetch-dest": "iframe" },
      body: new URLSearchParams({ id_token: field("id_token"), state: field("state") }),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("set-cookie")).toBeNull();
    expect(reply.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await reply.text();
    expect(html).toContain('data-mode="get"');
    const next = /data-next="([^"]*)"/.exec(html)![1]!;
    expect(next).toMatch(/^\/lti\/deep-link\/[\w-]{40,}$/);
    expect((await visit(next)).status).toBe(200);
  });

  it("an expired framed picker opens nothing", async () => {
    const path = (await launch(deepLinkSpec(platform, "frame-late"))).headers.get("location")!;
    await suite.database.pool.query(
      `UPDATE lti_deep_links SET expires_at = now() - interval '1 second'
        WHERE used_at IS NULL AND frame_bound`,
    );
    await refused(() => visit(path, { action: "add", lesson: LESSON, feedback: "ON_SUBMIT" }));
  });
});
