import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  guestWithShortAnswer,
  SAVE_TEXT,
  type ServerProcess,
} from "../../support/server-process.js";
import { startTwoServers, type TwoServers } from "../../support/two-servers.js";

const START = `mutation { startGuestSession(displayName: "Two servers") { token } }`;

describe("several server processes on one PostgreSQL", () => {
  let servers: TwoServers;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    servers = await startTwoServers();
    ({ a, b } = servers);
  }, 120_000);
  afterAll(() => servers?.stop());

  it("both come up on an empty database, and a session made on one works on the other", async () => {
    const { data } = await a.gql(START);
    const token = data.startGuestSession.token;
    expect((await b.gql(`{ viewer { displayName } }`, {}, token)).data).toEqual({
      viewer: { displayName: "Two servers" },
    });
    expect((await b.gql(`mutation { logOut }`, {}, token)).data.logOut).toBe(true);
    expect((await a.gql(`{ viewer { displayName } }`, {}, token)).data.viewer).toBeNull();
  });

  it("keeps the highest revision when saves alternate between the servers in any order", async () => {
    const { token, itemId, attemptId } = await guestWithShortAnswer(a, "Two servers", b);
    const save = (server: ServerProcess, revision: number) =>
      server.gql(
        SAVE_TEXT,
        { a: attemptId, i: itemId, r: revision, t: `revision ${revision}` },
        token,
      );
    const order = [3, 1, 7, 2, 9, 5, 8, 4, 6];
    await Promise.all(order.map((revision, i) => save(i % 2 === 0 ? a : b, revision)));
    for (const server of [a, b]) {
      const read = await server.gql(
        `query($id: ID!) { attempt(id: $id) { responses { revision answer { text } } } }`,
        { id: attemptId },
        token,
      );
      expect(read.data.attempt.responses).toEqual([
        { revision: 9, answer: { text: "revision 9" } },
      ]);
    }
  });
});
