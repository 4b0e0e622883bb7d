import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumPath } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase } from "../support/databases.js";
import { createPreparedTestDatabase } from "../support/prepared-databases.js";
import { addNrps } from "../support/lti-nrps-platform.js";
import {
  LEARNER,
  startPlatformSimulator,
  type PlatformSimulator,
} from "../support/lti-platform.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { registerPlatform, teacherLaunch } from "../server/http/lti/lti-world.js";
import { noHorizontalScroll, screenshot, seriousViolations } from "./support/browser.js";

/** A teacher of a class from an LMS course syncs its roster from their class page in Chromium. */
describe("syncing a class from the LMS in Chromium", () => {
  let database: TestDatabase;
  let server: TestServer;
  let platform: PlatformSimulator;
  let browser: Browser;
  beforeAll(async () => {
    database = await createPreparedTestDatabase("postgres");
    server = await startTestServer(database.pool);
    platform = await startPlatformSimulator();
    await registerPlatform(database.pool, platform);
    platform.trustTool(server.url);
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

  const member = (who: string, status: "Active" | "Inactive" = "Active") => ({
    user_id: `learner-${who}`,
    roles: [LEARNER],
    name: `Student ${who}`,
    status,
  });

  async function teacherPage(cookie: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    return context.newPage();
  }

  it("adds the course's learners, says so, and marks those who left as inactive in roster and results", async () => {
    const nrps = addNrps(platform, 2);
    nrps.setRoster("course-sync", [member("Ames"), member("Baker"), member("Cole")]);
    const launch = await platform.launch(
      server.url,
      teacherLaunch("sync", { claims: nrps.claim("course-sync") }),
    );
    expect(launch.status, launch.body).toBe(303);
    const page = await teacherPage(launch.cookie!);
    await page.goto(`${server.url}/teacher`);
    const main = page.locator("#main");
    const sync = page.getByRole("button", { name: "Sync from LMS" });
    await sync.click();
    await main
      .getByText(
        "Synced from the LMS: added 3 students (Student Ames, Student Baker, Student Cole).",
      )
      .waitFor();
    const roster = page.getByRole("list", { name: "Students in History 10 sync" });
    expect(await roster.locator("li").count()).toBe(3);
    expect(await page.getByText("Last synced").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "lti-roster-synced");

    nrps.setRoster("course-sync", [member("Ames"), member("Cole", "Inactive")]);
    await sync.click();
    await main
      .getByText(
        "Synced from the LMS: marked 2 students inactive (Student Baker, Student Cole); their work stays.",
      )
      .waitFor();
    expect(await roster.getByText("inactive in the LMS").count()).toBe(2);
    expect(await roster.locator("li").count()).toBe(3);

    await page.goto(`${server.url}${launch.location}`);
    await page.getByText("Inactive in the LMS").first().waitFor();
    expect(await page.getByText("Inactive in the LMS").count()).toBe(2);
    expect(await noHorizontalScroll(page)).toBe(0);
    await screenshot(page, "lti-roster-results");
    await page.context().close();
  });
});
