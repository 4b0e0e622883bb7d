import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";

/** GraphQL over HTTP as a teacher with a bearer token (the test's own setup, not the UI under test). */
async function gql(
  app: BrowserApp,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) {
  const response = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe("a student's account pages in Chromium", () => {
  let app: BrowserApp;
  let joinCode: string;
  const lessonTitle = "Who wrote this down, and why? Sourcing a secret record";

  beforeAll(async () => {
    app = await startBrowserApp();
    const { signUpTeacher } = await gql(
      app,
      `mutation($e: String!) { signUpTeacher(email: $e, password: "correct horse battery", displayName: "Ms Rivera") { token } }`,
      { e: `rivera-${Date.now()}@school.example` },
    );
    const token = signUpTeacher.token as string;
    const { createClass } = await gql(
      app,
      `mutation { createClass(name: "History 10B") { id joinCode } }`,
      {},
      token,
    );
    joinCode = createClass.joinCode;
    await gql(
      app,
      `mutation($c: ID!) { assignLesson(classId: $c, lessonSlug: "sourcing-the-record", dueAt: "2031-05-01T14:00:00Z", feedback: ON_SUBMIT) { id } }`,
      { c: createClass.id },
      token,
    );
  });
  afterAll(() => app?.close());

  it("joins with a shared link, keeps the sign-in code, signs in with it elsewhere and finds the class and its assignment", async () => {
    const page = await app.newPage();
    // A shared link in lower case with a dash still works: the code is normalised.
    await page.goto(
      `/join/${joinCode.slice(0, 3).toLowerCase()}-${joinCode.slice(3).toLowerCase()}`,
    );
    await page.getByRole("heading", { name: "Join a class" }).waitFor();
    expect(await page.getByLabel("Class code").inputValue()).toBe(joinCode);
    expect(await seriousViolations(page)).toEqual([]);

    // A wrong code is explained in plain words.
    await page.getByLabel("Class code").fill("ZZZZZZZ");
    await page.getByLabel("Your name").fill("Ana Lopez");
    await page.getByRole("button", { name: "Join the class" }).click();
    await page.getByRole("alert").getByText("There is no class with that code").waitFor();

    await page.getByLabel("Class code").fill(joinCode.toLowerCase());
    await page.getByRole("button", { name: "Join the class" }).click();
    await page.getByRole("heading", { name: "You joined History 10B" }).waitFor();
    await page.getByText("Welcome, Ana Lopez.").waitFor();
    await page.getByText("Keep this code: it lets you back in on any device").waitFor();
    const signInCode = (await page.locator(".sign-in-code .value").textContent())!.trim();
    expect(signInCode).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(await page.getByRole("link", { name: "Go to my work" }).getAttribute("href")).toBe(
      "/me",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "join");

    // Another device: a fresh browser context with no cookie.
    const other = await app.newPage();
    await other.goto("/signin");
    const input = other.getByLabel("Your sign-in code");
    expect(await input.getAttribute("autocomplete")).toBe("off");
    expect(await seriousViolations(other)).toEqual([]);
    await input.fill(signInCode.replace("-", "").toLowerCase());
    await screenshot(other, "signin");
    await other.getByRole("button", { name: "Sign in" }).click();
    await other.waitForURL("**/me");
    await other.getByRole("heading", { name: "Ana Lopez's work" }).waitFor();
    await other.getByRole("heading", { name: "History 10B" }).waitFor();
    const assignment = other.getByRole("link", { name: lessonTitle });
    expect(await assignment.getAttribute("href")).toMatch(/^\/assignments\/.+/);
    await other.getByText("Not started").first().waitFor();
    expect(await other.locator(".sign-in-code .value").textContent()).toContain(signInCode);
    expect(await seriousViolations(other)).toEqual([]);
    await screenshot(other, "me");
  });

  it("shows a signed-out visitor the ways in on /me, with no serious accessibility problem", async () => {
    const page = await app.newPage({ width: 320, height: 800 });
    await page.goto("/me");
    await page.getByRole("heading", { name: "Been here before?" }).waitFor();
    expect(await page.getByRole("link", { name: "Sign in with my code" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "the teacher pages" }).getAttribute("href")).toBe(
      "/teacher",
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
