import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPlatforms } from "../../../../server/src/modules/lti/platforms.service.js";
import { newRegistrationUrl } from "../../../../server/src/modules/lti/registration.service.js";
import { type TestDatabase } from "../../../support/databases.js";
import { createPreparedTestDatabase } from "../../../support/prepared-databases.js";
import { startPlatformSimulator, type PlatformSimulator } from "../../../support/lti-platform.js";
import { addRegistration, TOOL_CONFIGURATION } from "../../../support/lti-registration-platform.js";
import { startTestServer, type TestServer } from "../../../support/server.js";
import { teacherLaunch } from "./lti-world.js";

const NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";

/** The registration page the platform opens in its frame, as a browser would fetch it. */
async function openRegistration(url: string) {
  const response = await fetch(url, { redirect: "manual" });
  return {
    status: response.status,
    csp: response.headers.get("content-security-policy") ?? "",
    body: await response.text(),
  };
}

describe("LTI Dynamic Registration", () => {
  let database: TestDatabase;
  let open: TestServer;
  let closed: TestServer;
  const platforms: PlatformSimulator[] = [];
  const newPlatform = async (options: { clientId?: string; deploymentId?: string } = {}) => {
    const platform = await startPlatformSimulator(options);
    platforms.push(platform);
    return { platform, registration: addRegistration(platform) };
  };
  const platformCount = async () => (await listPlatforms(database.pool)).length;

  beforeAll(async () => {
    database = await createPreparedTestDatabase("pglite");
    open = await startTestServer(database.pool, { ltiRegistration: "open" });
    closed = await startTestServer(database.pool, {
      prepare: false,
      publicUrl: "https://lessons.school.org",
    });
  });
  afterAll(async () => {
    for (const platform of platforms) await platform.close();
    await open?.close();
    await closed?.close();
    await database?.close();
  });

  it("open: registers the platform and its deployment, answers the close message, and a launch then works", async () => {
    const { platform, registration } = await newPlatform({ deploymentId: "dep-from-response" });
    const page = await openRegistration(`${open.url}/lti/register?${registration.query()}`);
    expect(page.status, page.body).toBe(200);
    expect(page.body).toContain(
      `<script>(window.opener || window.parent).postMessage({ subject: "org.imsglobal.lti.close" }, "*");</script>`,
    );
    expect(page.csp).toMatch(/script-src 'sha256-[\w+/=]+'/);
    expect(page.csp).toContain(`frame-ancestors ${platform.issuer}`);

    expect(registration.registrations).toHaveLength(1);
    const { authorization, body } = registration.registrations[0]!;
    expect(authorization).toBe("Bearer reg-token-1");
    expect(body).toMatchObject({
      application_type: "web",
      response_types: ["id_token"],
      grant_types: ["implicit", "client_credentials"],
      initiate_login_uri: `${open.url}/lti/login`,
      redirect_uris: [`${open.url}/lti/launch`],
      jwks_uri: `${open.url}/lti/jwks`,
      logo_uri: `${open.url}/lti/logo.svg`,
      token_endpoint_auth_method: "private_key_jwt",
      [TOOL_CONFIGURATION]: {
        domain: new URL(open.url).host,
        target_link_uri: `${open.url}/`,
        claims: expect.arrayContaining(["sub", "name"]),
      },
    });
    expect(body.scope.split(" ")).toContain(NRPS);
    expect(body.scope).toContain("https://purl.imsglobal.org/spec/lti-ags/scope/score");
    expect(body[TOOL_CONFIGURATION].messages.map((m: { type: string }) => m.type)).toEqual([
      "LtiResourceLinkRequest",
      "LtiDeepLinkingRequest",
    ]);
    expect((await fetch(`${open.url}/lti/logo.svg`)).headers.get("content-type")).toMatch(
      /^image\/svg\+xml/,
    );

    const stored = (await listPlatforms(database.pool)).find((p) => p.issuer === platform.issuer);
    expect(stored).toMatchObject({
      clientId: platform.clientId,
      authLoginUrl: platform.authUrl,
      tokenUrl: platform.tokenUrl,
      jwksUrl: platform.jwksUrl,
      deploymentIds: ["dep-from-response"],
    });

    const launch = await platform.launch(open.url, teacherLaunch("registered"));
    expect(launch.status, launch.body).toBe(303);
    const elsewhere = await platform.launch(
      open.url,
      teacherLaunch("other-deployment", { claims: { [`${LTI}deployment_id`]: "dep-other" } }),
    );
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.body).toContain("Deployment dep-other");
  });

  it("refuses a configuration that is not https, names another issuer, or a platform that refuses, creating nothing", async () => {
    const { platform, registration } = await newPlatform({ clientId: "refused-client" });
    const before = await platformCount();
    const insecure = await openRegistration(
      `${open.url}/lti/register?${registration.query({ openid_configuration: "http://lms.example.org/.well-known/openid-configuration" })}`,
    );
    expect(insecure.status).toBe(400);
    expect(insecure.body).toContain("openid_configuration must be an https:// URL");

    registration.state.issuer = "https://lms.example.org";
    const mismatch = await openRegistration(`${open.url}/lti/register?${registration.query()}`);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toContain(
      "names the issuer https://lms.example.org, which does not match the address it was read from",
    );
    registration.state.issuer = platform.issuer;

    registration.state.refuse = 400;
    const refused = await openRegistration(`${open.url}/lti/register?${registration.query()}`);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(
      "The platform refused the registration (400: invalid_client_metadata, redirect_uris refused).",
    );
    expect(refused.body).not.toContain("org.imsglobal.lti.close");
    registration.state.refuse = 0;

    const wrongToken = await openRegistration(
      `${open.url}/lti/register?${registration.query({ registration_token: "stolen" })}`,
    );
    expect(wrongToken.status).toBe(400);
    expect(wrongToken.body).toContain("(401: invalid_token)");

    registration.state.deploymentId = undefined;
    const noDeployment = await openRegistration(`${open.url}/lti/register?${registration.query()}`);
    expect(noDeployment.status).toBe(400);
    expect(noDeployment.body).toContain("names no deployment_id");

    const missing = await openRegistration(`${open.url}/lti/register`);
    expect(missing.status).toBe(400);
    expect(await platformCount()).toBe(before);
  });

  it("closed: refuses without a registration URL; a single-use URL works once, with PUBLIC_URL's addresses", async () => {
    const { platform, registration } = await newPlatform({ clientId: "single-use-client" });
    const before = await platformCount();
    const refused = await openRegistration(`${closed.url}/lti/register?${registration.query()}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("Registration is closed");
    expect(registration.registrations).toHaveLength(0);

    const bad = await openRegistration(
      `${closed.url}/lti/register?${registration.query({ tool_token: "guessed" })}`,
    );
    expect(bad.status).toBe(401);
    expect(registration.registrations).toHaveLength(0);
    expect(await platformCount()).toBe(before);

    const { url } = await newRegistrationUrl(database.pool, "https://lessons.school.org");
    expect(url).toMatch(/^https:\/\/lessons\.school\.org\/lti\/register\?tool_token=[\w-]{40,}$/);
    const local = `${closed.url}/lti/register?${new URL(url).searchParams}&${registration.query()}`;
    // A platform refusing does not use the URL up.
    registration.state.refuse = 400;
    expect((await openRegistration(local)).status).toBe(400);
    registration.state.refuse = 0;
    const first = await openRegistration(local);
    expect(first.status, first.body).toBe(200);
    expect(first.body).toContain("org.imsglobal.lti.close");
    expect(registration.registrations.at(-1)!.body.initiate_login_uri).toBe(
      "https://lessons.school.org/lti/login",
    );
    expect(await platformCount()).toBe(before + 1);
    const again = await openRegistration(local);
    expect(again.status).toBe(401);
    expect(again.body).toContain("unknown, expired or already used");
    expect(registration.registrations).toHaveLength(2);

    const expired = await newRegistrationUrl(database.pool, closed.url);
    await database.pool.query(
      `UPDATE lti_registration_tokens SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`,
    );
    const late = await openRegistration(`${expired.url}&${registration.query()}`);
    expect(late.status).toBe(401);
    void platform;
  });
});
