import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { gqlAs, screenshot, seriousViolations } from "./support/browser.js";
import {
  following,
  handInExercise,
  liveClass,
  type LiveWorld,
  markDocument,
  openQuestions,
  startLiveWorld,
  untilText,
} from "./support/live.js";

// The student's player follows what the teacher changes, without a reload: a score (once the
// feedback timing shows it) and a moved due date. Every wait is bounded below the 4 s a polling
// player would take, each page has a WebSocket, and the document is the one loaded at the start.

const DAY = 24 * 3600_000;
const LIVE_MS = 3_000;
const SCORE = `mutation($r: ID!, $rs: [RubricScoreInput!], $c: String) { scoreResponse(responseId: $r, rubricScores: $rs, comment: $c) { id } }`;
const UPDATE = `mutation($a: ID!, $d: DateTimeISO) { updateAssignment(assignmentId: $a, dueAt: $d) { id dueAt } }`;

/** The response id of the student's exercise answer, as the teacher reads it. */
async function exerciseResponse(teacher: Page, url: string, assignmentId: string, itemId: string) {
  const { assignment } = await gqlAs(
    teacher,
    url,
    `query($a: ID!) { assignment(id: $a) { attempts { responses { id itemId } } } }`,
    { a: assignmentId },
  );
  return assignment.attempts[0].responses.find((r: any) => r.itemId === itemId).id as string;
}

/** The teacher scores the student's exercise: each criterion's top level, and a comment. */
async function scoreExercise(
  teacher: Page,
  url: string,
  assignmentId: string,
  exercise: { exerciseId: string; exerciseSlug: string },
  comment: string,
): Promise<void> {
  const { exercise: found } = await gqlAs(
    teacher,
    url,
    `query($s: String!) { exercise(slug: $s) { rubric { id levels { score } } } }`,
    { s: exercise.exerciseSlug },
  );
  const rubricScores = found.rubric.map((c: any) => ({
    criterionId: c.id,
    score: Math.max(...c.levels.map((l: any) => l.score)),
  }));
  const responseId = await exerciseResponse(teacher, url, assignmentId, exercise.exerciseId);
  await gqlAs(teacher, url, SCORE, { r: responseId, rs: rubricScores, c: comment });
}

/** The due date the player's header shows, as its machine-readable datetime. */
const shownDue = (page: Page) =>
  page.getByTestId("due-at").locator("time").getAttribute("datetime", { timeout: 1_000 });

/** Waits (bounded) until the header shows `iso`; fails if it never does. */
async function untilDue(page: Page, iso: string): Promise<void> {
  const started = Date.now();
  while ((await shownDue(page).catch(() => null)) !== iso) {
    if (Date.now() - started > LIVE_MS) throw new Error(`the header never showed ${iso}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the student's player follows the teacher, live, in Chromium", () => {
  let world: LiveWorld;
  beforeAll(async () => {
    world = await startLiveWorld();
  }, 120_000);
  afterAll(() => world?.close());

  it("a written answer the teacher scores shows its score at once when feedback is open", async () => {
    const { assignmentId, teacher, bo } = await liveClass(world, { feedback: "ON_SUBMIT" });
    const { a, b } = world.servers;
    const exercise = await handInExercise(bo, b.url, assignmentId);
    await following(bo, () => bo.goto(`/assignments/${assignmentId}`));
    await bo.getByRole("heading", { name: "Your results" }).waitFor();
    await bo.getByText("Your teacher will score the written parts.").first().waitFor();
    expect(await bo.getByText(/^\s*Your score:/).count()).toBe(0);
    const sameDocument = await markDocument(bo);

    // The teacher scores it on the other server.
    await scoreExercise(teacher, a.url, assignmentId, exercise, "Clear claim, well sourced.");
    await untilText(bo.locator(".total"), /Your score: [\d.]+ of [\d.]+ points/, LIVE_MS);
    await untilText(bo.locator(".results"), /Clear claim, well sourced\./, LIVE_MS);
    expect(await sameDocument()).toBe(true);
    expect(await seriousViolations(bo)).toEqual([]);
    await screenshot(bo, "live-player-scored");
  }, 90_000);

  it("a score waits for an AFTER_DUE date, and shows the moment the teacher moves the date past", async () => {
    const dueAt = new Date(Date.now() + DAY).toISOString();
    const { assignmentId, teacher, bo } = await liveClass(world, { feedback: "AFTER_DUE", dueAt });
    const { a, b } = world.servers;
    const exercise = await handInExercise(bo, b.url, assignmentId);
    await following(bo, () => bo.goto(`/assignments/${assignmentId}`));
    const waiting = bo.getByText("Your feedback will appear after the due date.");
    await waiting.waitFor();
    const sameDocument = await markDocument(bo);

    // The SCORED event reaches the player, which reads the attempt again: still no score.
    const reread = bo
      .waitForResponse((r) => (r.request().postData() ?? "").includes("query PlayerAssignment"), {
        timeout: LIVE_MS + 2_000,
      })
      .then(
        () => true,
        () => false,
      );
    await scoreExercise(teacher, a.url, assignmentId, exercise, "Good use of ¶21.");
    expect(await reread).toBe(true);
    await bo.waitForLoadState("networkidle");
    expect(await waiting.count()).toBe(1);
    expect(await bo.getByText("Good use of ¶21.").count()).toBe(0);

    // The teacher moves the due date into the past: the feedback opens, and the score with it.
    await gqlAs(teacher, a.url, UPDATE, {
      a: assignmentId,
      d: new Date(Date.now() - 60_000).toISOString(),
    });
    await untilText(bo.locator(".total"), /Your score: [\d.]+ of [\d.]+ points/, LIVE_MS);
    await untilText(bo.locator(".results"), /Good use of ¶21\./, LIVE_MS);
    expect(await waiting.count()).toBe(0);
    expect(await sameDocument()).toBe(true);
  }, 90_000);

  it("a due date the teacher moves, for the class or for one student, shows in the player", async () => {
    const dueAt = new Date(Date.now() + DAY).toISOString();
    const { assignmentId, teacher, ann, bo } = await liveClass(world, {
      feedback: "AFTER_DUE",
      dueAt,
    });
    const { a } = world.servers;
    await following(ann, () => openQuestions(ann, assignmentId));
    await following(bo, () => openQuestions(bo, assignmentId));
    expect(await shownDue(ann)).toBe(dueAt);
    expect(await shownDue(bo)).toBe(dueAt);
    const annSame = await markDocument(ann);
    const boSame = await markDocument(bo);

    // The class's date, on the teacher's page: both players show it, each on its own server.
    const later = new Date(Date.now() + 2 * DAY);
    later.setSeconds(0, 0);
    await teacher.goto(`/teacher/assignments/${assignmentId}`);
    await teacher.getByText("Change the due date or feedback timing").click();
    await teacher.getByLabel("Due date and time").fill(localInput(later));
    await teacher.getByRole("button", { name: "Save changes" }).click();
    await teacher.getByRole("status").getByText("Changes saved").waitFor();
    await Promise.all([untilDue(ann, later.toISOString()), untilDue(bo, later.toISOString())]);
    expect(await bo.getByTestId("due-at").textContent()).toMatch(/^Due \w+day/);

    // One student's own date: only Bo's player shows it; Ann keeps the class's.
    const { classroom } = await gqlAs(
      teacher,
      a.url,
      `query($a: ID!) { assignment(id: $a) { classroom { students { id displayName } } } }`,
      { a: assignmentId },
    ).then((data) => ({ classroom: data.assignment.classroom }));
    const boId = classroom.students.find((s: any) => s.displayName === "Bo").id;
    const extended = new Date(Date.now() + 3 * DAY).toISOString();
    await gqlAs(
      teacher,
      a.url,
      `mutation($a: ID!, $s: ID!, $d: DateTimeISO!) { extendAssignment(assignmentId: $a, studentId: $s, dueAt: $d) { id } }`,
      { a: assignmentId, s: boId, d: extended },
    );
    await untilDue(bo, extended);
    expect(await shownDue(ann)).toBe(later.toISOString());
    expect([await annSame(), await boSame()]).toEqual([true, true]);
    expect(await seriousViolations(bo)).toEqual([]);
    await screenshot(bo, "live-player-due-moved");
  }, 90_000);
});

/** A datetime-local input's value for a date, in the browser's (and this process's) time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
