// An exercise written with the keyboard alone: its prompt and guidance, claims with a written
// claim of the student's own, model evidence picked in the text by keys and tied to its claims,
// a rubric's criteria and levels (a level moved out of order is a problem shown beside the
// levels, and moved back), exemplars scored on each criterion, a model passage in another document,
// its tries and its facts from the context; saved, axe-clean, published.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { type BrowserApp, seriousViolations, startBrowserApp } from "./support/browser.js";
import {
  choose,
  formShot,
  myAuthoring,
  newSetAs,
  pickWithKeys,
  press,
  publish,
  saved,
  tick,
  type,
} from "./support/authoring.js";

const OTHER = "ponomarev-telegram-1956-09-26";
const CRITERIA = ["Identifying the author", "Use of evidence", "Reasoning"];
const LEVELS = ["Not yet", "Developing", "Secure"];

async function writeCriterion(exercise: Locator, n: number) {
  await type(exercise.getByLabel(`Criterion ${n}`, { exact: true }), CRITERIA[n - 1]!);
  await type(exercise.getByLabel(`What criterion ${n} looks for`), `Looks for ${CRITERIA[n - 1]}.`);
  const levels = exercise.locator(`#f-exercises-0-rubric-${n - 1}-levels`);
  for (const [i, label] of LEVELS.entries()) {
    await type(levels.getByLabel(`Label of level ${i + 1}`), label);
    await type(
      levels.getByLabel(`Descriptor of level ${i + 1}`),
      `${label} on ${CRITERIA[n - 1]}.`,
    );
  }
}

describe("keyboard-only authoring of an exercise in Chromium", () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it("writes every part of an exercise with the keyboard, saves it and publishes", async () => {
    const page = await app.newPage();
    await newSetAs(page, app.url, "An exercise by keys");
    await press(page.getByRole("button", { name: "Add an exercise" }));
    const exercise = page.locator("article.exercise").first();
    await exercise.getByRole("heading", { name: /^Exercise 1/ }).waitFor();

    await type(exercise.getByLabel("Title of exercise 1"), "Who wrote this record?");
    await type(
      exercise.getByLabel("Prompt of exercise 1"),
      "Who wrote this record down, and how do you know? Cite the words that show it.",
    );
    await type(
      exercise.getByLabel("Guidance for the student (Markdown)"),
      "Look at the **header** before the conversation begins.",
    );
    await type(exercise.getByLabel("Paragraphs (¶ numbers)"), "1, 2");

    // Claims, and the student's own.
    await press(exercise.getByRole("button", { name: "Add a claim" }));
    await press(exercise.getByRole("button", { name: "Add a claim" }));
    await type(exercise.getByLabel("Claim 1", { exact: true }), "Puzanov wrote it down.");
    await type(exercise.getByLabel("Claim 2", { exact: true }), "Kim Il Sung wrote it down.");
    await tick(exercise.getByLabel("The student may also write a claim of their own"));
    await type(exercise.getByLabel("Label of the written-claim choice"), "Someone else");

    // Model evidence picked by keys, each passage tied to one claim.
    const model = exercise.locator("#f-exercises-0-modelEvidence");
    await pickWithKeys(model, 1, 16);
    await type(model.getByLabel("Note on model passage 1"), "The journal it comes from.");
    await pickWithKeys(model, 2, 6);
    await type(model.getByLabel("Note on model passage 2"), "The heading of the record.");
    const serves = (n: number, claim: string) =>
      model
        .getByRole("group", { name: `Claims passage ${n} serves (none ticked: every claim)` })
        .getByLabel(claim);
    await tick(serves(1, "Puzanov wrote it down."));
    await tick(serves(2, "Kim Il Sung wrote it down."));

    // The rubric: three criteria of three levels each.
    for (let n = 1; n <= 3; n += 1) {
      await press(exercise.getByRole("button", { name: "Add a criterion" }));
      await writeCriterion(exercise, n);
    }
    // Two exemplars at different levels.
    for (const n of [1, 2]) {
      await press(exercise.getByRole("button", { name: "Add an exemplar" }));
      await type(
        exercise.getByLabel(`Exemplar ${n}`, { exact: true }),
        n === 1 ? "Secure" : "Not yet",
      );
      await choose(exercise.getByLabel(`Claim exemplar ${n} takes`), "claim-1");
      for (const title of CRITERIA)
        await choose(exercise.getByLabel(`Exemplar ${n}: ${title}`), n === 1 ? "2" : "0");
      await type(
        exercise.getByLabel(`Text of exemplar ${n}`),
        `An answer at the ${n === 1 ? "top" : "bottom"}.`,
      );
      await type(exercise.getByLabel(`Commentary on exemplar ${n}`), "Why it earns its levels.");
    }
    await type(
      exercise.getByLabel(/Misreadings it probes/),
      "The speaker is taken for the author.",
    );
    // A model passage in another document of the collection.
    await press(exercise.getByRole("button", { name: "Add another document" }));
    const source = exercise.getByRole("group", { name: "Other document 1" });
    await choose(source.getByLabel("Document 1", { exact: true }), OTHER);
    await pickWithKeys(source.getByRole("region", { name: "Model evidence in document 1" }), 6, 10);
    await type(model.getByLabel("Note on model passage 3"), "Ponomarev's report of 1956.");
    // Its own tries, and two facts from the context asked for.
    await type(exercise.getByLabel("Tries in tries mode"), "3");
    await tick(exercise.getByLabel("Exercise 1 asks for facts from the context"));
    await type(exercise.getByLabel("How many facts (1 to 5)"), "3");
    await type(exercise.getByLabel("What each fact should be"), "A fact from the context cards.");
    // With everything written, a level moved out of order is a problem beside the levels; moved
    // back, it is gone.
    const firstLevels = exercise.locator("#f-exercises-0-rubric-0-levels");
    await press(firstLevels.getByRole("button", { name: "Move level 3 of criterion 1 up" }));
    await saved(page);
    await firstLevels
      .getByTestId("list-problems")
      .getByText("list levels from the lowest score to the highest")
      .waitFor();
    await press(firstLevels.getByRole("button", { name: "Move level 2 of criterion 1 down" }));
    await saved(page);
    await firstLevels.getByTestId("list-problems").waitFor({ state: "detached" });

    expect(await seriousViolations(page)).toEqual([]);
    await formShot(exercise, "authoring-exercise");

    const { draft, problems } = await myAuthoring(page, app.url);
    const saved0 = draft.exercises[0];
    expect(saved0).toMatchObject({
      title: "Who wrote this record?",
      guidance: "Look at the **header** before the conversation begins.",
      paragraphs: [1, 2],
      claims: [
        { id: "claim-1", text: "Puzanov wrote it down." },
        { id: "claim-2", text: "Kim Il Sung wrote it down." },
      ],
      ownClaim: { label: "Someone else" },
      misconceptions: ["The speaker is taken for the author."],
      tries: 3,
      contextFacts: { count: 3, prompt: "A fact from the context cards." },
    });
    expect(saved0.modelEvidence).toEqual([
      expect.objectContaining({ paragraph: 1, start: 0, end: 16, claims: ["claim-1"] }),
      expect.objectContaining({ paragraph: 2, start: 0, end: 6, claims: ["claim-2"] }),
      expect.objectContaining({ document: OTHER, paragraph: 6, start: 0, end: 10 }),
    ]);
    // The passage's paragraph is offered, though only the passage was picked.
    expect(saved0.sources).toEqual([{ document: OTHER, paragraphs: [6] }]);
    expect(saved0.rubric.map((c: any) => c.title)).toEqual(CRITERIA);
    expect(saved0.rubric[0].levels).toEqual(
      LEVELS.map((label, score) => ({
        score,
        label,
        descriptor: `${label} on ${CRITERIA[0]}.`,
      })),
    );
    expect(saved0.exemplars.map((e: any) => e.levels)).toEqual([
      { "criterion-1": 2, "criterion-2": 2, "criterion-3": 2 },
      { "criterion-1": 0, "criterion-2": 0, "criterion-3": 0 },
    ]);
    expect(saved0.exemplars[0]).toMatchObject({ title: "Secure", claim: "claim-1" });
    expect(problems).toEqual([]);
    await publish(page);
    expect(await seriousViolations(page)).toEqual([]);
  }, 150_000);
});
