import { beforeAll, describe, expect, it } from "vitest";
import { closeOverdueAttempts } from "../../../../server/src/modules/attempts/attempts.sql.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  assign,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { serveForSuite } from "../../../support/server.js";
import {
  ATTEMPT_FIELDS,
  firstLessonWork,
  type studentWork,
} from "../../../support/student-work.js";

const HOUR = 3600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();
const REOPEN = `mutation($a: ID!) { reopenAttempt(attemptId: $a) { ${ATTEMPT_FIELDS} } }`;
const REOPEN_ALL = `mutation($g: ID!, $due: Boolean) { reopenAttempts(assignmentId: $g, closedByDueDateOnly: $due) { id status } }`;
const RETURN = `mutation($a: ID!, $c: String) { returnAttempt(attemptId: $a, comment: $c) { ${ATTEMPT_FIELDS} } }`;
const EXTEND = `mutation($g: ID!, $s: ID!, $d: DateTimeISO!) { extendAssignment(assignmentId: $g, studentId: $s, dueAt: $d) { id extensions { studentId dueAt } } }`;
const UPDATE = `mutation($g: ID!, $d: DateTimeISO) { updateAssignment(assignmentId: $g, dueAt: $d) { dueAt } }`;
const DUE = `query($g: ID!) { assignment(id: $g) { dueAt myDueAt } }`;

describe.each(DATABASE_KINDS)("a teacher's undo on %s", (kind) => {
  const suite = serveForSuite(kind);
  let slug: string;
  let work: ReturnType<typeof studentWork>;

  beforeAll(async () => {
    ({ slug, work } = await firstLessonWork(suite.server));
  });

  const setUp = async (options: { dueAt?: string | null; feedback?: string } = {}) => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, slug, options);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Aiko T.");
    const classmate = await joinAsNewStudent(suite.server, room.joinCode, "Ben");
    return { teacher, room, assignment, student, classmate };
  };

  it("reopens a submitted attempt with every response kept, idempotently, and works out `late` again", async () => {
    const { teacher, assignment, student } = await setUp({ dueAt: at(-HOUR) });
    const attempt = await work.start(student.auth, assignment.id);
    await work.save(student.auth, attempt.id, 3);
    const submitted = await work.submit(student.auth, attempt.id);
    expect(submitted).toMatchObject({ status: "SUBMITTED", late: true });

    const other = await newTeacher(suite.server);
    expect(await work.code(REOPEN, { a: attempt.id }, other.auth)).toBe("FORBIDDEN");
    expect(await work.code(REOPEN, { a: attempt.id }, student.auth)).toBe("FORBIDDEN");
    expect(await work.code(REOPEN, { a: attempt.id })).toBe("UNAUTHENTICATED");
    expect(await work.code(REOPEN, { a: "QXR0ZW1wdDo5OTk5OTk5" }, teacher.auth)).toBe("NOT_FOUND");
    expect((await work.read(student.auth, attempt.id)).status).toBe("SUBMITTED");

    const reopened = (await work.ok(REOPEN, { a: attempt.id }, teacher.auth)).reopenAttempt;
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", submittedAt: null, late: false });
    expect(reopened.responses).toEqual(submitted.responses);
    expect((await work.ok(REOPEN, { a: attempt.id }, teacher.auth)).reopenAttempt).toEqual(
      reopened,
    );

    expect((await work.save(student.auth, attempt.id, 4)).data.saveResponse.revision).toBe(4);
    expect(await work.submit(student.auth, attempt.id)).toMatchObject({ late: true });
    await work.ok(EXTEND, { g: assignment.id, s: student.id, d: at(HOUR) }, teacher.auth);
    await work.ok(REOPEN, { a: attempt.id }, teacher.auth);
    expect(await work.submit(student.auth, attempt.id)).toMatchObject({
      status: "SUBMITTED",
      late: false,
    });
  });

  it("refuses to reopen a practice attempt, which belongs to no class", async () => {
    const { teacher, student } = await setUp();
    const practice = (
      await work.ok(
        `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
        { s: slug },
        student.auth,
      )
    ).startAttempt;
    await work.submit(student.auth, practice.id);
    expect(await work.code(REOPEN, { a: practice.id }, teacher.auth)).toBe("FORBIDDEN");
  });

  it("reopens all of an assignment's submitted attempts, or only those its AFTER_DUE date closed", async () => {
    const { teacher, assignment, student, classmate } = await setUp({
      dueAt: at(HOUR),
      feedback: "AFTER_DUE",
    });
    const third = await joinAsNewStudent(
      suite.server,
      (await work.ok(`{ myClasses { joinCode } }`, {}, teacher.auth)).myClasses[0].joinCode,
      "Chloe",
    );
    const mine = await work.start(student.auth, assignment.id);
    await work.save(student.auth, mine.id);
    await work.submit(student.auth, mine.id);
    const theirs = await work.start(classmate.auth, assignment.id);
    await work.save(classmate.auth, theirs.id);
    const hers = await work.start(third.auth, assignment.id);

    await work.ok(UPDATE, { g: assignment.id, d: at(-60_000) }, teacher.auth);
    await closeOverdueAttempts(suite.database.pool);
    await work.ok(UPDATE, { g: assignment.id, d: at(HOUR) }, teacher.auth);
    expect(await work.read(classmate.auth, theirs.id)).toMatchObject({
      status: "SUBMITTED",
      closedByDueDate: true,
    });
    expect(await work.read(student.auth, mine.id)).toMatchObject({ closedByDueDate: false });

    expect(await work.code(REOPEN_ALL, { g: assignment.id }, student.auth)).toBe("FORBIDDEN");
    const only = (await work.ok(REOPEN_ALL, { g: assignment.id, due: true }, teacher.auth))
      .reopenAttempts;
    expect(only.map((a: { id: string }) => a.id).toSorted()).toEqual(
      [theirs.id, hers.id].toSorted(),
    );
    expect((await work.read(student.auth, mine.id)).status).toBe("SUBMITTED");
    expect((await work.read(classmate.auth, theirs.id)).responses).toHaveLength(1);
    const rest = (await work.ok(REOPEN_ALL, { g: assignment.id }, teacher.auth)).reopenAttempts;
    expect(rest).toEqual([{ id: mine.id, status: "IN_PROGRESS" }]);
    expect((await work.ok(REOPEN_ALL, { g: assignment.id }, teacher.auth)).reopenAttempts).toEqual(
      [],
    );
  });

  it("closes AFTER_DUE work that was never started with a clear FORBIDDEN, and lets a student with an extension in", async () => {
    const due = at(-HOUR);
    const { teacher, assignment, student, classmate } = await setUp({
      dueAt: at(HOUR),
      feedback: "AFTER_DUE",
    });
    const early = await work.start(classmate.auth, assignment.id);
    await work.save(classmate.auth, early.id);
    await work.ok(UPDATE, { g: assignment.id, d: due }, teacher.auth);

    const refused = await work.tryStart(student.auth, assignment.id);
    expect(codeOf(refused.errors)).toBe("FORBIDDEN");
    expect(refused.errors![0]!.message).toMatch(
      /^This assignment closed on \w+day,? \d{1,2} \w+ \d{4} at \d\d:\d\d UTC\.$/,
    );
    const { rows } = await suite.database.pool.query(
      `SELECT count(*)::int AS n FROM attempts WHERE assignment_id = (SELECT assignment_id FROM attempts WHERE id = $1)`,
      [Buffer.from(early.id, "base64").toString().split(":")[1]],
    );
    expect(rows[0].n).toBe(1);
    // Someone who started before the due date gets their attempt, closed at the due date.
    expect((await work.tryStart(classmate.auth, assignment.id)).data.startAttempt).toMatchObject({
      id: early.id,
      status: "SUBMITTED",
    });

    const closed = await suite.server.gql(REOPEN, { a: early.id }, teacher.auth);
    expect(codeOf(closed.errors)).toBe("CONFLICT");
    expect(closed.errors![0]!.message).toMatch(/extend their due date first/);
    const stranger = await newTeacher(suite.server);
    const later = at(2 * HOUR);
    expect(
      await work.code(EXTEND, { g: assignment.id, s: student.id, d: later }, stranger.auth),
    ).toBe("FORBIDDEN");
    expect(
      await work.code(EXTEND, { g: assignment.id, s: student.id, d: later }, student.auth),
    ).toBe("FORBIDDEN");
    const outsider = await joinAsNewStudent(
      suite.server,
      (await newClass(suite.server, stranger.auth)).joinCode,
    );
    expect(
      await work.code(EXTEND, { g: assignment.id, s: outsider.id, d: later }, teacher.auth),
    ).toBe("NOT_FOUND");
    const extended = (
      await work.ok(EXTEND, { g: assignment.id, s: student.id, d: later }, teacher.auth)
    ).extendAssignment;
    expect(extended.extensions).toEqual([{ studentId: student.id, dueAt: later }]);
    expect((await work.ok(DUE, { g: assignment.id }, student.auth)).assignment).toEqual({
      dueAt: due,
      myDueAt: later,
    });
    expect((await work.ok(DUE, { g: assignment.id }, classmate.auth)).assignment.myDueAt).toBe(due);

    const attempt = await work.start(student.auth, assignment.id);
    expect(attempt).toMatchObject({ status: "IN_PROGRESS", dueAt: later });
    expect((await work.save(student.auth, attempt.id)).errors).toBeUndefined();
    const feedback = `query($a: ID!) { attempt(id: $a) { responses { feedback { score } } } }`;
    // Feedback waits for the student's own due date, while the classmate's has opened.
    expect(
      (await work.ok(feedback, { a: attempt.id }, student.auth)).attempt.responses[0].feedback,
    ).toBeNull();
    expect(
      (await work.ok(feedback, { a: early.id }, classmate.auth)).attempt.responses[0].feedback,
    ).not.toBeNull();
    await closeOverdueAttempts(suite.database.pool);
    expect((await work.read(student.auth, attempt.id)).status).toBe("IN_PROGRESS");
  });

  it("returns submitted work with a comment the student reads, without reopening it", async () => {
    const { teacher, assignment, student, classmate } = await setUp();
    const attempt = await work.start(student.auth, assignment.id);
    await work.save(student.auth, attempt.id);
    const comment = "Good sourcing. Look again at ¶9.";
    expect(await work.code(RETURN, { a: attempt.id, c: comment }, teacher.auth)).toBe("CONFLICT");
    await work.submit(student.auth, attempt.id);

    expect(await work.code(RETURN, { a: attempt.id, c: comment }, classmate.auth)).toBe(
      "FORBIDDEN",
    );
    expect(
      await work.code(RETURN, { a: attempt.id, c: comment }, (await newTeacher(suite.server)).auth),
    ).toBe("FORBIDDEN");
    expect(await work.code(RETURN, { a: attempt.id, c: "x".repeat(5001) }, teacher.auth)).toBe(
      "BAD_USER_INPUT",
    );
    expect((await work.read(student.auth, attempt.id)).returnedAt).toBeNull();

    const returned = (await work.ok(RETURN, { a: attempt.id, c: `  ${comment} ` }, teacher.auth))
      .returnAttempt;
    expect(returned).toMatchObject({ status: "SUBMITTED", teacherComment: comment });
    expect(await work.read(student.auth, attempt.id)).toMatchObject({
      status: "SUBMITTED",
      teacherComment: comment,
      returnedAt: returned.returnedAt,
    });
    expect(
      (await work.ok(RETURN, { a: attempt.id, c: null }, teacher.auth)).returnAttempt
        .teacherComment,
    ).toBeNull();
  });
});
