// The teacher's set editor driven by the keyboard alone: a field is reached by focus (as Tab
// would), written by typing, a list chosen with the arrow keys, a box ticked with Space and a
// button pressed with Enter.
import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "../../support/server.js";
import { gqlAs, signUpTeacherAs } from "./browser.js";

export const DOCUMENT = "puzanov-kim-il-sung-1957-11-13";

export const item = (page: Page, n: number) =>
  page.locator("article.item", {
    has: page.getByRole("heading", { name: new RegExp(`^Item ${n} ·`) }),
  });

export const saved = (page: Page) =>
  page.getByTestId("save-state").getByText("All changes saved").waitFor({ timeout: 15_000 });

/** Replaces a field's text by typing; Tab leaves it (a list of lines is read when it is left). */
export async function type(field: Locator, text: string): Promise<void> {
  await field.focus();
  const page = field.page();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

/** Chooses an option of a closed <select> with the arrow keys. */
export async function choose(select: Locator, value: string): Promise<void> {
  await select.focus();
  const values = await select
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`no option ${value} in ${values.join(", ")}`);
  const now = values.indexOf(await select.inputValue());
  const key = now < 0 || target > now ? "ArrowDown" : "ArrowUp";
  const steps = now < 0 ? target + 1 : Math.abs(target - now);
  for (let i = 0; i < steps; i += 1) await select.page().keyboard.press(key);
  if ((await select.inputValue()) !== value) throw new Error(`could not choose ${value}`);
}

export async function press(button: Locator): Promise<void> {
  await button.focus();
  await button.page().keyboard.press("Enter");
}

export async function tick(box: Locator): Promise<void> {
  await box.focus();
  await box.page().keyboard.press("Space");
}

/** Adds an item of a kind with the kind list and "Add item": the focus lands on its prompt. */
export async function addItem(page: Page, kind: string, n: number): Promise<Locator> {
  await choose(page.locator("#new-kind"), kind);
  await press(page.getByRole("button", { name: "Add item" }));
  const added = item(page, n);
  await added.waitFor();
  return added;
}

/** Selects the first `length` characters of a paragraph with the picker's keyboard mode. */
export async function pickWithKeys(scope: Locator, paragraph: number, length: number) {
  const page = scope.page();
  await press(
    scope.getByRole("button", { name: `Choose a passage with the keyboard in ¶${paragraph}` }),
  );
  await scope.getByLabel(`Text of ¶${paragraph} for selecting with the keyboard`).waitFor();
  for (let i = 0; i < length; i += 1) await page.keyboard.press("Shift+ArrowRight");
  await press(scope.getByRole("button", { name: `Use selected words from ¶${paragraph}` }));
}

/** A teacher with a new, empty set on the Puzanov record, in its editor. */
export async function newSetAs(page: Page, url: string, title: string): Promise<string> {
  await page.goto("/");
  await signUpTeacherAs(page, url, "Ms Keys");
  await page.goto("/teacher/sets");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Document").selectOption(DOCUMENT);
  await page.getByRole("button", { name: "New set" }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
  return new URL(page.url()).pathname.split("/").pop()!;
}

export async function myAuthoring(page: Page, url: string) {
  const { myQuestionSets } = await gqlAs(
    page,
    url,
    `{ myQuestionSets { id authoring { draft problems { path message } } } }`,
  );
  return myQuestionSets[0].authoring as { draft: any; problems: Array<{ path: string }> };
}

/** Publishes with the keyboard; the set is then published. */
export async function publish(page: Page): Promise<void> {
  await press(page.getByRole("button", { name: "Publish", exact: true }));
  await page.getByTestId("set-status").getByText("published").waitFor({ timeout: 20_000 });
}

/** A screenshot of one form (an item or an exercise) under test/browser/screenshots. */
export async function formShot(form: Locator, name: string): Promise<void> {
  fs.mkdirSync(`${ROOT}test/browser/screenshots`, { recursive: true });
  await form.screenshot({ path: `${ROOT}test/browser/screenshots/${name}.png` });
}
