import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../../server/src/core/database.js";
import { bumpContentVersion } from "../../../server/src/content/content-version.sql.js";
import { countQueries, type TestDatabase } from "../../support/databases.js";
import { createPreparedTestDatabase } from "../../support/prepared-databases.js";
import { startTestServer, type TestServer } from "../../support/server.js";

const LESSON = `{ lesson(slug: "sourcing-the-record") { title steps { title } } }`;

describe("the cache of anonymous reads", () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createPreparedTestDatabase("pglite");
    server = await startTestServer(database.pool);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it("answers a repeated anonymous query with the same bytes and no SQL", async () => {
    const first = await server.gql(LESSON);
    const again = await countQueries(database.pool, () => server.gql(LESSON));
    expect(again.result.data).toEqual(first.data);
    expect(again.queries).toBe(0);
  });

  it("never serves a signed-in viewer from it, nor caches a mutation or an error", async () => {
    const { data } = await server.gql(
      `mutation { startGuestSession(displayName: "Cached?") { token } }`,
    );
    const auth = { authorization: `Bearer ${data.startGuestSession.token}` };
    await server.gql(`{ viewer { displayName } }`);
    expect((await server.gql(`{ viewer { displayName } }`, {}, auth)).data.viewer).toEqual({
      displayName: "Cached?",
    });
    expect((await server.gql(`{ viewer { displayName } }`)).data.viewer).toBeNull();
    const second = await server.gql(
      `mutation { startGuestSession(displayName: "Cached?") { token } }`,
    );
    expect(second.data.startGuestSession.token).not.toBe(data.startGuestSession.token);
    await server.gql(`{ nope }`);
    const error = await countQueries(database.pool, () => server.gql(`{ nope }`));
    expect(error.result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("drops what it kept when the content version changes (a re-sync or an import, by any process)", async () => {
    await server.gql(LESSON);
    await database.pool.query(
      `UPDATE lessons SET title = 'Renamed for the test' WHERE slug = 'sourcing-the-record'`,
    );
    await withTransaction(database.pool, (client) => bumpContentVersion(client));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await server.gql(LESSON)).data.lesson.title).toBe("Renamed for the test");
  });

  it("answers a kept GET without SQL, yet a GET sees a new content version within a second", async () => {
    const QUERY = `{ lesson(slug: "sourcing-the-record") { title } }`;
    const get = async () => {
      const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent(QUERY)}`, {
        headers: { "apollo-require-preflight": "true" },
      });
      return (await response.json()) as { data: { lesson: { title: string } } };
    };
    await get();
    const again = await countQueries(database.pool, get);
    expect(again.queries).toBe(0);
    await database.pool.query(
      `UPDATE lessons SET title = 'Renamed again' WHERE slug = 'sourcing-the-record'`,
    );
    await withTransaction(database.pool, (client) => bumpContentVersion(client));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await get()).data.lesson.title).toBe("Renamed again");
  });
});
