import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";

describe("GraphiQL for people querying the API", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("works offline under its own CSP and runs the example query", async () => {
    const page = await app.newPage();
    await page.goto("/graphiql");
    await page.getByText("get a token from a mutation").first().waitFor({ timeout: 30_000 });
    await page
      .getByRole("button", { name: /execute query/i })
      .first()
      .click();
    await page.getByText('"lessons"').first().waitFor({ timeout: 30_000 });
    await screenshot(page, "graphiql");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
