import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrivateCluster, type PrivateCluster } from "../../support/private-cluster.js";
import {
  guestWithShortAnswer,
  SAVE_TEXT,
  type ServerProcess,
  startServerProcess,
} from "../../support/server-process.js";

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

describe("PostgreSQL restarting under a running server", () => {
  let cluster: PrivateCluster;
  let server: ServerProcess;

  beforeAll(async () => {
    cluster = createPrivateCluster("faults", 5439);
    server = await startServerProcess({ DATABASE_URL: cluster.url });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    cluster?.destroy();
  });

  it("says 503 while the database is away, then serves again on its own, losing no acknowledged save", async () => {
    const health = async () => (await fetch(`${server.url}/healthz`)).status;
    expect(await health()).toBe(200);
    const { token, itemId, attemptId } = await guestWithShortAnswer(server, "Restart");

    let acknowledged = 0;
    let running = true;
    const load = (async () => {
      for (let revision = 1; running; revision++) {
        const started = Date.now();
        const result = await server
          .gql(SAVE_TEXT, { a: attemptId, i: itemId, r: revision, t: `draft ${revision}` }, token)
          .catch(() => null);
        expect(Date.now() - started).toBeLessThan(25_000); // fails fast, never hangs
        if (result?.data?.saveResponse)
          acknowledged = Math.max(acknowledged, result.data.saveResponse.revision);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 500));
    cluster.stop();
    await until(async () => (await health()) === 503, 15_000);
    cluster.start();
    const recovered = await until(async () => (await health()) === 200, 30_000);
    expect(recovered).toBeLessThan(30_000);
    await until(async () => {
      const before = acknowledged;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return acknowledged > before;
    }, 20_000);
    running = false;
    await load;
    expect(server.child.exitCode).toBeNull();

    const read = await server.gql(
      `query($id: ID!) { attempt(id: $id) { responses { revision } } }`,
      { id: attemptId },
      token,
    );
    expect(read.data.attempt.responses[0].revision).toBeGreaterThanOrEqual(acknowledged);
  }, 120_000);
});
