import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import {
  assign,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  PLAYER_LESSON,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const MARKER = "ZEBRA-MARKER-7731 my private reasoning";
const ENTRY = "id at actorName action field oldValue newValue assignmentId studentId studentName";
const CLASS_TRAIL = `query($id: ID!, $first: Int, $before: ID) { classroom(id: $id) { auditTrail(first: $first, before: $before) { ${ENTRY} } } }`;
const ASSIGNMENT_TRAIL = `query($id: ID!) { assignment(id: $id) { auditTrail { ${ENTRY} } } }`;
const SCORE = `mutation($r: ID!, $rs: [RubricScoreInput!], $s: Float) {
  scoreResponse(responseId: $r, rubricScores: $rs, score: $s) { id } }`;

describe.each(DATABASE_KINDS)("the audit trail on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
  });

  const ok = async (query: string, variables: Record<string, unknown>, auth: object) => {
    const { data, errors } = await suite.server.gql(query, variables, auth as never);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };

  /** A class whose one student answered the exercise and a short answer with the marker text. */
  async function classWithMarkedWork() {
    const teacher = await newTeacher(suite.server, "Ms Audit");
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, slug);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Ada");
    const attemptId = (
      await ok(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignment.id },
        student.auth,
      )
    ).startAttempt.id;
    const exercise = items.find((i) => i.kind === "EXERCISE")!;
    const short = items.find((i) => i.kind === "SHORT_ANSWER")!;
    for (const item of [exercise, short])
      await ok(
        `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`,
        { a: attemptId, i: item.id, x: { ...rightAnswer(content, item), text: MARKER } },
        student.auth,
      );
    await ok(
      `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
      { a: attemptId },
      student.auth,
    );
    const responses = (
      await ok(
        `query($a: ID!) { attempt(id: $a) { responses { id itemId } } }`,
        { a: attemptId },
        teacher.auth,
      )
    ).attempt.responses;
    const responseOf = (item: ServedItem) => responses.find((r: any) => r.itemId === item.id).id;
    const rubric = (
      await ok(
        `query($s: String!) { exercise(slug: $s) { rubric { id title levels { score } } } }`,
        { s: exercise.slug },
        teacher.auth,
      )
    ).exercise.rubric;
    return {
      teacher,
      room,
      assignment,
      student,
      exerciseResponse: responseOf(exercise),
      shortResponse: responseOf(short),
      rubric,
    };
  }

  it("records each change with who, what, old and new value, newest first, for the teacher only", async () => {
    const w = await classWithMarkedWork();
    const t = w.teacher.auth;
    const low = w.rubric.map((c: any) => ({
      criterionId: c.id,
      score: Math.min(...c.levels.map((l: any) => l.score)),
    }));
    const high = w.rubric.map((c: any) => ({
      criterionId: c.id,
      score: Math.max(...c.levels.map((l: any) => l.score)),
    }));
    await ok(SCORE, { r: w.exerciseResponse, rs: low }, t);
    await ok(SCORE, { r: w.exerciseResponse, rs: high }, t);
    await ok(SCORE, { r: w.shortResponse, s: 0.5 }, t);
    const due = "2031-05-01T12:00:00.000Z";
    await ok(
      `mutation($a: ID!, $d: DateTimeISO) { updateAssignment(assignmentId: $a, dueAt: $d, feedback: AFTER_DUE) { id } }`,
      { a: w.assignment.id, d: due },
      t,
    );
    const extended = "2031-05-08T12:00:00.000Z";
    await ok(
      `mutation($a: ID!, $s: ID!, $d: DateTimeISO!) { extendAssignment(assignmentId: $a, studentId: $s, dueAt: $d) { id } }`,
      { a: w.assignment.id, s: w.student.id, d: extended },
      t,
    );
    await ok(`mutation($c: ID!) { resetJoinCode(classId: $c) { id } }`, { c: w.room.id }, t);
    const { signInCode } = (
      await ok(
        `mutation($c: ID!, $s: ID!) { resetSignInCode(classId: $c, studentId: $s) { signInCode } }`,
        { c: w.room.id, s: w.student.id },
        t,
      )
    ).resetSignInCode;
    // The new code signed the student out everywhere; they come back with it.
    const { token } = (
      await ok(
        `mutation($c: String!) { signInWithCode(signInCode: $c) { token } }`,
        { c: signInCode },
        {},
      )
    ).signInWithCode;
    w.student.auth = { authorization: `Bearer ${token}` };

    const trail = (await ok(CLASS_TRAIL, { id: w.room.id }, t)).classroom.auditTrail;
    const actions = trail.map((e: any) => e.action);
    expect(actions.slice(0, 6)).toEqual([
      "SIGN_IN_CODE_RESET",
      "JOIN_CODE_RESET",
      "STUDENT_DUE_DATE",
      "FEEDBACK_TIMING",
      "DUE_DATE",
      "SCORE",
    ]);
    expect(trail.every((e: any) => e.actorName === "Ms Audit")).toBe(true);
    const [codeReset, joinReset, extension, timing, dueDate, shortScore] = trail;
    expect(codeReset).toMatchObject({ studentId: w.student.id, studentName: "Ada" });
    expect([
      codeReset.oldValue,
      codeReset.newValue,
      joinReset.oldValue,
      joinReset.newValue,
    ]).toEqual([null, null, null, null]);
    expect(extension).toMatchObject({ oldValue: due, newValue: extended, studentName: "Ada" });
    expect(timing).toMatchObject({ oldValue: "ON_SUBMIT", newValue: "AFTER_DUE" });
    expect(dueDate).toMatchObject({ oldValue: null, newValue: due });
    expect(shortScore).toMatchObject({ newValue: "0.5", assignmentId: w.assignment.id });
    const marks = trail.filter((e: any) => e.action === "RUBRIC_MARK");
    // The first judgement sets every criterion; the second moves each one that changed.
    const moved = w.rubric.filter((_: any, i: number) => low[i].score !== high[i].score).length;
    expect(marks).toHaveLength(w.rubric.length + moved);
    for (const criterion of w.rubric)
      expect(marks.some((m: any) => m.field.endsWith(` · ${criterion.title}`))).toBe(true);
    expect(new Date(trail[0].at).getTime()).toBeGreaterThanOrEqual(
      new Date(trail.at(-1).at).getTime(),
    );

    const onAssignment = (await ok(ASSIGNMENT_TRAIL, { id: w.assignment.id }, t)).assignment
      .auditTrail;
    expect(onAssignment.map((e: any) => e.action)).not.toContain("JOIN_CODE_RESET");
    expect(onAssignment.map((e: any) => e.id)).toEqual(
      trail.filter((e: any) => e.assignmentId === w.assignment.id).map((e: any) => e.id),
    );

    // Pages: two at a time, then older ones from the last id seen.
    const first = (await ok(CLASS_TRAIL, { id: w.room.id, first: 2 }, t)).classroom.auditTrail;
    const next = (await ok(CLASS_TRAIL, { id: w.room.id, first: 2, before: first[1].id }, t))
      .classroom.auditTrail;
    expect([...first, ...next].map((e: any) => e.id)).toEqual(
      trail.slice(0, 4).map((e: any) => e.id),
    );
    const tooMany = await suite.server.gql(CLASS_TRAIL, { id: w.room.id, first: 1000 }, t);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });

    // Nobody else reads it: the student, another teacher, an anonymous caller.
    const other = await newTeacher(suite.server);
    const student = (await ok(CLASS_TRAIL, { id: w.room.id }, w.student.auth)).classroom;
    expect(student.auditTrail).toEqual([]);
    expect(
      (await ok(ASSIGNMENT_TRAIL, { id: w.assignment.id }, w.student.auth)).assignment.auditTrail,
    ).toEqual([]);
    for (const auth of [other.auth, {}]) {
      expect((await ok(CLASS_TRAIL, { id: w.room.id }, auth)).classroom).toBeNull();
      expect((await ok(ASSIGNMENT_TRAIL, { id: w.assignment.id }, auth)).assignment).toBeNull();
    }

    // The stored rows hold no answer text (nor the student's sign-in codes).
    const { rows } = await suite.database.pool.query(
      `SELECT row_to_json(a)::text AS "row" FROM audit_entries a`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(trail.length);
    const stored = rows.map((r: { row: string }) => r.row).join("\n");
    expect(stored).not.toContain("ZEBRA-MARKER-7731");
    expect(stored).not.toContain(w.student.signInCode);
    expect(stored).not.toContain(w.room.joinCode);
  });

  it("records nothing when a change is refused", async () => {
    const w = await classWithMarkedWork();
    const count = async () =>
      (await ok(CLASS_TRAIL, { id: w.room.id }, w.teacher.auth)).classroom.auditTrail.length;
    const other = await newTeacher(suite.server);
    const refused = [
      await suite.server.gql(SCORE, { r: w.shortResponse, s: 99 }, w.teacher.auth),
      await suite.server.gql(SCORE, { r: w.shortResponse, s: 1 }, other.auth),
      await suite.server.gql(SCORE, { r: w.shortResponse, s: 1 }, w.student.auth),
      await suite.server.gql(
        `mutation($a: ID!) { updateAssignment(assignmentId: $a, dueAt: null, feedback: AFTER_DUE) { id } }`,
        { a: w.assignment.id },
        w.teacher.auth,
      ),
      await suite.server.gql(
        `mutation($c: ID!) { resetJoinCode(classId: $c) { id } }`,
        { c: w.room.id },
        other.auth,
      ),
    ];
    expect(refused.map((r) => codeOf(r.errors))).toEqual([
      "BAD_USER_INPUT",
      "FORBIDDEN",
      "FORBIDDEN",
      "BAD_USER_INPUT",
      "FORBIDDEN",
    ]);
    expect(await count()).toBe(0);
  });
});
