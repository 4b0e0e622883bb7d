import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  type LaunchSpec,
  startPlatformSimulator,
  type PlatformSimulator,
} from "../../../support/lti-platform.js";
import { serveForSuite } from "../../../support/server.js";
import { registerPlatform, rowCounts, studentLaunch, teacherLaunch } from "./lti-world.js";

const ME = `{ viewer { role displayName signInCode } }`;

describe.each(DATABASE_KINDS)("LTI launches inside an LMS's frame on %s", (kind) => {
  const suite = serveForSuite(kind);
  let platform: PlatformSimulator;
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    await registerPlatform(suite.database.pool, platform);
  });
  afterAll(() => platform?.close());

  /** A launch whose form post the browser makes inside an iframe (Fetch Metadata says so). */
  async function framedLaunch(spec: LaunchSpec, dest = "iframe") {
    const form = await platform.authorize(suite.server.url, spec);
    return fetch(`${suite.server.url}/lti/launch`, {
      method: "POST",
      redirect: "manual",
      headers: { "sec-fetch-dest": dest, "sec-fetch-site": "cross-site" },
      body: new URLSearchParams(form),
    });
  }

  const exchange = (body: unknown, contentType = "application/json") =>
    fetch(`${suite.server.url}/lti/session`, {
      method: "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  function codeOf(location: string | null): { code: string; to: string } {
    const match = /^\/lti\/continue#(.+)$/.exec(location ?? "");
    expect(match, String(location)).not.toBeNull();
    const params = new URLSearchParams(match![1]);
    return { code: params.get("code")!, to: params.get("to")! };
  }

  it("a framed launch sets no cookie and hands over a one-time code that opens a bearer session once", async () => {
    const before = await rowCounts(suite.database.pool);
    const launch = await framedLaunch(teacherLaunch("frame"));
    expect(launch.status).toBe(303);
    expect(launch.headers.get("set-cookie")).toBeNull();
    const { code, to } = codeOf(launch.headers.get("location"));
    expect(code).toMatch(/^[\w-]{40,}$/);
    expect(to).toMatch(/^\/teacher\/assignments\/[\w-]+$/);
    // The launch's own session never reached the browser: it is ended, not left open.
    const open = await suite.database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sessions WHERE revoked_at IS NULL`,
    );

    const reply = await exchange({ code });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("cache-control")).toBe("no-store");
    const handoff = (await reply.json()) as { token: string; to: string; role: string };
    expect(handoff).toMatchObject({ to, role: "TEACHER" });
    const me = await suite.server.gql(ME, {}, { authorization: `Bearer ${handoff.token}` });
    expect(me.data.viewer).toEqual({
      role: "TEACHER",
      displayName: "Ms Rivera frame",
      signInCode: null,
    });
    const after = await rowCounts(suite.database.pool);
    expect(after.sessions).toBe(before.sessions + 2);
    const openAfter = await suite.database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sessions WHERE revoked_at IS NULL`,
    );
    expect(openAfter.rows[0]!.n).toBe(open.rows[0]!.n + 1);

    // Single use: the same code again is a clear error and opens nothing.
    const again = await exchange({ code });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      errors: [
        {
          message:
            "This launch code is unknown, expired or already used. Open the link from your course again.",
          extensions: { code: "BAD_USER_INPUT", field: "code" },
        },
      ],
    });
    expect(await rowCounts(suite.database.pool)).toEqual(after);
  });

  it("refuses a wrong, malformed, expired or non-JSON code with a clear error, creating nothing", async () => {
    const launch = await framedLaunch(teacherLaunch("expiry"));
    const { code } = codeOf(launch.headers.get("location"));
    const before = await rowCounts(suite.database.pool);
    for (const body of [{ code: "x".repeat(43) }, { code: 42 }, {}, { code: "no good!" }]) {
      const reply = await exchange(body);
      expect(reply.status).toBe(400);
      const { errors } = (await reply.json()) as { errors: Array<{ extensions: unknown }> };
      expect(errors[0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "code" });
    }
    const form = await exchange(`code=${code}`, "application/x-www-form-urlencoded");
    expect(form.status).toBe(415);
    // A minute later the code is gone.
    await suite.database.pool.query(
      `UPDATE lti_handoffs SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
    );
    const late = await exchange({ code });
    expect(late.status).toBe(400);
    expect(await rowCounts(suite.database.pool)).toEqual(before);
  });

  it("a launch in a window of its own keeps the cookie and the plain redirect", async () => {
    const form = await platform.authorize(suite.server.url, teacherLaunch("window"));
    const reply = await fetch(`${suite.server.url}/lti/launch`, {
      method: "POST",
      redirect: "manual",
      headers: { "sec-fetch-dest": "document" },
      body: new URLSearchParams(form),
    });
    expect(reply.status).toBe(303);
    expect(reply.headers.get("location")).toMatch(/^\/teacher\/assignments\/[\w-]+$/);
    expect(reply.headers.get("set-cookie")).toMatch(/^session=.*HttpOnly.*SameSite=Lax/i);
  });

  it("a learner in a frame lands in the player; their sign-in code is not shown to them", async () => {
    await framedLaunch(teacherLaunch("learner"));
    const launch = await framedLaunch(studentLaunch("learner", "Okafor"));
    const { code, to } = codeOf(launch.headers.get("location"));
    expect(to).toMatch(/^\/assignments\/[\w-]+$/);
    const { token } = (await (await exchange({ code })).json()) as { token: string };
    const me = await suite.server.gql(ME, {}, { authorization: `Bearer ${token}` });
    expect(me.data.viewer).toEqual({
      role: "STUDENT",
      displayName: "Ana Okafor",
      signInCode: null,
    });
    // The code exists (the account is an ordinary student's), only hidden from them.
    const { rows } = await suite.database.pool.query<{ code: string | null }>(
      `SELECT sign_in_code AS code FROM users WHERE display_name = 'Ana Okafor'`,
    );
    expect(rows[0]!.code).toMatch(/\S/);
  });

  it("each launch brings the name the platform sends now", async () => {
    const first = await framedLaunch(teacherLaunch("rename"));
    const renamed = await framedLaunch(teacherLaunch("rename", { name: "Dr Rivera-Lopez" }));
    for (const launch of [first, renamed]) expect(launch.status).toBe(303);
    const { code } = codeOf(renamed.headers.get("location"));
    const { token } = (await (await exchange({ code })).json()) as { token: string };
    const me = await suite.server.gql(ME, {}, { authorization: `Bearer ${token}` });
    expect(me.data.viewer.displayName).toBe("Dr Rivera-Lopez");
    // A launch without a name keeps the one known.
    const nameless = await framedLaunch(
      teacherLaunch("rename", { name: undefined, claims: { name: undefined } }),
    );
    expect(nameless.status).toBe(303);
    const again = await suite.server.gql(ME, {}, { authorization: `Bearer ${token}` });
    expect(again.data.viewer.displayName).toBe("Dr Rivera-Lopez");
  });

  it("only the pages a launch leads to may be framed, and only by registered platforms", async () => {
    const platformOrigin = new URL(platform.issuer).origin;
    const framable = [
      "/assignments/abc",
      "/teacher/assignments/abc",
      "/teacher/assignments/abc/items/def",
      "/lti/continue",
      // A refusal or a platform-storage page of the login and the launch shows in the frame.
      "/lti/login",
    ];
    for (const path of framable) {
      const page = await fetch(`${suite.server.url}${path}`);
      const csp = page.headers.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(
        new RegExp(`frame-ancestors 'self' ${platformOrigin.replace(/\./g, "\\.")}(;|$)`),
      );
      expect(page.headers.get("x-frame-options"), path).toBeNull();
      expect(csp).toContain("script-src 'self'");
    }
    const refused = ["/", "/teacher", "/me", "/join/ABC", "/lessons/x", "/graphiql", "/healthz"];
    refused.push(
      "/assignments/abc/extra",
      "/teacher/assignments",
      "/api/assignments/x/results.csv",
    );
    for (const path of refused) {
      const page = await fetch(`${suite.server.url}${path}`);
      expect(page.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(page.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
    }
    // A POST to a framable path is not a page: no platform may frame what it answers.
    const post = await fetch(`${suite.server.url}/assignments/abc`, { method: "POST" });
    expect(post.headers.get("content-security-policy")).not.toContain(platformOrigin);
    expect(post.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });
});

describe("platform storage for a framed launch's state (OIDC login with client-side postMessages)", () => {
  const suite = serveForSuite("pglite");
  let platform: PlatformSimulator;
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    await registerPlatform(suite.database.pool, platform);
  });
  afterAll(() => platform?.close());

  const dataOf = (page: string) =>
    Object.fromEntries(
      [...page.matchAll(/data-(\w+)="([^"]*)"/g)].map(([, name, value]) => [
        name,
        value!.replace(/&amp;/g, "&"),
      ]),
    );

  it("puts the state in the platform's storage at login and reads it back before handing over the code", async () => {
    const spec = teacherLaunch("storage");
    const login = await platform.initiateLogin(suite.server.url, spec, {
      lti_storage_target: "_parent",
    });
    expect(login.status).toBe(200);
    expect(login.headers.get("content-security-policy")).toContain(
      `frame-ancestors 'self' ${platform.issuer}`,
    );
    const put = dataOf(await login.text());
    const auth = new URL(put.next!);
    expect(`${auth.origin}${auth.pathname}`).toBe(platform.authUrl);
    const state = auth.searchParams.get("state")!;
    expect(put).toMatchObject({
      mode: "put",
      target: "_parent",
      origin: platform.issuer,
      value: state,
    });
    expect(put.key).toMatch(/^lti_state_[0-9a-f]{32}$/);
    const script = await fetch(`${suite.server.url}/lti/storage.js`);
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('"lti." + d.mode + "_data"');

    const page = await (await fetch(auth)).text();
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)![1]!;
    const launch = await fetch(`${suite.server.url}/lti/launch`, {
      method: "POST",
      redirect: "manual",
      headers: { "sec-fetch-dest": "iframe" },
      body: new URLSearchParams({ id_token: field("id_token"), state: field("state") }),
    });
    expect(launch.status).toBe(200);
    expect(launch.headers.get("set-cookie")).toBeNull();
    const get = dataOf(await launch.text());
    expect(get).toMatchObject({
      mode: "get",
      target: "_parent",
      origin: platform.issuer,
      key: put.key,
      value: state,
    });
    expect(get.next).toMatch(/^\/lti\/continue#code=[\w-]{40,}&to=%2Fteacher%2Fassignments%2F/);
  });

  it("refuses a storage target that is not a window name", async () => {
    const login = await platform.initiateLogin(suite.server.url, teacherLaunch("bad-target"), {
      lti_storage_target: 'x" onload="alert(1)',
    });
    // Not a usable target: the ordinary redirect, no storage page.
    expect(login.status).toBe(302);
  });
});
