import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVITY, liveSubscribe, UPDATES } from "../../support/live-client.js";
import { SAVE_TEXT, type ServerProcess } from "../../support/server-process.js";
import { startTwoServers, type TwoServers } from "../../support/two-servers.js";

async function ok(server: ServerProcess, query: string, variables = {}, token?: string) {
  const result = await server.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

describe("the live classroom across two server processes on one PostgreSQL", () => {
  let servers: TwoServers;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    servers = await startTwoServers();
    ({ a, b } = servers);
  }, 120_000);
  afterAll(() => servers?.stop());

  async function classOn(server: ServerProcess) {
    const teacher = (
      await ok(
        server,
        `mutation($e: String!) { signUpTeacher(email: $e, password: "correct horse battery", displayName: "T") { token } }`,
        { e: `t${Date.now()}${Math.random()}@school.example` },
      )
    ).signUpTeacher.token as string;
    const klass = (
      await ok(server, `mutation { createClass(name: "10B") { id joinCode } }`, {}, teacher)
    ).createClass;
    const lesson = (
      await ok(server, `{ lessons { slug steps { questionSet { questions { id kind } } } } }`)
    ).lessons[0];
    const itemId: string = lesson.steps
      .flatMap((s: any) => s.questionSet?.questions ?? [])
      .find((q: any) => q.kind === "SHORT_ANSWER").id;
    const assignmentId: string = (
      await ok(
        server,
        `mutation($c: ID!, $l: String!) { assignLesson(classId: $c, lessonSlug: $l) { id } }`,
        { c: klass.id, l: lesson.slug },
        teacher,
      )
    ).assignLesson.id;
    const student = (
      await ok(
        server,
        `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Ana") { token } }`,
        {
          c: klass.joinCode,
        },
      )
    ).joinClass.token as string;
    const attemptId: string = (
      await ok(
        server,
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: lesson.slug, a: assignmentId },
        student,
      )
    ).startAttempt.id;
    return { teacher, klass, assignmentId, student, attemptId, itemId };
  }

  it("a save on one server reaches teachers watching on both within a second", async () => {
    const { teacher, assignmentId, student, attemptId, itemId } = await classOn(a);
    const onB = liveSubscribe(b.url, teacher, ACTIVITY, { a: assignmentId });
    const onA = liveSubscribe(a.url, teacher, ACTIVITY, { a: assignmentId });
    await Promise.all([onA.waitFor(1, 5_000), onB.waitFor(1, 5_000)]); // STARTED, replayed
    const saved = Date.now();
    const result = await a.gql(
      SAVE_TEXT,
      { a: attemptId, i: itemId, r: 1, t: "Khrushchev" },
      student,
    );
    expect(result.errors).toBeUndefined();
    await Promise.all([onA.waitFor(2, 1_000), onB.waitFor(2, 1_000)]);
    expect(Date.now() - saved).toBeLessThan(1_000);
    for (const watch of [onA, onB]) {
      expect(watch.results.map((r) => r.data.assignmentActivity.kind)).toEqual([
        "STARTED",
        "SAVED",
      ]);
    }
    expect(onA.results[1]!.data).toEqual(onB.results[1]!.data);
    await Promise.all([onA.dispose(), onB.dispose()]);
  });

  it("pausing on one server refuses saves on the other and tells the student there", async () => {
    const { teacher, klass, student, attemptId, itemId } = await classOn(b);
    const updates = liveSubscribe(a.url, student, UPDATES, { a: attemptId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await ok(b, `mutation($c: ID!) { pauseClass(classId: $c) }`, { c: klass.id }, teacher);
    await updates.waitFor(1, 1_000);
    expect(updates.results[0]!.data.myAttemptUpdates.kind).toBe("PAUSED");
    const refused = await a.gql(SAVE_TEXT, { a: attemptId, i: itemId, r: 1, t: "x" }, student);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "CLASS_PAUSED",
    });
    await ok(a, `mutation($c: ID!) { resumeClass(classId: $c) }`, { c: klass.id }, teacher);
    await updates.waitFor(2, 1_000);
    expect(
      (await b.gql(SAVE_TEXT, { a: attemptId, i: itemId, r: 1, t: "x" }, student)).errors,
    ).toBeUndefined();
    // Signing out on one server closes the socket held on the other.
    await ok(b, `mutation { logOut }`, {}, student);
    expect(await updates.closed).toBe(4401);
  });

  it("SIGTERM closes the open sockets (1001) and the server still exits cleanly", async () => {
    const { teacher, assignmentId } = await classOn(b);
    const watch = liveSubscribe(b.url, teacher, ACTIVITY, { a: assignmentId });
    await watch.waitFor(1, 5_000);
    expect(await b.stop("SIGTERM")).toBe(0);
    expect(await watch.closed).toBe(1001);
  });
});
