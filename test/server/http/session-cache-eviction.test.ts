// A server that keeps session lookups in memory forgets them before it answers a mutation that
// may end sessions, so the very next request to the same server sees the change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSessionCache,
  type SessionCache,
} from "../../../server/src/modules/users/session-cache.js";
import { newTeacher } from "../../support/classroom.js";
import { DATABASE_KINDS, type TestDatabase } from "../../support/databases.js";
import { createPreparedTestDatabase } from "../../support/prepared-databases.js";
import { startTestServer, type TestServer } from "../../support/server.js";

const VIEWER = `{ viewer { id } }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`;

describe.each(DATABASE_KINDS)("the session cache on %s", (kind) => {
  let database: TestDatabase;
  let cache: SessionCache;
  let server: TestServer;

  beforeAll(async () => {
    database = await createPreparedTestDatabase(kind);
    cache = createSessionCache(database.pool, database.listen);
    server = await startTestServer(database.pool, { sessionCache: cache });
  });
  afterAll(async () => {
    await server?.close();
    await cache?.close();
    await database?.close();
  });

  it("answers from memory, and a sign-in that rotates the token ends the old one at once", async () => {
    const teacher = await newTeacher(server);
    expect((await server.gql(VIEWER, {}, teacher.auth)).data.viewer).toEqual({ id: teacher.id });
    // Ended behind the cache's back (no notification): memory still answers.
    await database.pool.query("ALTER TABLE sessions DISABLE TRIGGER sessions_ended");
    await database.pool.query("UPDATE sessions SET revoked_at = now() WHERE revoked_at IS NULL");
    await database.pool.query("ALTER TABLE sessions ENABLE TRIGGER sessions_ended");
    expect((await server.gql(VIEWER, {}, teacher.auth)).data.viewer).toEqual({ id: teacher.id });

    const fresh = await server.gql(
      LOG_IN,
      { e: teacher.email, p: "correct horse battery" },
      teacher.auth,
    );
    expect(fresh.errors).toBeUndefined();
    expect((await server.gql(VIEWER, {}, teacher.auth)).data.viewer).toBeNull();
    const rotated = { authorization: `Bearer ${fresh.data.logIn.token}` };
    expect((await server.gql(VIEWER, {}, rotated)).data.viewer).toEqual({ id: teacher.id });
  });
});
