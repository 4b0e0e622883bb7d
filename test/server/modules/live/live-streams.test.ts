import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { classWithAttempt, liveServer, SNAPSHOT } from "../../../support/live-world.js";
import { ACTIVITY, liveSubscribe, tokenOf, UPDATES } from "../../../support/live-client.js";
import { sweepIdle } from "../../../../server/src/modules/live/idle-sweep.js";

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `ready()` (a loaded machine answers late), failing after `ms`. */
async function until(ready: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await settle(20);
  }
}

describe.each(DATABASE_KINDS)("live classroom: limits, sessions, reconnection (%s)", (kind) => {
  const world = liveServer(kind, {
    subscriptionsPerConnection: 2,
    connectionsPerAddress: 5,
    subscriptionsPerUser: 4,
    maxPayloadBytes: 4096,
  });

  it("bounds subscriptions per connection and per user, connections per address and message size", async () => {
    const { teacher, assignment } = await classWithAttempt(world.server);
    const token = tokenOf(teacher.auth);
    // Per connection: a third subscription on one socket is refused.
    const ws = new WebSocket(
      `${world.server.url.replace("http", "ws")}/graphql`,
      "graphql-transport-ws",
    );
    const messages: any[] = [];
    const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
    ws.on("message", (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve) => ws.on("open", resolve));
    ws.send(JSON.stringify({ type: "connection_init", payload: { token } }));
    while (!messages.some((m) => m.type === "connection_ack")) await settle(20);
    const subscribe = (id: string) =>
      ws.send(
        JSON.stringify({
          id,
          type: "subscribe",
          payload: { query: ACTIVITY, variables: { a: assignment.id } },
        }),
      );
    // A query is refused over the socket: queries and mutations go over HTTP.
    ws.send(
      JSON.stringify({ id: "q", type: "subscribe", payload: { query: "{ viewer { id } }" } }),
    );
    await until(() => messages.some((m) => m.id === "q"));
    expect(messages.find((m) => m.id === "q")?.payload?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    subscribe("1");
    subscribe("2");
    subscribe("3");
    await until(() => messages.some((m) => m.id === "3"));
    const third = messages.find((m) => m.id === "3");
    expect(third.type).toBe("error");
    expect(third.payload[0].extensions.code).toBe("TOO_MANY_REQUESTS");
    // Per user (4): two more on a second connection, the third refused.
    const second = [0, 1, 2].map(() =>
      liveSubscribe(world.server.url, token, ACTIVITY, { a: assignment.id }),
    );
    const refusedOnes = () =>
      second.filter((s) => s.results[0]?.errors?.[0]?.extensions?.code === "TOO_MANY_REQUESTS");
    try {
      await until(() => refusedOnes().length > 0);
      await settle(500);
      expect(refusedOnes().length).toBe(1);
    } finally {
      await Promise.all(second.map((s) => s.dispose()));
    }
    // An oversized message closes the socket (1009).
    ws.send("x".repeat(5000));
    expect(await closed).toBe(1009);
    // Per address, connections: the sixth open socket is refused at the upgrade.
    const sockets = [0, 1, 2, 3, 4, 5].map(
      () =>
        new WebSocket(`${world.server.url.replace("http", "ws")}/graphql`, "graphql-transport-ws"),
    );
    const outcomes = await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<string>((resolve) => {
            socket.on("open", () => resolve("open"));
            socket.on("unexpected-response", (_req, res) => resolve(String(res.statusCode)));
            socket.on("error", () => resolve("error"));
          }),
      ),
    );
    expect(outcomes.filter((o) => o === "open").length).toBe(5);
    expect(outcomes).toContain("429");
    sockets.forEach((socket) => socket.terminate());
    await settle(200);
  });

  it("closes a connection whose session ends (4401)", async () => {
    const { student, attempt } = await classWithAttempt(world.server);
    const updates = liveSubscribe(world.server.url, tokenOf(student.auth), UPDATES, {
      a: attempt.id,
    });
    await settle();
    await world.server.gql(`mutation { logOut }`, {}, student.auth);
    expect(await updates.closed).toBe(4401);
  });

  it("a reconnecting teacher gets what was missed after the last id, then live, no gap and no duplicate", async () => {
    const { teacher, assignment, student, work, attempt } = await classWithAttempt(world.server);
    const first = liveSubscribe(world.server.url, tokenOf(teacher.auth), ACTIVITY, {
      a: assignment.id,
    });
    await first.waitFor(1); // STARTED, replayed from before the subscription
    await work.save(student.auth, attempt.id, 1);
    await first.waitFor(2);
    await first.dispose();
    const seen = first.results.map((r) => r.data.assignmentActivity.id);
    await work.save(student.auth, attempt.id, 2);
    await work.save(student.auth, attempt.id, 3);
    const again = liveSubscribe(world.server.url, tokenOf(teacher.auth), ACTIVITY, {
      a: assignment.id,
      after: seen.at(-1),
    });
    await again.waitFor(2);
    await work.submit(student.auth, attempt.id);
    const ids = new Set(seen);
    const fresh: string[] = [];
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      for (const r of again.results) {
        const id = r.data.assignmentActivity.id;
        if (ids.has(id)) continue;
        ids.add(id);
        fresh.push(r.data.assignmentActivity.kind);
      }
      if (fresh.includes("SUBMITTED")) break;
      await settle(50);
    }
    expect(fresh).toEqual(["SAVED", "SAVED", "SUBMITTED"]);
    // The snapshot holds the same events: nothing lost.
    const snapshot = (await world.server.gql(SNAPSHOT, { a: assignment.id }, teacher.auth)).data
      .assignmentActivitySnapshot;
    expect(new Set(snapshot.events.map((e: any) => e.id))).toEqual(ids);
    expect(snapshot.cells).toHaveLength(1);
    expect(snapshot.students[0]).toMatchObject({ kind: "SUBMITTED", studentId: student.id });
    await again.dispose();
  });

  it("marks a student IDLE after the sweep and RETURNED on the next save", async () => {
    const { teacher, assignment, student, work, attempt } = await classWithAttempt(world.server);
    await work.save(student.auth, attempt.id, 1);
    const watch = liveSubscribe(world.server.url, tokenOf(teacher.auth), ACTIVITY, {
      a: assignment.id,
    });
    await watch.waitFor(2);
    expect(await sweepIdle(world.database.pool, 0)).toBeGreaterThanOrEqual(1);
    await work.save(student.auth, attempt.id, 2);
    await watch.waitFor(5);
    const kinds = watch.results.map((r) => r.data.assignmentActivity.kind);
    expect(kinds.slice(2)).toEqual(["IDLE", "RETURNED", "SAVED"]);
    await watch.dispose();
  });
});
