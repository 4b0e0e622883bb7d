import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  gqlAs,
  noHorizontalScroll,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";

const SIGN_IN_CODE = /[2-9A-Z]{5}-[2-9A-Z]{5}/;

/** A student joining from another device, without a browser: their sign-in code. */
async function joinAs(url: string, joinCode: string, name: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($c: String!, $n: String!) { joinClass(joinCode: $c, displayName: $n) { viewer { signInCode } } }`,
      variables: { c: joinCode, n: name },
    }),
  });
  return ((await response.json()) as any).data.joinClass.viewer.signInCode;
}

describe("sign-in codes stay private, in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("the join page names class and teacher; the class page hides codes, shows one on request, and prints slips", async () => {
    const teacher = await app.newPage();
    await gqlAs(
      teacher,
      app.url,
      `mutation($e: String!, $p: String!, $n: String!) { signUpTeacher(email: $e, password: $p, displayName: $n) { viewer { id } } }`,
      { e: `rivera-${Date.now()}@school.example`, p: "correct horse battery", n: "Ms Rivera" },
    );
    const { createClass } = await gqlAs(
      teacher,
      app.url,
      `mutation($n: String!) { createClass(name: $n) { id joinCode } }`,
      { n: "History 10B" },
    );
    const joinCode: string = createClass.joinCode;

    // A student opens the shared link: the page names the class and teacher before she joins.
    const student = await app.newPage();
    await student.goto(`/join/${joinCode}`);
    await student.getByText("You are joining History 10B with Ms Rivera.").waitFor();
    expect(await seriousViolations(student)).toEqual([]);
    await screenshot(student, "join-names-class");
    await student.getByLabel("Your name").fill("Ana Lopez");
    await student.getByRole("button", { name: "Join the class" }).click();
    await student.getByRole("heading", { name: "You joined History 10B" }).waitFor();
    await student.getByText("Your teacher is Ms Rivera.").waitFor();
    const anaCode = (await student.locator(".sign-in-code .value").textContent())!.trim();
    expect(anaCode).toMatch(SIGN_IN_CODE);
    expect(await seriousViolations(student)).toEqual([]);
    await screenshot(student, "join-confirmation");

    // On a phone, typing the code: a wrong one says so, the right one names the class.
    const phone = await app.newPage({ width: 320, height: 700 });
    await phone.goto("/join");
    await phone.getByLabel("Class code").fill("ZZZZZZZ");
    await phone
      .getByText("There is no class with that code. Check it with your teacher.")
      .waitFor();
    await phone.getByLabel("Class code").fill(joinCode.toLowerCase());
    await phone.getByText("You are joining History 10B with Ms Rivera.").waitFor();
    expect(await noHorizontalScroll(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, "join-names-class-320");

    const boCode = await joinAs(app.url, joinCode, "Bo Chen");
    const codes = [anaCode, boCode, await joinAs(app.url, joinCode, "Chidi Okafor")];

    // The class page shows the join code and no sign-in code anywhere.
    await teacher.goto("/teacher");
    await teacher.getByRole("heading", { name: "History 10B" }).waitFor();
    await teacher.locator(".roster .name", { hasText: "Chidi Okafor" }).waitFor();
    const pageText = () => teacher.evaluate(() => document.body.innerText);
    expect(await pageText()).toContain(joinCode);
    expect(await pageText()).not.toMatch(SIGN_IN_CODE);
    expect(await teacher.content()).not.toMatch(SIGN_IN_CODE);
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "sign-in-codes-class-page");

    // One student's code, on request, and only theirs; hidden again on close.
    await teacher.getByRole("button", { name: "Show sign-in code for Bo Chen" }).click();
    const dialog = teacher.getByRole("dialog", { name: "Sign-in code for Bo Chen" });
    await dialog.getByText(boCode).waitFor();
    const shown = (await pageText()).match(new RegExp(SIGN_IN_CODE, "g"));
    expect(shown).toEqual([boCode]);
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "sign-in-codes-reveal");
    await dialog.getByRole("button", { name: "Hide code" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await teacher.content()).not.toMatch(SIGN_IN_CODE);
    expect(await teacher.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Show sign-in code for Bo Chen",
    );

    // The slip sheet: one slip per student, printed without the site's chrome.
    await teacher.getByRole("link", { name: "Print sign-in slips" }).click();
    await teacher.getByRole("heading", { name: "Sign-in slips for History 10B" }).waitFor();
    const slips = teacher.locator(".slip");
    expect(await slips.count()).toBe(3);
    for (const [i, name] of ["Ana Lopez", "Bo Chen", "Chidi Okafor"].entries()) {
      const slip = slips.nth(i);
      expect(await slip.innerText()).toContain(name);
      expect(await slip.innerText()).toContain(codes[i]!);
      expect(await slip.innerText()).toContain("History 10B");
      expect(await slip.innerText()).toContain(`${app.url}/signin`);
    }
    expect(await seriousViolations(teacher)).toEqual([]);
    await screenshot(teacher, "sign-in-slips");
    await teacher.emulateMedia({ media: "print" });
    expect(await teacher.locator(".app-header").isVisible()).toBe(false);
    expect(await teacher.getByRole("button", { name: "Print slips" }).isVisible()).toBe(false);
    expect(await slips.first().evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe(
      "dashed",
    );
    await screenshot(teacher, "sign-in-slips-print");
    const pdf = await teacher.pdf({ format: "A4", preferCSSPageSize: true });
    expect(pdf.length).toBeGreaterThan(1000);
    await teacher.emulateMedia({ media: "screen" });

    // Nobody else gets the slips.
    await student.goto(`/teacher/classes/${createClass.id}/slips`);
    await student.getByText("Only the class's teacher can print its sign-in slips.").waitFor();
    expect(await student.content()).not.toContain(boCode);
  });
});
