// Servers keep session lookups in memory; a sign-out or a revocation on one server must end the
// session on every server sharing the database within a second (LISTEN/NOTIFY, migration 0030).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withConnection } from "../../../server/src/core/database.js";
import type { ServerProcess } from "../../support/server-process.js";
import { startTwoServers, type TwoServers } from "../../support/two-servers.js";

const START = `mutation($n: String!) { startGuestSession(displayName: $n) { token } }`;
const VIEWER = `{ viewer { displayName } }`;

/** How soon the token stops working on the server, polled; null if it still works after 1 s. */
async function rejectedWithinASecond(server: ServerProcess, token: string): Promise<boolean> {
  const deadline = Date.now() + 1_000;
  while (Date.now() < deadline) {
    if ((await server.gql(VIEWER, {}, token)).data.viewer === null) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe("a session ended on one server, on another server that has it in memory", () => {
  let servers: TwoServers;
  let url: string;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    servers = await startTwoServers();
    ({ a, b, url } = servers);
  }, 120_000);
  afterAll(() => servers?.stop());

  async function signedInOnBoth(name: string): Promise<string> {
    const token = (await a.gql(START, { n: name })).data.startGuestSession.token;
    for (const server of [a, b, a, b])
      expect((await server.gql(VIEWER, {}, token)).data.viewer).toEqual({ displayName: name });
    return token;
  }

  it("stops working on the other server within a second of signing out", async () => {
    const token = await signedInOnBoth("Signs out on A");
    expect((await a.gql(`mutation { logOut }`, {}, token)).data.logOut).toBe(true);
    expect((await a.gql(VIEWER, {}, token)).data.viewer).toBeNull();
    expect(await rejectedWithinASecond(b, token)).toBe(true);
  });

  it("stops working on both servers within a second when the session is revoked in the database", async () => {
    const token = await signedInOnBoth("Revoked by SQL");
    const other = await signedInOnBoth("Still signed in");
    await withConnection(url, (db) =>
      db.query(
        `UPDATE sessions SET revoked_at = now() WHERE user_id =
           (SELECT id FROM users WHERE display_name = 'Revoked by SQL')`,
      ),
    );
    expect(await rejectedWithinASecond(a, token)).toBe(true);
    expect(await rejectedWithinASecond(b, token)).toBe(true);
    for (const server of [a, b])
      expect((await server.gql(VIEWER, {}, other)).data.viewer).toEqual({
        displayName: "Still signed in",
      });
  });

  it("shows a renamed user's new name on both servers within a second", async () => {
    const token = await signedInOnBoth("Old name");
    await withConnection(url, (db) =>
      db.query(`UPDATE users SET display_name = 'New name' WHERE display_name = 'Old name'`),
    );
    for (const server of [a, b]) {
      const deadline = Date.now() + 1_000;
      let name = "";
      while (Date.now() < deadline && name !== "New name")
        name = (await server.gql(VIEWER, {}, token)).data.viewer.displayName;
      expect(name).toBe("New name");
    }
  });
});
