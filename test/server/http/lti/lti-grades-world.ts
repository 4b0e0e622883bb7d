import { afterAll, beforeAll } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { Pool } from "../../../../server/src/core/database.js";
import {
  DEFAULT_GRADE_SYNC,
  type GradeSync,
  type GradeSyncOptions,
  startGradeSync,
} from "../../../../server/src/modules/lti/grade-sync.worker.js";
import { addGradeService, type GradeService } from "../../../support/lti-ags-platform.js";
import { startPlatformSimulator, type PlatformSimulator } from "../../../support/lti-platform.js";
import { PLAYER_LESSON, rightAnswer, servedItems } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, startTestServer, type TestServer } from "../../../support/server.js";
import { type DatabaseKind, type TestDatabase } from "../../../support/databases.js";
import { createPreparedTestDatabase } from "../../../support/prepared-databases.js";
import { LESSON, registerPlatform, studentLaunch, teacherLaunch } from "./lti-world.js";

/** Quick polls and retries, so a test sees in a second what takes minutes in production. */
export const FAST: GradeSyncOptions = {
  ...DEFAULT_GRADE_SYNC,
  pollMs: 40,
  maxTries: 3,
  backoff: { baseMs: 60, capMs: 200 },
  leaseSeconds: 5,
};

/** A server of the app with its grade sync worker running, as main.ts starts them. */
export async function startToolServer(pool: Pool, options = FAST, prepare = true) {
  const server = await startTestServer(pool, { prepare });
  const worker = startGradeSync(pool, options);
  return {
    server,
    worker,
    async close() {
      await worker.stop();
      await server.close();
    },
  };
}
export type ToolServer = Awaited<ReturnType<typeof startToolServer>>;

/** A platform simulator with line items, registered with the tool and trusting its key set. */
export async function startGradingPlatform(pool: Pool, toolUrl: string) {
  const platform = await startPlatformSimulator();
  await registerPlatform(pool, platform);
  platform.trustTool(toolUrl);
  return { platform, grades: addGradeService(platform) };
}

/** Waits until `check` returns something truthy (the worker runs in the background). */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** A teacher's and a student's launch of link `tag`, whose line item is `tag` too. */
export async function launchPair(
  platform: PlatformSimulator,
  grades: GradeService,
  server: TestServer,
  tag: string,
  who = "Lopez",
) {
  const claims = grades.claim(tag);
  const teacher = await platform.launch(server.url, teacherLaunch(tag, { claims }));
  const assignmentId = /([\w-]+)$/.exec(teacher.location ?? "")?.[1];
  if (!assignmentId) throw new Error(`teacher launch failed: ${teacher.body}`);
  const student = await platform.launch(server.url, studentLaunch(tag, who, { claims }));
  if (!student.cookie) throw new Error(`student launch failed: ${student.body}`);
  return {
    assignmentId,
    teacher: { cookie: teacher.cookie! },
    student: { cookie: student.cookie },
    sub: `student-${tag}-${who}`,
  };
}

/** The student's calls in the player: start, answer every item rightly, submit. */
export async function playerCalls(server: TestServer) {
  const content = (await loadContent(LESSONS_DIR)).content;
  const items = servedItems((await server.gql(PLAYER_LESSON, { slug: LESSON })).data.lesson);
  const ok = async (query: string, variables: Record<string, unknown>, auth: object) => {
    const { data, errors } = await server.gql(query, variables, auth as Record<string, string>);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };
  return {
    items,
    ok,
    start: async (auth: object, assignmentId: string): Promise<string> =>
      (
        await ok(
          `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
          { s: LESSON, a: assignmentId },
          auth,
        )
      ).startAttempt.id,
    answerAll: async (auth: object, attemptId: string) => {
      const ids: Record<string, string> = {};
      for (const item of items) {
        const saved = await ok(
          `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`,
          { a: attemptId, i: item.id, x: rightAnswer(content, item) },
          auth,
        );
        ids[item.id] = saved.saveResponse.id;
      }
      return ids;
    },
    submit: async (auth: object, attemptId: string) =>
      (
        await ok(
          `mutation($a: ID!) { submitAttempt(attemptId: $a) { id autoScore pendingReviewPoints maxScore } }`,
          { a: attemptId },
          auth,
        )
      ).submitAttempt,
  };
}

export type { GradeSync };

/**
 * A tool server on a fresh database of `kind` and an LMS that takes its grades, for the enclosing
 * describe block (started before its tests, stopped after them), with the player's calls.
 */
export function gradingWorld(kind: DatabaseKind) {
  const world = {} as {
    database: TestDatabase;
    tool: ToolServer;
    platform: PlatformSimulator;
    grades: GradeService;
    player: Awaited<ReturnType<typeof playerCalls>>;
  };
  beforeAll(async () => {
    world.database = await createPreparedTestDatabase(kind);
    world.tool = await startToolServer(world.database.pool);
    Object.assign(world, await startGradingPlatform(world.database.pool, world.tool.server.url));
    world.player = await playerCalls(world.tool.server);
  });
  afterAll(async () => {
    await world.tool?.close();
    await world.platform?.close();
    await world.database?.close();
  });
  return world;
}
