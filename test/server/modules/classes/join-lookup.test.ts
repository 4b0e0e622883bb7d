import { beforeEach, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { codeOf, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { serveForSuite } from "../../../support/server.js";

const LOOKUP = `query($c: String!) { classByJoinCode(joinCode: $c) { name teacherName } }`;
const JOIN = `mutation($c: String!, $n: String!) { joinClass(joinCode: $c, displayName: $n) { viewer { id signInCode } classroom { id name teacher { displayName } } } }`;

describe.each(DATABASE_KINDS)("looking a class up by its join code on %s", (kind) => {
  const suite = serveForSuite(kind);
  // Every request comes from one address: each test starts with an empty bucket.
  beforeEach(async () => {
    await suite.database.pool.query(`DELETE FROM rate_limits`);
  });
  const counts = async () =>
    (
      await suite.database.pool.query<{ users: number; classes: number; members: number }>(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM classes)::int AS classes,
                (SELECT count(*) FROM class_students)::int AS members`,
      )
    ).rows[0];

  it("tells anyone with the code the class and its teacher, nothing else, and changes nothing", async () => {
    const teacher = await newTeacher(suite.server, "Ms Rivera");
    const room = await newClass(suite.server, teacher.auth, "History 10B");
    await joinAsNewStudent(suite.server, room.joinCode, "Ana");
    const before = await counts();
    for (const typed of [
      room.joinCode,
      room.joinCode.toLowerCase(),
      ` ${room.joinCode.slice(0, 3)}-${room.joinCode.slice(3)} `,
    ]) {
      const { data, errors } = await suite.server.gql(LOOKUP, { c: typed });
      expect(errors).toBeUndefined();
      expect(data).toEqual({ classByJoinCode: { name: "History 10B", teacherName: "Ms Rivera" } });
    }
    // Only these two fields exist: no id, join code, roster or teacher account to ask for.
    for (const field of ["id", "joinCode", "students { id }", "teacher { id }"]) {
      const asked = await suite.server.gql(
        `query($c: String!) { classByJoinCode(joinCode: $c) { ${field} } }`,
        { c: room.joinCode },
      );
      expect(codeOf(asked.errors)).toBe("GRAPHQL_VALIDATION_FAILED");
    }
    // Signed-in callers (the teacher, a student of the class) get the same, no more.
    expect(
      (await suite.server.gql(LOOKUP, { c: room.joinCode }, teacher.auth)).data.classByJoinCode,
    ).toEqual({
      name: "History 10B",
      teacherName: "Ms Rivera",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers null for a wrong code, and stops answering for an old code at once", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    expect(
      (await suite.server.gql(LOOKUP, { c: room.joinCode })).data.classByJoinCode,
    ).not.toBeNull();
    for (const wrong of ["ZZZZZZZ", "", "not a code at all"])
      expect(await suite.server.gql(LOOKUP, { c: wrong })).toMatchObject({
        data: { classByJoinCode: null },
      });
    await suite.server.gql(
      `mutation($id: ID!) { resetJoinCode(classId: $id) { joinCode } }`,
      { id: room.id },
      teacher.auth,
    );
    // The same anonymous request as before: never answered from the cache of public reads.
    const raw = await fetch(`${suite.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOOKUP, variables: { c: room.joinCode } }),
    });
    expect(raw.headers.get("cache-control")).toBe("private, no-store");
    expect((await suite.server.gql(LOOKUP, { c: room.joinCode })).data.classByJoinCode).toBeNull();
  });

  it("is rate-limited together with joinClass: wrong codes count, and a full bucket refuses even the right code", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    // Right codes never count: a whole class may look up and join.
    for (let i = 0; i < 35; i++)
      expect(
        (await suite.server.gql(LOOKUP, { c: room.joinCode })).data.classByJoinCode,
      ).not.toBeNull();
    // 20 wrong look-ups and 10 wrong joins fill the one bucket of 30.
    for (let i = 0; i < 20; i++)
      expect((await suite.server.gql(LOOKUP, { c: "ZZZZZZZ" })).data.classByJoinCode).toBeNull();
    for (let i = 0; i < 10; i++)
      expect(codeOf((await suite.server.gql(JOIN, { c: "ZZZZZZZ", n: "Guesser" })).errors)).toBe(
        "NOT_FOUND",
      );
    const before = await counts();
    for (const request of [
      suite.server.gql(LOOKUP, { c: "YYYYYYY" }),
      suite.server.gql(LOOKUP, { c: room.joinCode }),
      suite.server.gql(JOIN, { c: room.joinCode, n: "Late" }),
    ]) {
      const { errors } = await request;
      expect(errors?.[0]?.extensions).toMatchObject({
        code: "TOO_MANY_REQUESTS",
        retryAfter: expect.any(Number),
      });
      expect(errors?.[0]?.message).toBe("Too many wrong class codes. Wait a little and try again.");
    }
    expect(await counts()).toEqual(before);
  });

  it("names the class joined in joinClass's payload, for a new student and a signed-in guest alike", async () => {
    const teacher = await newTeacher(suite.server, "Mr Park");
    const room = await newClass(suite.server, teacher.auth, "World History 9");
    const joined = await suite.server.gql(JOIN, { c: room.joinCode, n: "Bo" });
    expect(joined.errors).toBeUndefined();
    expect(joined.data.joinClass.classroom).toEqual({
      id: room.id,
      name: "World History 9",
      teacher: { displayName: "Mr Park" },
    });
    expect(joined.data.joinClass.viewer.signInCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);

    const guest = await suite.server.gql(
      `mutation { startGuestSession(displayName: "Guest") { token classroom { id } } }`,
    );
    expect(guest.data.startGuestSession.classroom).toBeNull();
    const auth = { authorization: `Bearer ${guest.data.startGuestSession.token}` };
    const again = await suite.server.gql(JOIN, { c: room.joinCode, n: "ignored" }, auth);
    expect(again.data.joinClass.classroom.name).toBe("World History 9");
  });
});
