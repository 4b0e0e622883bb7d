import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../../../server/src/app/startup.js";
import { buildAppSchema } from "../../../../server/src/app/schema.js";
import { loadConfig } from "../../../../server/src/core/config.js";
import { createApp } from "../../../../server/src/http/app.js";
import { type TestDatabase } from "../../../support/databases.js";
import { createPreparedTestDatabase } from "../../../support/prepared-databases.js";
import {
  type LaunchSpec,
  startPlatformSimulator,
  type PlatformSimulator,
} from "../../../support/lti-platform.js";
import { LESSONS_DIR, ROOT } from "../../../support/server.js";
import { registerPlatform, rowCounts, teacherLaunch } from "./lti-world.js";

/**
 * The login's state bound to the browser: behind a TLS-terminating proxy (X-Forwarded-Proto),
 * as a school's HTTPS deployment runs, the login sets a SameSite=None cookie that the launch's
 * cross-site post must carry back.
 */
describe("a login's state bound to the browser that began it", () => {
  let database: TestDatabase;
  let platform: PlatformSimulator;
  let server: http.Server;
  let stop: () => Promise<void>;
  let url = "";
  beforeAll(async () => {
    database = await createPreparedTestDatabase("pglite");
    await prepareDatabase(database.pool, { lessonsDir: LESSONS_DIR });
    const app = await createApp({
      schema: await buildAppSchema(),
      pool: database.pool,
      clientDir: `${ROOT}client/dist`,
      trustProxy: 1,
    });
    stop = app.stop;
    server = http.createServer(app.handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    platform = await startPlatformSimulator();
    await registerPlatform(database.pool, platform);
  });
  afterAll(async () => {
    await platform?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await stop?.();
    await database?.close();
  });

  /** A login as a browser makes it (over HTTPS or not), and the form the platform posts back. */
  async function login(spec: LaunchSpec, https: boolean) {
    platform.willLaunch(spec);
    const proto: Record<string, string> = https ? { "x-forwarded-proto": "https" } : {};
    const reply = await fetch(`${url}/lti/login`, {
      method: "POST",
      redirect: "manual",
      headers: proto,
      body: new URLSearchParams({
        iss: platform.issuer,
        login_hint: spec.sub,
        // Behind the proxy the tool's own origin is https://.
        target_link_uri: `${https ? url.replace(/^http:/, "https:") : url}${spec.targetPath}`,
        client_id: platform.clientId,
      }),
    });
    expect(reply.status).toBe(302);
    const page = await (await fetch(reply.headers.get("location")!)).text();
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)![1]!;
    return {
      cookie: reply.headers.get("set-cookie"),
      form: { id_token: field("id_token"), state: field("state") },
      launch: (cookie?: string) =>
        fetch(`${url}/lti/launch`, {
          method: "POST",
          redirect: "manual",
          headers: { ...proto, ...(cookie ? { cookie } : {}) },
          body: new URLSearchParams({ id_token: field("id_token"), state: field("state") }),
        }),
    };
  }

  const boundOf = async (state: string) => {
    const { rows } = await database.pool.query<{ bound: boolean | null }>(
      `SELECT browser_bound AS bound FROM lti_logins WHERE state = encode(sha256($1::bytea), 'hex')`,
      [state],
    );
    return rows[0]?.bound;
  };

  it("over HTTPS: the cookie is set, a launch carrying another is refused, the right one passes bound", async () => {
    const begun = await login(teacherLaunch("bound"), true);
    expect(begun.cookie).toMatch(
      /^lti_login_[0-9a-f]{16}=[\w-]+; Max-Age=600; Path=\/lti\/launch; Expires=.*; HttpOnly; Secure; SameSite=None$/,
    );
    const cookie = begun.cookie!.split(";")[0]!;
    const before = await rowCounts(database.pool);
    const forged = await begun.launch(`${cookie.split("=")[0]}=someone-elses-browser`);
    expect(forged.status).toBe(401);
    expect(await forged.text()).toContain("did not come from the browser that began it");
    expect(await rowCounts(database.pool)).toEqual(before);

    const launch = await begun.launch(cookie);
    expect(launch.status).toBe(303);
    expect(await boundOf(begun.form.state)).toBe(true);
  });

  it("where the browser could not keep the cookie (a frame, plain HTTP) the launch goes ahead, recorded unbound", async () => {
    const framed = await login(teacherLaunch("unbound"), true);
    expect(framed.cookie).not.toBeNull();
    expect((await framed.launch()).status).toBe(303);
    expect(await boundOf(framed.form.state)).toBe(false);

    const plain = await login(teacherLaunch("plain"), false);
    expect(plain.cookie).toBeNull();
    expect((await plain.launch()).status).toBe(303);
    expect(await boundOf(plain.form.state)).toBe(false);
  });

  it("takes extra frame origins from LTI_FRAME_ORIGINS, refusing anything but an origin", () => {
    expect(
      loadConfig({ LTI_FRAME_ORIGINS: "https://school.instructure.com, https://app.schoology.com" })
        .ltiFrameOrigins,
    ).toEqual(["https://school.instructure.com", "https://app.schoology.com"]);
    for (const bad of ["*", "https://a.example/path", "https://a.example; script-src *"])
      expect(() => loadConfig({ LTI_FRAME_ORIGINS: bad })).toThrow(/LTI_FRAME_ORIGINS/);
  });
});
