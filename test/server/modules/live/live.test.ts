import { describe, expect, it } from "vitest";
import { joinAsNewStudent, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { classWithWork, liveServer, SNAPSHOT } from "../../../support/live-world.js";
import { ACTIVITY, liveSubscribe, tokenOf, UPDATES } from "../../../support/live-client.js";

describe.each(DATABASE_KINDS)("live classroom over WebSocket (%s)", (kind) => {
  const world = liveServer(kind, {
    subscriptionsPerConnection: 2,
    connectionsPerAddress: 6,
    maxPayloadBytes: 4096,
  });

  it("streams a student's start, saves and submit to the teacher within a second", async () => {
    const { teacher, assignment, student, work } = await classWithWork(world.server);
    const watch = liveSubscribe(world.server.url, tokenOf(teacher.auth), ACTIVITY, {
      a: assignment.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const attempt = await work.start(student.auth, assignment.id);
    expect((await work.save(student.auth, attempt.id, 1)).errors).toBeUndefined();
    // The save is acknowledged after its commit: its event is on the socket within a second.
    const committed = Date.now();
    await watch.waitFor(2, 1_000);
    expect(Date.now() - committed).toBeLessThan(1_000);
    await work.submit(student.auth, attempt.id);
    await watch.waitFor(3);
    const events = watch.results.map((r) => r.data.assignmentActivity);
    expect(events.map((e) => e.kind)).toEqual(["STARTED", "SAVED", "SUBMITTED"]);
    expect(events[1]).toMatchObject({
      studentId: student.id,
      attemptId: attempt.id,
      itemId: work.choice.id,
    });
    expect(events[1].correct).toBe(true);
    await watch.dispose();
  });

  it("signs in by the session cookie from the world.server's own origin only", async () => {
    const { teacher, assignment } = await classWithWork(world.server);
    const cookie = `session=${tokenOf(teacher.auth)}`;
    const host = new URL(world.server.url).host;
    const own = liveSubscribe(
      world.server.url,
      null,
      ACTIVITY,
      { a: assignment.id },
      {
        headers: { cookie, origin: `http://${host}` },
      },
    );
    const foreign = liveSubscribe(
      world.server.url,
      null,
      ACTIVITY,
      { a: assignment.id },
      {
        headers: { cookie, origin: "https://evil.example" },
      },
    );
    expect(await foreign.closed).toBe(4403);
    const open = new Promise((resolve) => setTimeout(() => resolve("still open"), 500));
    expect(await Promise.race([own.closed, open])).toBe("still open");
    expect(own.results.every((r) => !r.errors)).toBe(true);
    await own.dispose();
  });

  it("refuses the anonymous, a student, another teacher and another's attempt", async () => {
    const { teacher, klass, assignment, student, work } = await classWithWork(world.server);
    const other = await newTeacher(world.server, "Mr Other");
    const classmate = await joinAsNewStudent(world.server, klass.joinCode, "Bo");
    const anonymous = liveSubscribe(world.server.url, null, ACTIVITY, { a: assignment.id });
    expect(await anonymous.closed).toBe(4403);
    const forged = liveSubscribe(world.server.url, "not-a-session", ACTIVITY, { a: assignment.id });
    expect(await forged.closed).toBe(4403);

    const attempt = await work.start(student.auth, assignment.id);
    const refusals: Array<[string, string, Record<string, unknown>]> = [
      [tokenOf(student.auth), ACTIVITY, { a: assignment.id }],
      [tokenOf(other.auth), ACTIVITY, { a: assignment.id }],
      [tokenOf(teacher.auth), ACTIVITY, { a: "bm90LWFuLWlk" }],
      [tokenOf(classmate.auth), UPDATES, { a: attempt.id }],
      [tokenOf(other.auth), UPDATES, { a: attempt.id }],
      [tokenOf(teacher.auth), UPDATES, { a: attempt.id }],
    ];
    for (const [token, query, variables] of refusals) {
      const refused = liveSubscribe(world.server.url, token, query, variables);
      await refused.waitFor(1);
      expect(refused.results[0]!.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(refused.results[0]!.data ?? null).toBeNull();
      await refused.dispose();
    }
    for (const auth of [student.auth, other.auth, {}]) {
      const { data, errors } = await world.server.gql(SNAPSHOT, { a: assignment.id }, auth);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(
        auth === other.auth || auth === student.auth ? "FORBIDDEN" : "UNAUTHENTICATED",
      );
    }
  });
});
