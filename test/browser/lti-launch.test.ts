import { chromium, type Browser } from "playwright-core";
import { chromiumPath } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../server/src/core/database.js";
import { addPlatform } from "../../server/src/modules/lti/platforms.service.js";
import { type TestDatabase } from "../support/databases.js";
import { createPreparedTestDatabase } from "../support/prepared-databases.js";
import { startPlatformSimulator, type PlatformSimulator } from "../support/lti-platform.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { studentLaunch, teacherLaunch } from "../server/http/lti/lti-world.js";
import { gqlAs, noHorizontalScroll, screenshot } from "./support/browser.js";

/**
 * A real browser carries the launch: the tool on 127.0.0.1 and the platform's auth page on
 * localhost are different sites, so the launch is a cross-site form post, as from an LMS.
 */
describe("an LTI launch in Chromium", () => {
  let database: TestDatabase;
  let server: TestServer;
  let platform: PlatformSimulator;
  let browser: Browser;
  beforeAll(async () => {
    database = await createPreparedTestDatabase("postgres");
    server = await startTestServer(database.pool);
    platform = await startPlatformSimulator();
    const port = new URL(platform.issuer).port;
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
    browser = await chromium.launch({
      executablePath: await chromiumPath(),
      args: ["--no-sandbox"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await server?.close();
    await database?.close();
  });

  const loginUrl = (sub: string, targetPath: string) =>
    `${server.url}/lti/login?${new URLSearchParams({
      iss: platform.issuer,
      login_hint: sub,
      target_link_uri: `${server.url}${targetPath}`,
      client_id: platform.clientId,
    })}`;

  it("a student before set-up sees a page saying so; after the teacher's launch, the player, signed in", async () => {
    const early = studentLaunch("browser", "Park");
    for (const width of [1280, 320]) {
      const page = await (await browser.newContext({ viewport: { width, height: 700 } })).newPage();
      platform.willLaunch(early);
      await page.goto(loginUrl(early.sub, early.targetPath));
      await page.waitForURL(`${server.url}/lti/launch`);
      expect(await page.locator("h1").textContent()).toBe("Not set up yet");
      expect(await noHorizontalScroll(page)).toBe(0);
      await screenshot(page, `lti-not-set-up-${width}`);
      await page.context().close();
    }

    const teacher = await platform.launch(server.url, teacherLaunch("browser"));
    expect(teacher.status).toBe(303);
    const assignmentId = /([\w-]+)$/.exec(teacher.location!)![1];

    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    platform.willLaunch(early);
    await page.goto(loginUrl(early.sub, early.targetPath));
    await page.waitForURL(`${server.url}/assignments/${assignmentId}`);
    const cookies = await page.context().cookies(server.url);
    expect(cookies.find((c) => c.name === "session")).toMatchObject({
      httpOnly: true,
      sameSite: "Lax",
    });
    const me = await gqlAs(page, server.url, `{ viewer { role displayName } }`);
    expect(me.viewer).toEqual({ role: "STUDENT", displayName: "Ana Park" });
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await screenshot(page, "lti-student-player");
    await page.context().close();
  });
});
