import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { codeOf, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { serveForSuite } from "../../../support/server.js";

const CLASSROOM = `query($id: ID!) { classroom(id: $id) { id name joinCode teacher { displayName } students { id displayName signInCode } } }`;
const JOIN = `mutation($c: String!, $n: String!) { joinClass(joinCode: $c, displayName: $n) { token viewer { id signInCode } } }`;

describe.each(DATABASE_KINDS)("classes and join codes on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("gives a class a join code without look-alike characters, shown to its teacher only", async () => {
    const teacher = await newTeacher(suite.server);
    const other = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    expect(room.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6,8}$/);
    const student = await joinAsNewStudent(suite.server, room.joinCode.toLowerCase(), "Ji-woo");
    expect(student.signInCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);

    const asTeacher = (await suite.server.gql(CLASSROOM, { id: room.id }, teacher.auth)).data
      .classroom;
    expect(asTeacher).toMatchObject({
      joinCode: room.joinCode,
      students: [{ id: student.id, displayName: "Ji-woo", signInCode: student.signInCode }],
    });
    const asStudent = (await suite.server.gql(CLASSROOM, { id: room.id }, student.auth)).data
      .classroom;
    expect(asStudent).toMatchObject({ joinCode: null, students: [{ id: student.id }] });
    expect(
      (await suite.server.gql(CLASSROOM, { id: room.id }, other.auth)).data.classroom,
    ).toBeNull();
    expect((await suite.server.gql(CLASSROOM, { id: room.id })).data.classroom).toBeNull();
    expect((await suite.server.gql(`{ myClasses { id } }`, {}, other.auth)).data.myClasses).toEqual(
      [],
    );
    expect(
      (await suite.server.gql(`{ myClasses { id joinCode } }`, {}, student.auth)).data.myClasses,
    ).toEqual([{ id: room.id, joinCode: null }]);
  });

  it("replaces a join code so the old one stops working; only the teacher may", async () => {
    const teacher = await newTeacher(suite.server);
    const other = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode);
    expect(
      codeOf(
        (
          await suite.server.gql(
            `mutation($id: ID!) { resetJoinCode(classId: $id) { joinCode } }`,
            { id: room.id },
            other.auth,
          )
        ).errors,
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        (
          await suite.server.gql(
            `mutation($id: ID!) { resetJoinCode(classId: $id) { joinCode } }`,
            { id: room.id },
            student.auth,
          )
        ).errors,
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        (
          await suite.server.gql(
            `mutation($id: ID!) { resetJoinCode(classId: $id) { joinCode } }`,
            { id: room.id },
          )
        ).errors,
      ),
    ).toBe("UNAUTHENTICATED");
    const fresh = (
      await suite.server.gql(
        `mutation($id: ID!) { resetJoinCode(classId: $id) { joinCode } }`,
        { id: room.id },
        teacher.auth,
      )
    ).data.resetJoinCode.joinCode;
    expect(fresh).not.toBe(room.joinCode);
    expect(codeOf((await suite.server.gql(JOIN, { c: room.joinCode, n: "Late" })).errors)).toBe(
      "NOT_FOUND",
    );
    expect((await joinAsNewStudent(suite.server, fresh, "Late")).id).toBeTruthy();
  });

  it("lets a signed-in guest join as the same account, and keeps teachers out", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const guest = await suite.server.gql(
      `mutation { startGuestSession(displayName: "Guest") { token viewer { id } } }`,
    );
    const guestAuth = { authorization: `Bearer ${guest.data.startGuestSession.token}` };
    const joined = await suite.server.gql(JOIN, { c: room.joinCode, n: "ignored" }, guestAuth);
    expect(joined.data.joinClass.viewer.id).toBe(guest.data.startGuestSession.viewer.id);
    // Joining rotates the session: a fresh token, the guest's one ended.
    expect(joined.data.joinClass.token).not.toBe(guest.data.startGuestSession.token);
    expect((await suite.server.gql(`{ viewer { id } }`, {}, guestAuth)).data.viewer).toBeNull();
    const auth = { authorization: `Bearer ${joined.data.joinClass.token}` };
    expect(
      codeOf(
        (await suite.server.gql(JOIN, { c: room.joinCode, n: "Teacher" }, teacher.auth)).errors,
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        (await suite.server.gql(`mutation { createClass(name: "Mine") { id } }`, {}, auth)).errors,
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf((await suite.server.gql(`mutation { createClass(name: "Mine") { id } }`)).errors),
    ).toBe("UNAUTHENTICATED");
    expect(
      codeOf(
        (await suite.server.gql(`mutation { createClass(name: "   ") { id } }`, {}, teacher.auth))
          .errors,
      ),
    ).toBe("BAD_USER_INPUT");
  });

  it("lets a whole class join from one address within a minute, but slows down guessing codes", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const joins = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        suite.server.gql(JOIN, { c: room.joinCode, n: `Pupil ${i + 1}` }),
      ),
    );
    expect(joins.filter((j) => j.errors)).toEqual([]);
    const roster = (await suite.server.gql(CLASSROOM, { id: room.id }, teacher.auth)).data.classroom
      .students;
    expect(roster).toHaveLength(40);

    let last: any;
    for (let i = 0; i < 31; i++)
      last = await suite.server.gql(JOIN, { c: "ZZZZZZZ", n: "Guesser" });
    expect(last.errors?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      retryAfter: expect.any(Number),
    });
    await suite.database.pool.query(`DELETE FROM rate_limits`);
  });

  it("issues a new sign-in code for a student who lost theirs; the old one stops working", async () => {
    const teacher = await newTeacher(suite.server);
    const other = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Forgetful");
    const reset = `mutation($c: ID!, $s: ID!) { resetSignInCode(classId: $c, studentId: $s) { signInCode } }`;
    expect(
      codeOf((await suite.server.gql(reset, { c: room.id, s: student.id }, other.auth)).errors),
    ).toBe("FORBIDDEN");
    const fresh = (await suite.server.gql(reset, { c: room.id, s: student.id }, teacher.auth)).data
      .resetSignInCode.signInCode;
    expect(fresh).not.toBe(student.signInCode);
    const signIn = `mutation($c: String!) { signInWithCode(signInCode: $c) { viewer { id } } }`;
    expect(codeOf((await suite.server.gql(signIn, { c: student.signInCode })).errors)).toBe(
      "UNAUTHENTICATED",
    );
    expect((await suite.server.gql(signIn, { c: fresh })).data.signInWithCode.viewer.id).toBe(
      student.id,
    );
  });
});
