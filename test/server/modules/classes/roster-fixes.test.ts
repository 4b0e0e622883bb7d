import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  assign,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { serveForSuite } from "../../../support/server.js";
import { firstLessonWork, type studentWork } from "../../../support/student-work.js";

const RENAME = `mutation($c: ID!, $s: ID!, $n: String!) { renameStudent(classId: $c, studentId: $s, displayName: $n) { id displayName } }`;
const MERGE = `mutation($c: ID!, $s: ID!, $d: ID!) { mergeStudents(classId: $c, studentId: $s, duplicateId: $d) { id displayName } }`;
const ROSTER = `query($c: ID!) { classroom(id: $c) { students { id displayName } } }`;
const WORK = `query($g: ID!) { assignment(id: $g) { extensions { studentId } attempts { id student { id displayName } responses { revision } } } }`;

describe.each(DATABASE_KINDS)("fixing a class's roster on %s", (kind) => {
  const suite = serveForSuite(kind);
  let slug: string;
  let lessonTitle: string;
  let work: ReturnType<typeof studentWork>;

  beforeAll(async () => {
    ({ lessonTitle, slug, work } = await firstLessonWork(suite.server));
  });

  const setUp = async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const aiko = await joinAsNewStudent(suite.server, room.joinCode, "Aiko T.");
    const twin = await joinAsNewStudent(suite.server, room.joinCode, "Aiko T.");
    return { teacher, room, aiko, twin };
  };
  const roster = async (classId: string, auth: Record<string, string>) =>
    (await work.ok(ROSTER, { c: classId }, auth)).classroom.students;

  it("labels a student for the teacher everywhere (roster, attempts, CSV) while the student keeps their own name", async () => {
    const { teacher, room, aiko, twin } = await setUp();
    const assignment = await assign(suite.server, teacher.auth, room.id, slug);
    const attempt = await work.start(aiko.auth, assignment.id);

    const other = await newTeacher(suite.server);
    const vars = { c: room.id, s: aiko.id, n: "Aiko Tanaka" };
    expect(await work.code(RENAME, vars, other.auth)).toBe("FORBIDDEN");
    expect(await work.code(RENAME, vars, aiko.auth)).toBe("FORBIDDEN");
    expect(await work.code(RENAME, vars)).toBe("UNAUTHENTICATED");
    for (const bad of ["", "   ", "x".repeat(61), "Aiko\nT."])
      expect(await work.code(RENAME, { ...vars, n: bad }, teacher.auth)).toBe("BAD_USER_INPUT");
    const stranger = await joinAsNewStudent(
      suite.server,
      (await newClass(suite.server, other.auth)).joinCode,
    );
    expect(await work.code(RENAME, { ...vars, s: stranger.id }, teacher.auth)).toBe("NOT_FOUND");
    expect((await roster(room.id, teacher.auth))[0].displayName).toBe("Aiko T.");

    expect((await work.ok(RENAME, vars, teacher.auth)).renameStudent).toEqual({
      id: aiko.id,
      displayName: "Aiko Tanaka",
    });
    expect((await work.ok(RENAME, vars, teacher.auth)).renameStudent.displayName).toBe(
      "Aiko Tanaka",
    );
    expect(await roster(room.id, teacher.auth)).toEqual([
      { id: aiko.id, displayName: "Aiko Tanaka" },
      { id: twin.id, displayName: "Aiko T." },
    ]);
    expect(
      (await work.ok(WORK, { g: assignment.id }, teacher.auth)).assignment.attempts[0].student,
    ).toEqual({ id: aiko.id, displayName: "Aiko Tanaka" });
    const csv = await fetch(`${suite.server.url}/api/assignments/${assignment.id}/results.csv`, {
      headers: teacher.auth,
    });
    expect(await csv.text()).toMatch(/\r?\nAiko Tanaka,/);

    expect(await roster(room.id, aiko.auth)).toEqual([{ id: aiko.id, displayName: "Aiko T." }]);
    expect((await work.ok(`{ viewer { displayName } }`, {}, aiko.auth)).viewer.displayName).toBe(
      "Aiko T.",
    );
    expect(
      (
        await work.ok(
          `query($a: ID!) { attempt(id: $a) { student { displayName } } }`,
          { a: attempt.id },
          aiko.auth,
        )
      ).attempt.student.displayName,
    ).toBe("Aiko T.");
  });

  it("merges a duplicate join: their work and extensions move over, empty twins go, they leave and are signed out", async () => {
    const { teacher, room, aiko, twin } = await setUp();
    const moved = await assign(suite.server, teacher.auth, room.id, slug);
    const both = await assign(suite.server, teacher.auth, room.id, slug);
    const dupWork = await work.start(twin.auth, moved.id);
    await work.save(twin.auth, dupWork.id, 7);
    await work.submit(twin.auth, dupWork.id);
    const keptWork = await work.start(aiko.auth, both.id);
    await work.save(aiko.auth, keptWork.id, 2);
    const emptyTwin = await work.start(twin.auth, both.id);
    const later = new Date(Date.now() + 86400_000).toISOString();
    await work.ok(
      `mutation($g: ID!, $s: ID!, $d: DateTimeISO!) { extendAssignment(assignmentId: $g, studentId: $s, dueAt: $d) { id } }`,
      { g: moved.id, s: twin.id, d: later },
      teacher.auth,
    );

    const vars = { c: room.id, s: aiko.id, d: twin.id };
    expect(await work.code(MERGE, vars, (await newTeacher(suite.server)).auth)).toBe("FORBIDDEN");
    expect(await work.code(MERGE, vars, aiko.auth)).toBe("FORBIDDEN");
    expect(await work.code(MERGE, vars)).toBe("UNAUTHENTICATED");
    expect(await work.code(MERGE, { ...vars, d: aiko.id }, teacher.auth)).toBe("BAD_USER_INPUT");

    expect((await work.ok(MERGE, vars, teacher.auth)).mergeStudents).toEqual({
      id: aiko.id,
      displayName: "Aiko T.",
    });
    expect(await roster(room.id, teacher.auth)).toEqual([{ id: aiko.id, displayName: "Aiko T." }]);
    const movedView = (await work.ok(WORK, { g: moved.id }, teacher.auth)).assignment;
    expect(movedView.attempts).toEqual([
      {
        id: dupWork.id,
        student: { id: aiko.id, displayName: "Aiko T." },
        responses: [{ revision: 7 }],
      },
    ]);
    expect(movedView.extensions).toEqual([{ studentId: aiko.id }]);
    expect((await work.ok(WORK, { g: both.id }, teacher.auth)).assignment.attempts).toEqual([
      {
        id: keptWork.id,
        student: { id: aiko.id, displayName: "Aiko T." },
        responses: [{ revision: 2 }],
      },
    ]);
    expect((await work.read(aiko.auth, dupWork.id)).responses).toHaveLength(1);
    expect((await suite.server.gql(`{ viewer { id } }`, {}, twin.auth)).data.viewer).toBeNull();
    expect(
      (
        await work.ok(
          `query($a: ID!) { attempt(id: $a) { id } }`,
          { a: emptyTwin.id },
          teacher.auth,
        )
      ).attempt,
    ).toBeNull();
    expect(await work.code(MERGE, vars, teacher.auth)).toBe("NOT_FOUND");
  });

  it("refuses a merge that would lose saved work, or touch another class, and changes nothing", async () => {
    const { teacher, room, aiko, twin } = await setUp();
    const assignment = await assign(suite.server, teacher.auth, room.id, slug);
    for (const student of [aiko, twin]) {
      const attempt = await work.start(student.auth, assignment.id);
      await work.save(student.auth, attempt.id);
    }
    const vars = { c: room.id, s: aiko.id, d: twin.id };
    const refused = await suite.server.gql(MERGE, vars, teacher.auth);
    expect(codeOf(refused.errors)).toBe("CONFLICT");
    expect(refused.errors![0]!.message).toContain(`"${lessonTitle}"`);
    expect((await roster(room.id, teacher.auth)).map((s: { id: string }) => s.id)).toEqual([
      aiko.id,
      twin.id,
    ]);
    const attempts = (await work.ok(WORK, { g: assignment.id }, teacher.auth)).assignment.attempts;
    expect(attempts.map((a: any) => a.student.id)).toEqual([aiko.id, twin.id]);
    expect((await suite.server.gql(`{ viewer { id } }`, {}, twin.auth)).data.viewer).not.toBeNull();

    const { teacher: t2, room: r2, aiko: a2 } = await setUp();
    const elsewhere = await joinAsNewStudent(suite.server, r2.joinCode, "Aiko T.");
    const otherRoom = await newClass(suite.server, t2.auth, "History 11A");
    await work.ok(
      `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Aiko T.") { token } }`,
      { c: otherRoom.joinCode },
      elsewhere.auth,
    );
    expect(await work.code(MERGE, { c: r2.id, s: a2.id, d: elsewhere.id }, t2.auth)).toBe(
      "CONFLICT",
    );
  });
});
