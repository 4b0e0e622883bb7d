import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";
import { inPage, LESSON, overflow, RIGHT, saving } from "./support/player.js";

describe("the lesson player in Chromium: small screens and assignments", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("fits 320 px wide, with no serious accessibility problem", async () => {
    const page = await app.newPage({ width: 320, height: 800 });
    page.setDefaultTimeout(10_000);
    await page.goto(`${LESSON}?step=4`);
    await page.getByRole("heading", { level: 2, name: /chain of words/ }).waitFor();
    await page.getByRole("button", { name: "Choose a passage with the keyboard in ¶1" }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-320");
    await page.goto(`${LESSON}?step=5`);
    await page.getByRole("heading", { level: 2, name: /Source analysis/ }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it("an assignment: signed out, the ways in; signed in, its due date, and no feedback before the submit", async () => {
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
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
    };
    const { signUpTeacher } = await gql(
      `mutation($e: String!) { signUpTeacher(email: $e, password: "correct horse battery", displayName: "Mr Kang") { token } }`,
      {
        e: `kang-${Date.now()}@school.example`,
      },
    );
    const { createClass } = await gql(
      `mutation { createClass(name: "History 11A") { id joinCode } }`,
      {},
      signUpTeacher.token,
    );
    const { assignLesson } = await gql(
      `mutation($c: ID!) { assignLesson(classId: $c, lessonSlug: "sourcing-the-record", dueAt: "2031-05-01T14:00:00Z", feedback: ON_SUBMIT) { id } }`,
      { c: createClass.id },
      signUpTeacher.token,
    );

    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`/assignments/${assignLesson.id}`);
    await page.getByRole("heading", { level: 1, name: "Sign in to do this assignment" }).waitFor();
    const back = encodeURIComponent(`/assignments/${assignLesson.id}`);
    expect(
      await page.getByRole("link", { name: "Sign in with my code" }).getAttribute("href"),
    ).toBe(`/signin?return=${back}`);
    expect(await page.getByRole("link", { name: "Join the class" }).getAttribute("href")).toBe(
      `/join?return=${back}`,
    );

    await inPage(
      page,
      `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Min") { viewer { id } } }`,
      { c: createClass.joinCode },
    );
    await page.goto(`/assignments/${assignLesson.id}?step=2`);
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    await page.getByText("Assignment · History 11A").waitFor();
    await page.getByText(/^Due .*2031/).waitFor();
    await page.getByText("You see feedback once you submit.").waitFor();
    await saving(page, () => page.getByLabel(RIGHT.author).check());
    expect(await page.getByRole("heading", { name: /Feedback:/ }).count()).toBe(0);
  });
});
