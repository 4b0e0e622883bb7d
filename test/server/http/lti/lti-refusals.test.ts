import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  LTI,
  startPlatformSimulator,
  type LaunchReply,
  type PlatformSimulator,
} from "../../../support/lti-platform.js";
import { LTI_LIMIT } from "../../../../server/src/modules/lti/launch-budget.js";
import { removePlatform } from "../../../../server/src/modules/lti/platforms.service.js";
import { serveForSuite } from "../../../support/server.js";
import { LESSON, registerPlatform, rowCounts, studentLaunch, teacherLaunch } from "./lti-world.js";

const now = () => Math.floor(Date.now() / 1000);

describe.each(DATABASE_KINDS)("LTI 1.3 refusals on %s", (kind) => {
  const suite = serveForSuite(kind);
  let platform: PlatformSimulator;
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    await registerPlatform(suite.database.pool, platform);
  });
  afterAll(() => platform?.close());

  /** Runs a step that must be refused with `status` and `message`, creating nothing. */
  async function refused(
    status: 400 | 401,
    message: string,
    step: () => Promise<LaunchReply | Response>,
  ) {
    const before = await rowCounts(suite.database.pool);
    const reply = await step();
    const body = reply instanceof Response ? await reply.text() : reply.body;
    expect(reply.status, body).toBe(status);
    expect(body).toContain("<h1>");
    expect(body).toContain(message);
    const cookie = reply instanceof Response ? reply.headers.get("set-cookie") : reply.cookie;
    expect(cookie).toBeNull();
    expect(await rowCounts(suite.database.pool)).toEqual(before);
  }

  it("a token signed by a key the platform does not hold (bad signature)", async () => {
    await refused(401, "signature does not verify", () =>
      platform.launch(suite.server.url, teacherLaunch("sig", { key: "foreign" })),
    );
  });

  it("a token under a kid the platform does not publish", async () => {
    await refused(401, "a key the platform does not publish", () =>
      platform.launch(suite.server.url, teacherLaunch("kid", { key: "unknown-kid" })),
    );
  });

  it("a replayed state, and an unknown one", async () => {
    const first = await platform.launch(suite.server.url, teacherLaunch("state"));
    expect(first.status).toBe(303);
    await refused(401, "state is unknown, expired or already used", () =>
      platform.post(suite.server.url, first.form),
    );
    await refused(401, "state is unknown, expired or already used", () =>
      platform.post(suite.server.url, { id_token: first.form.id_token, state: "made-up-state" }),
    );
  });

  it("a state older than ten minutes", async () => {
    const form = await platform.authorize(suite.server.url, teacherLaunch("late"));
    await suite.database.pool.query(
      `UPDATE lti_logins SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
    );
    await refused(401, "state is unknown, expired or already used", () =>
      platform.post(suite.server.url, form),
    );
  });

  it("a replayed id_token under a fresh state (its nonce belongs to another login)", async () => {
    const first = await platform.launch(suite.server.url, teacherLaunch("nonce"));
    expect(first.status).toBe(303);
    const login = await platform.initiateLogin(suite.server.url, teacherLaunch("nonce"));
    const state = new URL(login.headers.get("location")!).searchParams.get("state")!;
    await refused(401, "nonce is not the one this login sent", () =>
      platform.post(suite.server.url, { id_token: first.form.id_token, state }),
    );
  });

  it("a token for another audience, or for several without this tool as azp", async () => {
    await refused(401, "aud", () =>
      platform.launch(suite.server.url, teacherLaunch("aud", { claims: { aud: "another-tool" } })),
    );
    await refused(401, "azp is not this tool", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("aud", { claims: { aud: [platform.clientId, "another-tool"] } }),
      ),
    );
    const withAzp = await platform.launch(
      suite.server.url,
      teacherLaunch("aud", {
        claims: { aud: [platform.clientId, "another-tool"], azp: platform.clientId },
      }),
    );
    expect(withAzp.status).toBe(303);
  });

  it("an expired token", async () => {
    await refused(401, "has expired", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("exp", { claims: { iat: now() - 900, exp: now() - 300 } }),
      ),
    );
  });

  it("a token issued in the future, or too long ago", async () => {
    await refused(401, "iat claim is wrong for this tool", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("iat", { claims: { iat: now() + 600, exp: now() + 900 } }),
      ),
    );
    await refused(401, "issued more than ten minutes ago", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("iat", { claims: { iat: now() - 1200, exp: now() + 900 } }),
      ),
    );
  });

  it("a login naming only an issuer registered with several client ids", async () => {
    await registerPlatform(suite.database.pool, { ...platform, clientId: "second-client" });
    try {
      await refused(400, "is registered more than once here", () =>
        fetch(`${suite.server.url}/lti/login`, {
          method: "POST",
          redirect: "manual",
          body: new URLSearchParams({
            iss: platform.issuer,
            login_hint: "u",
            target_link_uri: `${suite.server.url}/lessons/${LESSON}`,
          }),
        }),
      );
    } finally {
      await removePlatform(suite.database.pool, platform.issuer, "second-client");
    }
  });

  it("a deployment the tool does not know, at login and at launch", async () => {
    await refused(401, "Deployment other-deployment", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("dep", { claims: { [`${LTI}deployment_id`]: "other-deployment" } }),
      ),
    );
    await refused(401, "Deployment other-deployment", () =>
      platform.initiateLogin(suite.server.url, teacherLaunch("dep"), {
        lti_deployment_id: "other-deployment",
      }),
    );
  });

  it("a message type other than a resource link launch, and another LTI version", async () => {
    await refused(400, "resource links only", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("type", { claims: { [`${LTI}message_type`]: "LtiSubmissionReviewRequest" } }),
      ),
    );
    await refused(400, "LTI 1.3.0", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("type", { claims: { [`${LTI}version`]: "1.1" } }),
      ),
    );
  });

  it("a target other than the one its login named", async () => {
    await refused(400, "is not the one its login named", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("retarget", {
          claims: { [`${LTI}target_link_uri`]: `${suite.server.url}/lessons/voices-in-the-record` },
        }),
      ),
    );
  });

  it("a target elsewhere, a link naming no lesson or an unknown one", async () => {
    await refused(400, "is not on this server", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("target", {
          claims: { [`${LTI}target_link_uri`]: "https://evil.example/x" },
        }),
      ),
    );
    await refused(400, "names no lesson", () =>
      platform.launch(suite.server.url, teacherLaunch("target", { targetPath: "/teacher" })),
    );
    await refused(400, "There is no lesson &quot;no-such-lesson&quot;", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("target", { targetPath: "/lessons/no-such-lesson" }),
      ),
    );
  });

  it("roles the tool does not map, and a teacher's account launching as a learner", async () => {
    await refused(400, "neither an Instructor", () =>
      platform.launch(
        suite.server.url,
        teacherLaunch("roles", {
          roles: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"],
        }),
      ),
    );
    expect((await platform.launch(suite.server.url, teacherLaunch("roles"))).status).toBe(303);
    await refused(400, "is a teacher here", () =>
      platform.launch(suite.server.url, studentLaunch("roles", "x", { sub: "teacher-roles" })),
    );
  });

  it("logins from unknown platforms, without their parameters, or aiming elsewhere", async () => {
    const login = (params: Record<string, string>) =>
      fetch(`${suite.server.url}/lti/login`, {
        method: "POST",
        redirect: "manual",
        body: new URLSearchParams(params),
      });
    const target = `${suite.server.url}/lessons/${LESSON}`;
    await refused(401, "is registered on this server", () =>
      login({ iss: "https://unknown.example", login_hint: "u", target_link_uri: target }),
    );
    await refused(400, "needs iss, login_hint and target_link_uri", () =>
      login({ iss: platform.issuer, target_link_uri: target }),
    );
    await refused(400, "is not on this server", () =>
      login({ iss: platform.issuer, login_hint: "u", target_link_uri: "https://evil.example/" }),
    );
  });

  it("counts logins and launches against the address's budget, answering 429 when it is spent", async () => {
    await platform.initiateLogin(suite.server.url, teacherLaunch("limit"));
    const pool = suite.database.pool;
    const { rows } = await pool.query<{ bucket: string }>(
      `SELECT bucket FROM rate_limits WHERE bucket LIKE 'lti:%'`,
    );
    expect(rows).toHaveLength(1);
    await pool.query(`UPDATE rate_limits SET hits = $2 WHERE bucket = $1`, [
      rows[0]!.bucket,
      LTI_LIMIT.hits,
    ]);
    try {
      const login = await platform.initiateLogin(suite.server.url, teacherLaunch("limit"));
      expect(login.status).toBe(429);
      expect(Number(login.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await login.text()).toContain("Too many launches");
      const launch = await platform.post(suite.server.url, { id_token: "x", state: "y" });
      expect(launch.status).toBe(429);
    } finally {
      await pool.query(`DELETE FROM rate_limits WHERE bucket = $1`, [rows[0]!.bucket]);
    }
  });
});
