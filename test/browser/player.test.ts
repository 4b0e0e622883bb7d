import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  screenshot,
  seriousViolations,
  startBrowserApp,
} from "./support/browser.js";
import {
  LESSON,
  SAVED,
  OFFLINE,
  RIGHT,
  status,
  question,
  feedback,
  saving,
  inPage,
  MY_ATTEMPT,
  choiceIds,
  mouseSelect,
  putInOrder,
  focused,
  tabTo,
  named,
  arrowTo,
  checking,
} from "./support/player.js";

describe("the lesson player in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("a visitor answers every kind, gets feedback, resumes after a reload, keeps answers offline, and submits", async () => {
    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(LESSON);
    await page.getByRole("heading", { level: 2, name: "Meet the record" }).waitFor();
    expect(await page.getByText("Step 1 of 6").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Open in the reader" }).getAttribute("href")).toBe(
      "/documents/puzanov-kim-il-sung-1957-11-13#p1",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-read");

    // The name comes first, prefilled "Guest"; the first answer starts the session with it.
    expect(await page.getByLabel("Your name (shown to your teacher)").inputValue()).toBe("Guest");
    await page.getByLabel("Your name (shown to your teacher)").fill("Ada");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();
    expect(page.url()).toContain("?step=2");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-title");

    // Practice alone is tries mode: a save shows nothing until the answer is checked.
    await saving(page, () => page.getByLabel(RIGHT.author).check());
    expect(
      await question(page, 1)
        .getByRole("heading", { name: /Feedback:/ })
        .count(),
    ).toBe(0);
    await checking(page, question(page, 1));
    await feedback(question(page, 1), "Correct").waitFor();
    await page
      .getByText("Write this down to continue on another device: sign in at /signin")
      .waitFor();
    expect(await page.getByText("Saving as Ada").count()).toBe(1);
    expect(await page.getByLabel("Your name (shown to your teacher)").count()).toBe(0);

    await saving(page, () =>
      page.getByLabel("Puzanov noticed his mistake in 1957 and corrected it by hand.").check(),
    );
    await checking(page, question(page, 2));
    await feedback(question(page, 2), "Not yet").waitFor();
    // Tries remain: the key stays hidden until the question locks.
    expect(await question(page, 2).locator("li.right").count()).toBe(0);
    await question(page, 2).getByRole("button", { name: "Try again" }).click();
    await saving(page, () => page.getByLabel(RIGHT.sic).check());
    await checking(page, question(page, 2));
    await feedback(question(page, 2), "Correct").waitFor();
    await saving(page, () => question(page, 3).getByRole("textbox").fill(RIGHT.date));
    await checking(page, question(page, 3));
    await feedback(question(page, 3), "Correct").waitFor();
    expect(await question(page, 3).getByText("16 of 40 characters").count()).toBe(1);
    // Immediate saves go out one after another; Check sends them all before it checks.
    for (const [left, right] of RIGHT.pairs)
      await page.getByLabel(left!).selectOption({ label: right! });
    await checking(page, question(page, 4));
    await feedback(question(page, 4), "Correct").waitFor();
    await saving(page, () => page.getByLabel(RIGHT.circulation).check());
    await checking(page, question(page, 5));
    await feedback(question(page, 5), "Correct").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-question");

    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: /chain of words/ }).waitFor();

    // Ordering: one drag and drop, then the Move up buttons. This headless Chromium starts no native
    // drag from mouse input, so the drag's events are dispatched, with a real DataTransfer.
    const ordering = question(page, 1);
    const rows = ordering.locator("li[data-item]");
    const lastText = (await rows.last().locator(".text").textContent())!.trim();
    await saving(page, async () => {
      const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
      await rows.last().dispatchEvent("dragstart", { dataTransfer });
      await rows.first().dispatchEvent("dragover", { dataTransfer });
      await rows.first().dispatchEvent("drop", { dataTransfer });
      await rows.last().dispatchEvent("dragend", { dataTransfer });
    });
    expect((await rows.first().locator(".text").textContent())!.trim().startsWith(lastText)).toBe(
      true,
    );
    await putInOrder(ordering, RIGHT.order, (button) => button.click());
    await checking(page, ordering);
    await feedback(ordering, "Correct").waitFor();
    await saving(page, () => page.getByLabel(RIGHT.purpose).check());

    // Evidence: words selected with the mouse in ¶1 (inside a translator's bracket), and ¶24 whole.
    const evidence = question(page, 3);
    await mouseSelect(page, evidence.locator("#q3-p1 p.source-text"), "SECRET Copy № 2");
    await saving(page, () =>
      evidence.getByRole("button", { name: "Use selected text from ¶1" }).click(),
    );
    await evidence.getByText("¶1: “SECRET Copy № 2”").waitFor();
    await saving(page, () => evidence.getByLabel("¶24", { exact: true }).check());
    await checking(page, evidence);
    // Two exact key passages are enough for "select two to four": full credit at the lower bound.
    await feedback(evidence, /Feedback: Correct/).waitFor();
    await evidence.getByText("Your selections that are key passages:").waitFor();
    await saving(page, () =>
      question(page, 4)
        .getByRole("textbox")
        .fill("Kim wanted Moscow to see that even Mao admitted interference (¶9)."),
    );
    // Not checked: nothing shows before the submit.
    expect(
      await question(page, 4)
        .getByRole("heading", { name: /Feedback:/ })
        .count(),
    ).toBe(0);
    await screenshot(page, "player-feedback");

    const before = await inPage<any>(page, MY_ATTEMPT);
    const stored = before.myAttempts[0].responses.find((r: any) => r.answer.evidence);
    expect(stored.answer.evidence).toEqual([
      { paragraphNumber: 1, start: 36, end: 51 },
      { paragraphNumber: 24, start: null, end: null },
    ]);

    // Reload: the same step, the same answers.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: /chain of words/ }).waitFor();
    expect(
      (await question(page, 1).locator("li[data-item] .text").allTextContents()).map((t) =>
        t.replace(" In the right place", "").trim(),
      ),
    ).toEqual(RIGHT.order);
    expect(await page.getByLabel(RIGHT.purpose).isChecked()).toBe(true);
    await question(page, 3).getByText("¶1: “SECRET Copy № 2”").waitFor();
    expect(await question(page, 4).getByRole("textbox").inputValue()).toContain(
      "even Mao admitted",
    );

    // Offline: answers stay in the browser and go out when the connection returns.
    await page.context().setOffline(true);
    await page.getByLabel("To complain to the Soviet side about Mao").check();
    await status(page).getByText(OFFLINE).waitFor();
    await question(page, 4).getByRole("textbox").fill("Written offline: Mao's words helped Kim.");
    await page.waitForTimeout(1000);
    const queued = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith("puzanov.autosave."))
        .map((key) => localStorage.getItem(key)),
    );
    expect(queued).toHaveLength(1);
    expect(queued[0]).toContain("Written offline");
    expect(queued[0]).not.toMatch(/token/i);
    await page.context().setOffline(false);
    await status(page).getByText(SAVED, { exact: true }).waitFor({ timeout: 10_000 });
    // The server holds the latest revision of each: the offline choice (revision 2) and the offline text.
    const after = (await inPage<any>(page, MY_ATTEMPT)).myAttempts[0];
    const complain = await choiceIds(page, "To complain to the Soviet side about Mao");
    expect(after.responses.find((r: any) => r.itemId === complain.itemId)).toMatchObject({
      revision: 2,
      answer: { choiceIds: [complain.choiceId] },
    });
    expect(after.responses.map((r: any) => r.answer.text)).toContain(
      "Written offline: Mao's words helped Kim.",
    );
    expect(
      await page.evaluate(
        () => Object.keys(localStorage).filter((key) => key.startsWith("puzanov.autosave.")).length,
      ),
    ).toBe(0);

    // The exercise: a position, three passages, reasoning; no feedback before the submit.
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: /Source analysis/ }).waitFor();
    await saving(page, () => page.getByLabel("Reliable for some things, weak for others.").check());
    for (const n of [4, 7])
      await saving(page, () => page.getByLabel(`¶${n}`, { exact: true }).check());
    await mouseSelect(
      page,
      page.locator("#exercise-evidence-p9 p.source-text"),
      "could be assessed as interference in the internal affairs of the KWP",
    );
    await saving(page, () =>
      page.getByRole("button", { name: "Use selected text from ¶9" }).click(),
    );
    await saving(page, () =>
      page
        .getByLabel("Explain how your passages support your claim")
        .fill("Kim retells Mao (¶4), Puzanov summarises (¶7)."),
    );
    expect(await page.getByRole("heading", { name: /Feedback:/ }).count()).toBe(0);
    expect(await page.getByRole("table").count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-exercise");

    // Submit, with a confirmation, then the results.
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: "Reflect" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-title");
    await page.getByText("Your teacher will score the written parts.").waitFor();
    const total = await page.locator(".total .score").textContent();
    expect(total).toMatch(
      /^\s*Your score so far: [\d.]+ of [\d.]+ auto-marked points?; [\d.]+ points? awaits? your teacher\.\s*$/,
    );
    await page.getByRole("heading", { name: "Model evidence" }).waitFor();
    await page.getByRole("heading", { name: "The rubric" }).waitFor();
    expect(await page.getByRole("heading", { name: /Feedback:/ }).count()).toBe(10);
    const submitted = await inPage<any>(page, `query { myAttempts { status } }`);
    expect(submitted.myAttempts[0].status).toBe("SUBMITTED");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-results");
  });
  it("works with the keyboard alone: choice, short answer, matching, ordering, evidence, exercise, submit", async () => {
    const page = await app.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${LESSON}?step=2`);
    await page.getByRole("heading", { level: 2, name: /marks on the page/ }).waitFor();

    // "Skip to question" puts focus on the first question's first control.
    await tabTo(page, named("Skip to question"));
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "input", type: "radio" });
    await saving(page, () => arrowTo(page, RIGHT.author));
    await tabTo(page, named("Check"));
    await checking(page, question(page, 1), () => page.keyboard.press("Enter"));
    await feedback(question(page, 1), "Correct").waitFor();

    await tabTo(page, named(/^Once the translator's correction/));
    await saving(page, () => page.keyboard.type(RIGHT.date));
    await tabTo(page, named("Check"));
    await checking(page, question(page, 3), () => page.keyboard.press("Enter"));
    await feedback(question(page, 3), "Correct").waitFor();

    const [left, right] = RIGHT.pairs[0]!;
    await tabTo(page, named(left!));
    const options = await page.evaluate(() =>
      [...(document.activeElement as HTMLSelectElement).options].map((o) => o.text),
    );
    for (let i = 0; i < options.indexOf(right!); i++) await page.keyboard.press("ArrowDown");
    await status(page).getByText(SAVED, { exact: true }).waitFor();
    expect(
      await page
        .getByLabel(left!)
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text),
    ).toBe(right);

    // Next, twice: focus lands on each new step's heading.
    for (const title of [/How many hands/, /chain of words/]) {
      await tabTo(page, named(/^Next/));
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: title }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("step-title");
    }

    // Ordering with Move up, pressed with Space; focus stays on the moved item.
    await putInOrder(question(page, 1), RIGHT.order, async (button) => {
      const name = (await button.getAttribute("aria-label"))!;
      if ((await focused(page)).name !== name) await tabTo(page, named(name));
      await page.keyboard.press("Space");
    });
    await tabTo(page, named("Check"));
    await checking(page, question(page, 1), () => page.keyboard.press("Enter"));
    await feedback(question(page, 1), "Correct").waitFor();

    // Evidence: the caret and Shift+arrows in the read-only copy of ¶1, then ¶24 whole with Space.
    await tabTo(page, named("Choose a passage with the keyboard in ¶1"));
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({
      tag: "textarea",
      name: "Text of ¶1 for selecting with the keyboard",
    });
    for (let i = 0; i < 36; i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 15; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Use selected words from ¶1");
    await saving(page, () => page.keyboard.press("Enter"));
    await question(page, 3).getByText("¶1: “SECRET Copy № 2”").waitFor();
    await tabTo(page, named(/^¶24\b/));
    await saving(page, () => page.keyboard.press("Space"));
    await tabTo(page, named("Check"));
    await checking(page, question(page, 3), () => page.keyboard.press("Enter"));
    await feedback(question(page, 3), /Feedback: Correct/).waitFor();
    const attempt = (await inPage<any>(page, MY_ATTEMPT)).myAttempts[0];
    expect(attempt.responses.find((r: any) => r.answer.evidence).answer.evidence).toEqual([
      { paragraphNumber: 1, start: 36, end: 51 },
      { paragraphNumber: 24, start: null, end: null },
    ]);

    // The exercise: a position, passages and reasoning.
    await tabTo(page, named(/^Next/));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: /Source analysis/ }).waitFor();
    await tabTo(page, named("Skip to question"));
    await page.keyboard.press("Enter");
    await saving(page, () => arrowTo(page, "Weak evidence of Mao's words."));
    for (const n of [4, 7, 9]) {
      await tabTo(page, named(new RegExp(`^¶${n}\\b`)));
      await saving(page, () => page.keyboard.press("Space"));
    }
    await tabTo(page, named(/^Explain how your passages support your claim/));
    await saving(page, () => page.keyboard.type("Kim retells Mao (¶4); Puzanov summarises (¶7)."));

    // Submit with the confirmation, by keyboard.
    await tabTo(page, named(/^Next/));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Reflect" }).waitFor();
    await tabTo(page, named("Submit"));
    await page.keyboard.press("Enter");
    expect((await focused(page)).name).toMatch(/^Submit now\?/);
    await tabTo(page, named("Yes, submit"));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-title");
  });
});
