import { chromium, type Browser } from "playwright-core";
import { chromiumPath } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../server/src/core/database.js";
import { addPlatform } from "../../server/src/modules/lti/platforms.service.js";
import { type TestDatabase } from "../support/databases.js";
import { createPreparedTestDatabase } from "../support/prepared-databases.js";
import {
  acceptDeepLinks,
  DL,
  type DeepLinkReturn,
  deepLinkSpec,
  RETURN_PATH,
} from "../support/lti-deep-linking.js";
import { startPlatformSimulator, type PlatformSimulator } from "../support/lti-platform.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { gqlAs, noHorizontalScroll, screenshot, seriousViolations } from "./support/browser.js";

const TITLE = "Who wrote this down, and why? Sourcing a secret record";

/**
 * A real browser carries a deep link: the platform's pages on localhost, the tool on 127.0.0.1
 * (different sites, as an LMS and a tool are). The teacher picks with the keyboard in a browser
 * whose clock is in Chicago, and the page posts the signed response back to the platform.
 */
describe("an LTI deep link in Chromium", () => {
  let database: TestDatabase;
  let server: TestServer;
  let platform: PlatformSimulator;
  let browser: Browser;
  let returns: DeepLinkReturn[];
  let port: string;
  beforeAll(async () => {
    database = await createPreparedTestDatabase("postgres");
    server = await startTestServer(database.pool);
    platform = await startPlatformSimulator();
    port = new URL(platform.issuer).port;
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
    returns = acceptDeepLinks(platform, server.url);
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

  const openPicker = async (tag: string, width: number) => {
    const spec = deepLinkSpec(platform, tag, {
      settings: { deep_link_return_url: `http://localhost:${port}${RETURN_PATH}` },
    });
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      timezoneId: "America/Chicago",
    });
    const page = await context.newPage();
    platform.willLaunch(spec);
    await page.goto(
      `${server.url}/lti/login?${new URLSearchParams({
        iss: platform.issuer,
        login_hint: spec.sub,
        target_link_uri: `${server.url}${spec.targetPath}`,
        client_id: platform.clientId,
      })}`,
    );
    await page.waitForURL(/\/lti\/deep-link\/[\w-]+$/);
    return page;
  };

  it("the picker is accessible at 320 px, with nothing sideways", async () => {
    const page = await openPicker("browser-narrow", 320);
    expect(await page.locator("h1").textContent()).toBe(
      "Add a lesson to History 11 browser-narrow",
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(0);
    await screenshot(page, "lti-deep-link-picker-320");
    await page.context().close();
  });

  it("a teacher picks by keyboard; the response goes back to the platform and the assignment exists", async () => {
    const page = await openPicker("browser", 1280);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "lti-deep-link-picker");

    // Keyboard: arrows within the lesson group, Space picks, Tab on to the due date, Tab into
    // the timing group (on its checked radio), ArrowDown to "After the due date", Enter.
    const lesson = page.getByRole("radio", { name: TITLE });
    await page.getByRole("radio").first().focus();
    while (!(await lesson.evaluate((el) => el === document.activeElement)))
      await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    expect(await lesson.isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("due");
    // The native date-time field's own segments are the browser's; fill it as a whole.
    await page.locator("#due").fill("2030-04-01T09:00");
    while ((await page.evaluate(() => document.activeElement?.getAttribute("name"))) !== "feedback")
      await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "After the due date" }).isChecked()).toBe(true);
    expect(await page.locator("#due").inputValue()).toBe("2030-04-01T09:00");

    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Add lesson");
    await page.keyboard.press("Enter");
    await page.waitForURL(`http://localhost:${port}${RETURN_PATH}`);
    expect(await page.locator("h1").textContent()).toBe("Content added");

    const back = returns.at(-1)!;
    expect(back.error).toBeNull();
    const [item] = back.payload![`${DL}content_items`] as Array<Record<string, any>>;
    // 9:00 in Chicago on 1 April 2030 (daylight time, UTC-5) is 14:00 UTC.
    expect(item).toMatchObject({
      type: "ltiResourceLink",
      title: TITLE,
      submission: { endDateTime: "2030-04-01T14:00:00.000Z" },
      lineItem: { label: TITLE },
    });
    const data = await gqlAs(
      page,
      server.url,
      `query ($id: ID!) { assignment(id: $id) { dueAt feedback } }`,
      {
        id: item.custom.assignment,
      },
    );
    expect(data.assignment).toEqual({ dueAt: "2030-04-01T14:00:00.000Z", feedback: "AFTER_DUE" });
    await page.context().close();
  });
});
