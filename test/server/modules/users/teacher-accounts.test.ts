import { afterAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS, type TestDatabase } from "../../../support/databases.js";
import { createPreparedTestDatabase } from "../../../support/prepared-databases.js";
import { codeOf, newTeacher } from "../../../support/classroom.js";
import { serveForSuite, startTestServer } from "../../../support/server.js";

const SIGN_UP = `mutation($e: String!, $p: String!, $n: String!) { signUpTeacher(email: $e, password: $p, displayName: $n) { token viewer { id role displayName signInCode } } }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token viewer { id } } }`;

describe.each(DATABASE_KINDS)("teacher accounts on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("signs up with a normalised email, stores only an argon2id hash, and refuses the same email twice", async () => {
    const { data } = await suite.server.gql(SIGN_UP, {
      e: "  Ms.Kim@School.Example ",
      p: "a long enough passphrase",
      n: "Ms Kim",
    });
    expect(data.signUpTeacher.viewer).toMatchObject({
      role: "TEACHER",
      displayName: "Ms Kim",
      signInCode: null,
    });
    const { rows } = await suite.database.pool.query(
      `SELECT email, password_hash FROM users WHERE role = 'TEACHER' AND email LIKE 'ms.kim%'`,
    );
    expect(rows).toEqual([
      { email: "ms.kim@school.example", password_hash: expect.stringMatching(/^\$argon2id\$/) },
    ]);
    const again = await suite.server.gql(SIGN_UP, {
      e: "MS.KIM@school.example",
      p: "another long passphrase",
      n: "Kim",
    });
    expect(codeOf(again.errors)).toBe("CONFLICT");
  });

  it.each([
    ["short password", "x@school.example", "too short", "password"],
    ["overlong password", "y@school.example", "p".repeat(257), "password"],
    ["bad email", "not-an-email", "a long enough passphrase", "email"],
  ])("refuses a %s with BAD_USER_INPUT", async (_what, email, password, field) => {
    const { errors } = await suite.server.gql(SIGN_UP, { e: email, p: password, n: "T" });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("gives unknown emails and wrong passwords the same answer", async () => {
    const teacher = await newTeacher(suite.server);
    const wrong = await suite.server.gql(
      LOG_IN,
      { e: teacher.email, p: "wrong password!" },
      { "x-forwarded-for": "1" },
    );
    const unknown = await suite.server.gql(LOG_IN, {
      e: "nobody@school.example",
      p: "wrong password!",
    });
    expect(codeOf(wrong.errors)).toBe("UNAUTHENTICATED");
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    const right = await suite.server.gql(LOG_IN, {
      e: teacher.email.toUpperCase(),
      p: "correct horse battery",
    });
    expect(right.data.logIn.viewer.id).toBe(teacher.id);
  });

  it("cools off an account after repeated failures without locking out other accounts", async () => {
    const target = await newTeacher(suite.server);
    const other = await newTeacher(suite.server);
    for (let i = 0; i < 5; i++)
      expect(
        codeOf(
          (await suite.server.gql(LOG_IN, { e: target.email, p: `guess number ${i}` })).errors,
        ),
      ).toBe("UNAUTHENTICATED");
    const blocked = await suite.server.gql(LOG_IN, { e: target.email, p: "correct horse battery" });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      retryAfter: expect.any(Number),
    });
    const fine = await suite.server.gql(LOG_IN, { e: other.email, p: "correct horse battery" });
    expect(fine.data.logIn.viewer.id).toBe(other.id);
    const { rows } = await suite.database.pool.query(
      `SELECT hits FROM rate_limits WHERE bucket = $1`,
      [`login:account:${target.email}`],
    );
    expect(rows[0].hits).toBe(5);
    await suite.database.pool.query(`DELETE FROM rate_limits`);
  });

  it("changes a password, ending the teacher's other sessions but not this one", async () => {
    const teacher = await newTeacher(suite.server);
    const second = await suite.server.gql(LOG_IN, { e: teacher.email, p: "correct horse battery" });
    const secondAuth = { authorization: `Bearer ${second.data.logIn.token}` };
    const wrong = await suite.server.gql(
      `mutation { changePassword(currentPassword: "nope nope nope", newPassword: "a brand new passphrase") }`,
      {},
      teacher.auth,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "currentPassword",
    });
    const changed = await suite.server.gql(
      `mutation { changePassword(currentPassword: "correct horse battery", newPassword: "a brand new passphrase") }`,
      {},
      teacher.auth,
    );
    expect(changed.data.changePassword).toBe(true);
    expect((await suite.server.gql(`{ viewer { id } }`, {}, teacher.auth)).data.viewer.id).toBe(
      teacher.id,
    );
    expect((await suite.server.gql(`{ viewer { id } }`, {}, secondAuth)).data.viewer).toBeNull();
    expect(
      codeOf(
        (await suite.server.gql(LOG_IN, { e: teacher.email, p: "correct horse battery" })).errors,
      ),
    ).toBe("UNAUTHENTICATED");
    expect(
      (await suite.server.gql(LOG_IN, { e: teacher.email, p: "a brand new passphrase" })).data.logIn
        .viewer.id,
    ).toBe(teacher.id);
  });

  it("does not let a student change a password", async () => {
    const { data } = await suite.server.gql(
      `mutation { startGuestSession(displayName: "S") { token } }`,
    );
    const result = await suite.server.gql(
      `mutation { changePassword(currentPassword: "x", newPassword: "a brand new passphrase") }`,
      {},
      {
        authorization: `Bearer ${data.startGuestSession.token}`,
      },
    );
    expect(codeOf(result.errors)).toBe("FORBIDDEN");
  });
});

describe("who may sign up as a teacher", () => {
  let database: TestDatabase;
  afterAll(() => database?.close());

  it("follows the server's setting: closed, or limited to email domains", async () => {
    database = await createPreparedTestDatabase("pglite");
    const closed = await startTestServer(database.pool, {
      settings: { teacherSignup: { mode: "closed" } },
    });
    expect(
      codeOf(
        (
          await closed.gql(SIGN_UP, {
            e: "a@school.example",
            p: "a long enough passphrase",
            n: "A",
          })
        ).errors,
      ),
    ).toBe("FORBIDDEN");
    await closed.close();
    const domains = await startTestServer(database.pool, {
      prepare: false,
      settings: { teacherSignup: { mode: "domains", domains: ["school.example"] } },
    });
    expect(
      codeOf(
        (
          await domains.gql(SIGN_UP, {
            e: "b@gmail.example",
            p: "a long enough passphrase",
            n: "B",
          })
        ).errors,
      ),
    ).toBe("FORBIDDEN");
    expect(
      (await domains.gql(SIGN_UP, { e: "c@School.Example", p: "a long enough passphrase", n: "C" }))
        .data.signUpTeacher.token,
    ).toBeTruthy();
    await domains.close();
  });
});
