import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  assign,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import {
  PLAYER_LESSON,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const START = `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id status late assignment { id } } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { id feedback { score } } }`;
const SUBMIT = `mutation($a: ID!) { submitAttempt(attemptId: $a) { status late submittedAt score } }`;
const MINE = `query($a: ID!) { attempt(id: $a) { status score submittedAt responses { feedback { score expected { choiceIds } } } } }`;

describe.each(DATABASE_KINDS)("assignments on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
  });

  const setUp = async (options: { dueAt?: string | null; feedback?: string } = {}) => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, slug, options);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Assigned");
    return { teacher, room, assignment, student };
  };
  const firstChoice = () => items.find((i) => i.kind === "SINGLE_CHOICE")!;

  it("checks who may assign what, and defaults feedback to ON_SUBMIT", async () => {
    const teacher = await newTeacher(suite.server);
    const other = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode);
    const mutation = `mutation($c: ID!, $l: String!, $d: DateTimeISO, $f: FeedbackTiming) { assignLesson(classId: $c, lessonSlug: $l, dueAt: $d, feedback: $f) { id feedback dueAt lesson { slug } } }`;
    expect(
      (await suite.server.gql(mutation, { c: room.id, l: slug }, teacher.auth)).data.assignLesson,
    ).toMatchObject({ feedback: "ON_SUBMIT", dueAt: null, lesson: { slug } });
    const afterDue = await suite.server.gql(
      mutation,
      { c: room.id, l: slug, f: "AFTER_DUE" },
      teacher.auth,
    );
    expect(afterDue.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "dueAt",
    });
    expect(
      (await suite.server.gql(mutation, { c: room.id, l: "no-such-lesson" }, teacher.auth))
        .errors?.[0]?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "lessonSlug" });
    expect(
      codeOf((await suite.server.gql(mutation, { c: room.id, l: slug }, other.auth)).errors),
    ).toBe("FORBIDDEN");
    expect(
      codeOf((await suite.server.gql(mutation, { c: room.id, l: slug }, student.auth)).errors),
    ).toBe("FORBIDDEN");
    expect(codeOf((await suite.server.gql(mutation, { c: room.id, l: slug })).errors)).toBe(
      "UNAUTHENTICATED",
    );
    const { rows } = await suite.database.pool.query(`SELECT count(*)::int AS n FROM assignments`);
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it("ties a student's one attempt to the assignment and hides feedback until submit (ON_SUBMIT)", async () => {
    const { assignment, student, teacher } = await setUp();
    const classes = (
      await suite.server.gql(
        `{ myClasses { assignments { id feedback lesson { slug } } } }`,
        {},
        student.auth,
      )
    ).data.myClasses;
    expect(classes[0].assignments).toEqual([
      { id: assignment.id, feedback: "ON_SUBMIT", lesson: { slug } },
    ]);
    const attempt = (await suite.server.gql(START, { s: slug, a: assignment.id }, student.auth))
      .data.startAttempt;
    expect(attempt.assignment.id).toBe(assignment.id);
    const item = firstChoice();
    const saved = await suite.server.gql(
      SAVE,
      { a: attempt.id, i: item.id, x: rightAnswer(content, item), r: 1 },
      student.auth,
    );
    expect(saved.data.saveResponse.feedback).toBeNull();
    const before = (await suite.server.gql(MINE, { a: attempt.id }, student.auth)).data.attempt;
    expect(before).toMatchObject({ score: null, responses: [{ feedback: null }] });
    const teacherView = (await suite.server.gql(MINE, { a: attempt.id }, teacher.auth)).data
      .attempt;
    expect(teacherView.responses[0].feedback.expected.choiceIds).toHaveLength(1);

    const submitted = (await suite.server.gql(SUBMIT, { a: attempt.id }, student.auth)).data
      .submitAttempt;
    expect(submitted).toMatchObject({ status: "SUBMITTED", late: false });
    const after = (await suite.server.gql(MINE, { a: attempt.id }, student.auth)).data.attempt;
    expect(after.responses[0].feedback.score).toBeGreaterThan(0);
    const again = (await suite.server.gql(START, { s: slug, a: assignment.id }, student.auth)).data
      .startAttempt;
    expect(again).toMatchObject({ id: attempt.id, status: "SUBMITTED" });
  });

  it("keeps assignments to their class and their lesson", async () => {
    const { assignment } = await setUp();
    const outsider = await joinAsNewStudent(
      suite.server,
      (await newClass(suite.server, (await newTeacher(suite.server)).auth)).joinCode,
    );
    expect(
      codeOf((await suite.server.gql(START, { s: slug, a: assignment.id }, outsider.auth)).errors),
    ).toBe("NOT_FOUND");
    const { student } = await setUp();
    const wrong = await suite.server.gql(
      START,
      { s: content.lessons[1]!.slug, a: (await setUp()).assignment.id },
      student.auth,
    );
    expect(codeOf(wrong.errors)).toBe("NOT_FOUND");
    const mine = await setUp();
    const otherLesson = await suite.server.gql(
      START,
      { s: content.lessons[1]!.slug, a: mine.assignment.id },
      mine.student.auth,
    );
    expect(otherLesson.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "lessonSlug",
    });
    expect(
      (
        await suite.server.gql(
          `query($id: ID!) { assignment(id: $id) { id } }`,
          { id: mine.assignment.id },
          outsider.auth,
        )
      ).data.assignment,
    ).toBeNull();
  });

  it("marks a submission after the due date late, and still accepts it", async () => {
    const past = new Date(Date.now() - 3600_000).toISOString();
    const { assignment, student } = await setUp({ dueAt: past });
    const attempt = (await suite.server.gql(START, { s: slug, a: assignment.id }, student.auth))
      .data.startAttempt;
    const item = firstChoice();
    expect(
      (
        await suite.server.gql(
          SAVE,
          { a: attempt.id, i: item.id, x: rightAnswer(content, item), r: 1 },
          student.auth,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (await suite.server.gql(SUBMIT, { a: attempt.id }, student.auth)).data.submitAttempt,
    ).toMatchObject({ status: "SUBMITTED", late: true });
  });

  it("under AFTER_DUE submits open attempts when the due date passes and opens feedback then", async () => {
    const future = new Date(Date.now() + 3600_000).toISOString();
    const { assignment, student, teacher } = await setUp({ dueAt: future, feedback: "AFTER_DUE" });
    const attempt = (await suite.server.gql(START, { s: slug, a: assignment.id }, student.auth))
      .data.startAttempt;
    const item = firstChoice();
    await suite.server.gql(
      SAVE,
      { a: attempt.id, i: item.id, x: rightAnswer(content, item), r: 1 },
      student.auth,
    );
    expect(
      (await suite.server.gql(MINE, { a: attempt.id }, student.auth)).data.attempt.responses[0]
        .feedback,
    ).toBeNull();

    const update = `mutation($id: ID!, $d: DateTimeISO) { updateAssignment(assignmentId: $id, dueAt: $d) { dueAt feedback } }`;
    const dueNow = new Date(Date.now() - 1000).toISOString();
    expect(
      (await suite.server.gql(update, { id: assignment.id, d: dueNow }, teacher.auth)).data
        .updateAssignment.feedback,
    ).toBe("AFTER_DUE");
    const closed = (await suite.server.gql(MINE, { a: attempt.id }, student.auth)).data.attempt;
    expect(closed.status).toBe("SUBMITTED");
    expect(new Date(closed.submittedAt).getTime()).toBe(new Date(dueNow).getTime());
    expect(closed.responses[0].feedback.score).toBeGreaterThan(0);
    expect(
      codeOf(
        (
          await suite.server.gql(
            SAVE,
            { a: attempt.id, i: item.id, x: rightAnswer(content, item), r: 2 },
            student.auth,
          )
        ).errors,
      ),
    ).toBe("CONFLICT");
    const removeDue = await suite.server.gql(update, { id: assignment.id, d: null }, teacher.auth);
    expect(removeDue.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "dueAt",
    });
    const stranger = await newTeacher(suite.server);
    expect(
      codeOf(
        (await suite.server.gql(update, { id: assignment.id, d: future }, stranger.auth)).errors,
      ),
    ).toBe("FORBIDDEN");
  });
});
