import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Queryable } from "../../../../server/src/core/database.js";
import { decodeId } from "../../../../server/src/core/ids.js";
import { enqueueScoresForAttempts } from "../../../../server/src/modules/lti/grade-sync.service.js";
import { createTestDatabase, DATABASE_KINDS } from "../../../support/databases.js";
import { startServerProcess } from "../../../support/server-process.js";
import type { TestServer } from "../../../support/server.js";
import { LESSON } from "./lti-world.js";
import {
  eventually,
  FAST,
  launchPair,
  playerCalls,
  startGradingPlatform,
  startToolServer,
} from "./lti-grades-world.js";

const cleanup: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of cleanup.reverse()) await close();
});

const outboxRows = async (db: Queryable, lineitem: string) =>
  (
    await db.query<{ status: string; tries: number; version: number; sentVersion: number | null }>(
      `SELECT status, tries, version, sent_version AS "sentVersion" FROM lti_score_outbox WHERE lineitem LIKE '%/' || $1`,
      [lineitem],
    )
  ).rows;

describe.each(DATABASE_KINDS)("LTI grades back across restarts on %s", (kind) => {
  it(
    "a score the platform refused is delivered by the next server on the same database",
    {
      timeout: 120_000,
    },
    async () => {
      const database = await createTestDatabase(kind);
      cleanup.push(() => database.close());
      let tool = await startToolServer(database.pool);
      const { platform, grades } = await startGradingPlatform(database.pool, tool.server.url);
      cleanup.push(() => platform.close());
      const player = await playerCalls(tool.server);
      const { assignmentId, student, sub } = await launchPair(platform, grades, tool.server, "k");

      grades.setDown(true);
      const attemptId = await player.start(student, assignmentId);
      await player.answerAll(student, attemptId);
      await player.submit(student, attemptId);
      await eventually(async () => (await outboxRows(database.pool, "k"))[0]?.tries >= 1);
      await tool.close();

      // Down for good: the queue outlives the server.
      const [queued] = await outboxRows(database.pool, "k");
      expect(queued).toMatchObject({ status: "pending", sentVersion: null });
      expect(grades.scoresOf("k", sub)).toEqual([]);

      grades.setDown(false);
      tool = await startToolServer(database.pool, FAST, false);
      cleanup.push(() => tool.close());
      platform.trustTool(tool.server.url);
      const delivered = await eventually(() => grades.scoresOf("k", sub)[0]);
      expect(delivered).toMatchObject({
        activityProgress: "Completed",
        gradingProgress: "PendingManual",
      });
      await eventually(async () => (await outboxRows(database.pool, "k"))[0]?.status === "sent");
      expect(grades.scoresOf("k", sub)).toHaveLength(1);
    },
  );
});

describe("two servers on one PostgreSQL", () => {
  it("share the outbox and never post a score version twice", { timeout: 120_000 }, async () => {
    const database = await createTestDatabase("postgres");
    cleanup.push(() => database.close());
    const second = await openDatabase({ databaseUrl: database.url, dataDir: "" });
    cleanup.push(() => second.close());
    const options = { ...FAST, batch: 2, pollMs: 10 };
    const one = await startToolServer(database.pool, options);
    cleanup.push(() => one.close());
    const two = await startToolServer(second.pool, options, false);
    cleanup.push(() => two.close());
    const { platform, grades } = await startGradingPlatform(database.pool, one.server.url);
    cleanup.push(() => platform.close());
    grades.received.delayMs = 20;
    const player = await playerCalls(one.server);

    const students = ["A", "B", "C", "D", "E", "F", "G", "H"];
    const work: Array<{ sub: string; attemptId: string }> = [];
    for (const who of students) {
      const { assignmentId, student, sub } = await launchPair(
        platform,
        grades,
        one.server,
        "two",
        who,
      );
      work.push({ sub, attemptId: await player.start(student, assignmentId) });
    }
    const settled = async (rounds: number) => {
      await eventually(() => work.every((w) => grades.scoresOf("two", w.sub).length >= rounds));
      await new Promise((resolve) => setTimeout(resolve, 150));
    };
    await settled(1);
    for (let round = 2; round <= 4; round++) {
      // Every score changes at once: both servers' workers reach for the same rows.
      await enqueueScoresForAttempts(
        database.pool,
        work.map((w) => decodeId("Attempt", w.attemptId)!),
      );
      await settled(round);
    }
    for (const { sub } of work) expect(grades.scoresOf("two", sub)).toHaveLength(4);
    expect(grades.received.posts.filter((p) => p.lineitem === "two")).toHaveLength(32);
    const rows = await outboxRows(database.pool, "two");
    expect(rows.every((row) => row.status === "sent" && row.sentVersion === row.version)).toBe(
      true,
    );
  });
});

describe("the server as users run it (main.ts)", () => {
  it(
    "starts the grade worker with the server and stops it cleanly on SIGTERM",
    { timeout: 120_000 },
    async () => {
      const database = await createTestDatabase("postgres");
      cleanup.push(() => database.close());
      const server = await startServerProcess({
        DATABASE_URL: database.url!,
        LTI_GRADE_POLL_MS: "50",
      });
      cleanup.push(async () => void (await server.stop()));
      const { platform, grades } = await startGradingPlatform(database.pool, server.url);
      cleanup.push(() => platform.close());
      const tool = { url: server.url } as TestServer;
      const { assignmentId, student, sub } = await launchPair(platform, grades, tool, "main");
      const started = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...student },
        body: JSON.stringify({
          query: `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
          variables: { s: LESSON, a: assignmentId },
        }),
      });
      expect(((await started.json()) as any).data.startAttempt.id).toBeTruthy();
      const score = await eventually(() => grades.scoresOf("main", sub)[0]);
      expect(score).toMatchObject({ activityProgress: "Started", gradingProgress: "NotReady" });
      expect(await server.stop("SIGTERM")).toBe(0);
    },
  );
});
