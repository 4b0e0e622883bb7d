import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../../support/server-process.js";
import { startTwoServers, type TwoServers } from "../../support/two-servers.js";

const CODE = `mutation($c: String!) { signInWithCode(signInCode: $c) { token viewer { id } } }`;
const VIEWER = `{ viewer { id } }`;

/** Codes and sessions are read from the database on every request: a change on one server holds on every other at once. */
describe("a new sign-in code on one server, on two server processes of one PostgreSQL", () => {
  let servers: TwoServers;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    servers = await startTwoServers();
    ({ a, b } = servers);
  }, 120_000);
  afterAll(() => servers?.stop());

  it("kills the old code and the student's sessions on the other server at once", async () => {
    const teacher = (
      await a.gql(
        `mutation { signUpTeacher(email: "two.servers@school.example", password: "correct horse battery", displayName: "Ms Two") { token } }`,
      )
    ).data.signUpTeacher.token;
    const room = (await a.gql(`mutation { createClass(name: "Two") { id joinCode } }`, {}, teacher))
      .data.createClass;
    const joined = (
      await a.gql(
        `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Ada") { viewer { id signInCode } } }`,
        { c: room.joinCode },
      )
    ).data.joinClass.viewer;
    const onB = (await b.gql(CODE, { c: joined.signInCode })).data.signInWithCode.token;
    expect((await b.gql(VIEWER, {}, onB)).data.viewer.id).toBe(joined.id);

    const fresh = (
      await a.gql(
        `mutation($c: ID!, $s: ID!) { resetSignInCode(classId: $c, studentId: $s) { signInCode } }`,
        { c: room.id, s: joined.id },
        teacher,
      )
    ).data.resetSignInCode.signInCode;
    // The very next requests to the other server: no wait, no cache.
    const [old, session] = await Promise.all([
      b.gql(CODE, { c: joined.signInCode }),
      b.gql(VIEWER, {}, onB),
    ]);
    expect(old.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(session.data.viewer).toBeNull();
    expect((await b.gql(CODE, { c: fresh })).data.signInWithCode.viewer.id).toBe(joined.id);
  });

  it("a session rotated on one server is dead on the other at once", async () => {
    const before = (await a.gql(`mutation { startGuestSession(displayName: "G") { token } }`)).data
      .startGuestSession.token;
    const code = (await b.gql(`{ viewer { signInCode } }`, {}, before)).data.viewer.signInCode;
    const after = (await a.gql(CODE, { c: code }, before)).data.signInWithCode.token;
    expect((await b.gql(VIEWER, {}, before)).data.viewer).toBeNull();
    expect((await b.gql(VIEWER, {}, after)).data.viewer).not.toBeNull();
  });
});
