import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RIGHT } from "./support/player.js";
import { gqlAs, screenshot, seriousViolations } from "./support/browser.js";
import {
  cell,
  liveClass,
  type LiveWorld,
  openQuestions,
  refuseWebSockets,
  startLiveWorld,
  storedAnswers,
  untilText,
  whereabouts,
} from "./support/live.js";

const WRONG_AUTHOR = "Kim Il Sung";
const BLOCKED = "Live updates are blocked on this network; refreshing every few seconds.";
const grid = (page: import("playwright-core").Page) =>
  page.locator("[data-testid=live-grid]").innerText();

describe("the live classroom in Chromium, over two servers on one PostgreSQL", () => {
  let world: LiveWorld;
  beforeAll(async () => {
    world = await startLiveWorld();
  }, 120_000);
  afterAll(() => world?.close());

  it("the teacher's grid follows two students answering on different servers", async () => {
    const { assignmentId, teacher, ann, bo } = await liveClass(world);
    await teacher.goto(`/teacher/assignments/${assignmentId}`);
    await teacher.getByText("Live: updates as students answer.").waitFor();
    expect(await whereabouts(teacher, "Ann").textContent()).toBe("Not started");
    expect(await teacher.getByTestId("most-missed").textContent()).toBe("Nothing missed yet.");

    await Promise.all([openQuestions(ann, assignmentId), openQuestions(bo, assignmentId)]);
    await untilText(whereabouts(teacher, "Bo"), /^Working$/);
    await ann.getByLabel(RIGHT.author).check();
    // Within a second of the save, on the other server's socket too.
    expect(await untilText(cell(teacher, "Ann", "Q1"), /✓\s*Q1: correct/, 3_000)).toBeLessThan(
      3_000,
    );
    await bo.getByLabel(WRONG_AUTHOR).check();
    await untilText(cell(teacher, "Bo", "Q1"), /✗\s*Q1: wrong/, 3_000);
    expect(await cell(teacher, "Ann", "Q2").textContent()).toMatch(/Q2: not answered/);
    await untilText(
      teacher.getByTestId("most-missed"),
      /Q1 Who wrote this record\? — 1 student has it wrong/,
    );

    // A fresh page reads the same grid from the snapshot alone.
    const fresh = await world.newPage(world.servers.b.url);
    await fresh.context().addCookies(await teacher.context().cookies());
    await fresh.goto(`/teacher/assignments/${assignmentId}`);
    await fresh.getByText("Live: updates as students answer.").waitFor();
    expect(await grid(fresh)).toBe(await grid(teacher));
    expect(await seriousViolations(teacher)).toEqual([]);
  }, 90_000);

  it("the misconceptions rising now show within a second of the save that shows one", async () => {
    const { assignmentId, teacher, ann, bo } = await liveClass(world);
    await teacher.goto(`/teacher/assignments/${assignmentId}`);
    await teacher.getByText("Live: updates as students answer.").waitFor();
    await Promise.all([openQuestions(ann, assignmentId), openQuestions(bo, assignmentId)]);
    const rising = teacher.getByTestId("rising-misconceptions");
    expect(await rising.count()).toBe(0);
    expect(await teacher.getByText("Misconceptions rising now").count()).toBe(0);

    // Bo saves on the other server: the teacher's page reads the trend again at the event.
    const saved = bo.waitForResponse((r) =>
      (r.request().postData() ?? "").includes("PlayerSaveResponse"),
    );
    await bo.getByLabel(WRONG_AUTHOR).check();
    await saved;
    const BO =
      /↑\s*The speaker is the author — 1 student in the last 5 minutes \(Bo\), none before · Q1/;
    expect(await untilText(rising, BO, 1_000)).toBeLessThan(1_000);
    await ann.getByLabel(WRONG_AUTHOR).check();
    await untilText(rising, /2 students in the last 5 minutes \(Ann and Bo\), none before/, 2_000);
    expect(await rising.textContent()).toMatch(/Students believe:.*How to reteach it:/s);
    await screenshot(teacher, "live-rising-misconceptions");
    expect(await seriousViolations(teacher)).toEqual([]);
    // Ann puts it right: her current answer no longer shows it.
    await ann.getByLabel(RIGHT.author).check();
    await untilText(rising, BO, 2_000);
  }, 90_000);

  it("pausing locks both players; resuming unlocks them and sends the answer queued meanwhile", async () => {
    const { assignmentId, teacher, ann, bo } = await liveClass(world, {
      feedback: "AFTER_DUE",
      dueAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
      blockAnn: true,
    });
    await teacher.goto(`/teacher/assignments/${assignmentId}`);
    await Promise.all([openQuestions(ann, assignmentId), openQuestions(bo, assignmentId)]);
    // Ann polls (her network blocks WebSockets): hold her polls so she answers before she knows.
    const held: Array<() => Promise<void>> = [];
    let holding = true;
    await ann.route("**/graphql", async (route) => {
      if (!holding || !(route.request().postData() ?? "").includes("query PlayerAssignment"))
        return route.continue();
      held.push(() => route.continue());
    });

    await teacher.getByRole("button", { name: "Pause the class" }).click();
    await teacher.getByRole("button", { name: "Pause now" }).click();
    await teacher.getByTestId("class-paused").waitFor();
    await teacher.getByRole("status").getByText("Class paused").waitFor();

    // Bo's stream says so at once: "Eyes up", no answers to give.
    await bo.getByRole("heading", { name: "Eyes up — your teacher paused the class" }).waitFor();
    expect(await bo.getByLabel(RIGHT.author).count()).toBe(0);
    await bo.waitForFunction(() => document.activeElement?.id === "paused-title");
    expect(await seriousViolations(bo)).toEqual([]);
    // Ann answers: the server refuses the save (CLASS_PAUSED), she sees Eyes up, the answer waits.
    await ann.getByLabel(RIGHT.author).check();
    await ann.getByRole("heading", { name: "Eyes up — your teacher paused the class" }).waitFor();
    expect(await storedAnswers(ann, world.servers.a.url)).toEqual([]);
    expect(
      await ann.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith("puzanov.autosave.")),
      ),
    ).toHaveLength(1);
    // Let the held polls go before the route goes: a route left pending at unroute is handled by
    // Playwright itself, and continuing it again would throw.
    holding = false;
    for (const release of held.splice(0)) await release();
    await ann.unroute("**/graphql");

    await teacher.getByRole("button", { name: "Resume the class" }).click();
    await teacher.getByRole("status").getByText("Class resumed").waitFor();
    await bo.getByLabel(RIGHT.author).waitFor();
    await bo.waitForFunction(() => document.activeElement?.id === "step-title");
    await ann.getByLabel(RIGHT.author).waitFor({ timeout: 10_000 });
    expect(await ann.getByLabel(RIGHT.author).isChecked()).toBe(true);
    await untilText(cell(teacher, "Ann", "Q1"), /Q1: correct/, 10_000);
    const stored = await storedAnswers(ann, world.servers.a.url);
    expect(stored).toHaveLength(1);
    expect(stored[0].answer.choiceIds).toHaveLength(1);
    await bo.getByLabel(RIGHT.author).check();
    await untilText(cell(teacher, "Bo", "Q1"), /Q1: correct/);

    // Bo hands in: his feedback waits for the due date…
    const attemptId = (await gqlAs(bo, world.servers.b.url, `{ myAttempts { id } }`)).myAttempts[0]
      .id;
    await gqlAs(
      bo,
      world.servers.b.url,
      `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
      {
        a: attemptId,
      },
    );
    await bo.reload();
    await bo.getByText("Your feedback will appear after the due date.").waitFor();

    // …until the teacher opens it now: his results page shows it without a reload.
    await teacher.getByRole("button", { name: "Open feedback now" }).click();
    await teacher.getByRole("button", { name: "Open feedback", exact: true }).click();
    await teacher.getByRole("status").getByText("Feedback is open").waitFor();
    const { assignment } = await (
      await teacher.context().request.post(`${world.servers.a.url}/graphql`, {
        data: {
          query: `query($id: ID!) { assignment(id: $id) { feedback } }`,
          variables: { id: assignmentId },
        },
      })
    )
      .json()
      .then((body: any) => body.data);
    expect(assignment.feedback).toBe("ON_SUBMIT");
    await bo
      .getByRole("heading", { name: /^Feedback:/ })
      .first()
      .waitFor({ timeout: 5_000 });
    expect(await bo.getByText("Your feedback will appear after the due date.").count()).toBe(0);
  }, 90_000);

  it("a killed WebSocket reconnects, reads the snapshot again and shows the same grid", async () => {
    const { assignmentId, teacher, ann, bo } = await liveClass(world);
    const sockets: Array<import("playwright-core").WebSocketRoute> = [];
    await teacher.routeWebSocket(/\/graphql$/, (ws) => {
      ws.connectToServer();
      sockets.push(ws);
    });
    await teacher.goto(`/teacher/assignments/${assignmentId}`);
    await teacher.getByText("Live: updates as students answer.").waitFor();
    await Promise.all([openQuestions(ann, assignmentId), openQuestions(bo, assignmentId)]);
    await ann.getByLabel(RIGHT.author).check();
    await untilText(cell(teacher, "Ann", "Q1"), /Q1: correct/);

    expect(sockets).toHaveLength(1);
    await sockets[0]!.close({ code: 1001, reason: "the network dropped" });
    // Bo answers while the teacher's socket is down: the snapshot read on reconnecting has it.
    await bo.getByLabel(WRONG_AUTHOR).check();
    await teacher.getByText("Live: updates as students answer.").waitFor({ timeout: 15_000 });
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    await untilText(cell(teacher, "Bo", "Q1"), /Q1: wrong/);

    const fresh = await world.newPage(world.servers.a.url);
    await fresh.context().addCookies(await teacher.context().cookies());
    await fresh.goto(`/teacher/assignments/${assignmentId}`);
    await fresh.getByText("Live: updates as students answer.").waitFor();
    expect(await grid(teacher)).toBe(await grid(fresh));
  }, 90_000);

  it("where WebSockets are refused, the page polls the snapshot and says so", async () => {
    const { assignmentId, teacher, ann } = await liveClass(world);
    await refuseWebSockets(teacher);
    await teacher.goto(`/teacher/assignments/${assignmentId}`);
    await untilText(teacher.getByTestId("live-state"), new RegExp(`^${BLOCKED}$`));
    await openQuestions(ann, assignmentId);
    await ann.getByLabel(WRONG_AUTHOR).check();
    await untilText(cell(teacher, "Ann", "Q1"), /✗\s*Q1: wrong/, 10_000);
    await untilText(teacher.getByTestId("most-missed"), /1 student has it wrong/);
    expect(await seriousViolations(teacher)).toEqual([]);
  }, 90_000);
});
