import { withConnection } from "../../../server/src/core/database.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyPostgresDatabase } from "../../support/databases.js";
import {
  guestWithShortAnswer,
  SAVE_TEXT,
  startServerProcess,
} from "../../support/server-process.js";

describe("a server process stopped by signals", () => {
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ url, drop } = await createEmptyPostgresDatabase());
  });
  afterAll(() => drop?.());

  it("drains in-flight requests on SIGTERM and exits cleanly", async () => {
    const server = await startServerProcess({ DATABASE_URL: url });
    const { token, itemId, attemptId } = await guestWithShortAnswer(server, "Signals");
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      server.gql(SAVE_TEXT, { a: attemptId, i: itemId, r: i + 1, t: `draft ${i + 1}` }, token),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const code = server.stop("SIGTERM");
    const results = await Promise.allSettled(inFlight);
    expect(await code).toBe(0);
    for (const result of results) {
      if (result.status === "fulfilled") expect(result.value.status).toBe(200);
      else expect(String(result.reason)).toMatch(/fetch failed|ECONNREFUSED/); // sent after the listener closed: never half-answered
    }
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
  }, 90_000);

  it("loses no acknowledged save when killed with SIGKILL in the middle of saving", async () => {
    const server = await startServerProcess({ DATABASE_URL: url });
    const { token, itemId, attemptId } = await guestWithShortAnswer(server, "Signals");
    let acknowledged = 0;
    const saving = (async () => {
      for (let revision = 1; revision < 10_000; revision++) {
        const result = await server
          .gql(SAVE_TEXT, { a: attemptId, i: itemId, r: revision, t: `draft ${revision}` }, token)
          .catch(() => null);
        if (!result || result.errors) return;
        acknowledged = revision;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    server.child.kill("SIGKILL");
    await saving;
    expect(acknowledged).toBeGreaterThan(5);

    const attemptKey = Buffer.from(attemptId, "base64url").toString().split(":")[1];
    const { rows } = await withConnection(url, (db) =>
      db.query(`SELECT revision, answer->>'text' AS text FROM responses WHERE attempt_id = $1`, [
        attemptKey,
      ]),
    );
    expect(rows).toHaveLength(1);
    // The last save may have committed without its answer reaching the client; nothing acknowledged is lost.
    expect([acknowledged, acknowledged + 1]).toContain(rows[0].revision);
    expect(rows[0].text).toBe(`draft ${rows[0].revision}`);

    const again = await startServerProcess({ DATABASE_URL: url });
    const read = await again.gql(
      `query($id: ID!) { attempt(id: $id) { responses { revision } } }`,
      { id: attemptId },
      token,
    );
    expect(read.data.attempt.responses[0].revision).toBe(rows[0].revision);
    await again.stop();
  }, 90_000);
});
