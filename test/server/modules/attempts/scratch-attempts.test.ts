// "Try as a student": a teacher's scratch attempt runs as a student's practice does (saving,
// checking in tries mode, feedback, submitting) but never counts: it is in no class's results,
// statistics, CSV or roster, and only that teacher may see or change it. Over HTTP on both databases.
import { beforeAll, describe, expect, it } from "vitest";
import {
  loadContent,
  type LoadedContent,
} from "../../../../server/src/content/lessons/load-content.js";
import { buildAppSchema } from "../../../../server/src/app/schema.js";
import {
  assign,
  type Auth,
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

const SCRATCH = `mutation($s: String!, $f: Boolean) { startScratchAttempt(lessonSlug: $s, fresh: $f) {
  id status scratch assignment { id } responses { itemId } } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
  saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { itemId feedback { correct score } } }`;
const CHECK = `mutation($a: ID!, $i: ID!, $r: Int!) {
  checkResponse(attemptId: $a, itemId: $i, revision: $r) { triesUsed locked feedback { correct score } } }`;
const SUBMIT = `mutation($a: ID!) { submitAttempt(attemptId: $a) { status score autoScore scratch } }`;
const ATTEMPT = `query($a: ID!) { attempt(id: $a) { id scratch responses { itemId } } }`;
const CLASS_VIEW = `query($id: ID!, $c: ID!) {
  assignment(id: $id) { attempts { id scratch student { id } } itemStatistics { itemId responses } }
  classroom(id: $c) { students { id } } }`;

describe.each(DATABASE_KINDS)("a teacher's scratch attempt on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let slug: string;
  let items: ServedItem[];
  let choice: ServedItem;

  const call = async (query: string, variables: Record<string, unknown>, auth: Auth) => {
    const { data, errors } = await suite.server.gql(query, variables, auth);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
    choice = items.find((item) => item.kind === "SINGLE_CHOICE")!;
  });

  /** A class with one student who answered the choice question of an IMMEDIATE assignment. */
  async function classWithStudentWork() {
    const teacher = await newTeacher(suite.server, "Ms Tryout");
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Student S");
    const assignment = await assign(suite.server, teacher.auth, room.id, slug, {
      feedback: "IMMEDIATE",
    });
    const attemptId = (
      await call(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignment.id },
        student.auth,
      )
    ).startAttempt.id as string;
    await call(
      SAVE,
      { a: attemptId, i: choice.id, x: rightAnswer(content, choice), r: 1 },
      student.auth,
    );
    return { teacher, room, student, assignment, attemptId };
  }

  it("saves, checks as in tries mode, shows feedback and submits like a student's work, and is in none of the class's results", async () => {
    const { teacher, room, student, assignment } = await classWithStudentWork();
    const scratch = (await call(SCRATCH, { s: slug, f: true }, teacher.auth)).startScratchAttempt;
    expect(scratch).toMatchObject({
      status: "IN_PROGRESS",
      scratch: true,
      assignment: null,
      responses: [],
    });

    const saved = (
      await call(
        SAVE,
        { a: scratch.id, i: choice.id, x: rightAnswer(content, choice), r: 1 },
        teacher.auth,
      )
    ).saveResponse;
    // Tries mode, as a student's practice: the save alone says nothing; the check does.
    expect(saved.feedback).toBeNull();
    const checked = (await call(CHECK, { a: scratch.id, i: choice.id, r: 1 }, teacher.auth))
      .checkResponse;
    expect(checked).toEqual({ triesUsed: 1, locked: true, feedback: { correct: true, score: 1 } });
    const submitted = (await call(SUBMIT, { a: scratch.id }, teacher.auth)).submitAttempt;
    expect(submitted).toMatchObject({ status: "SUBMITTED", scratch: true, autoScore: 1 });

    const view = await call(CLASS_VIEW, { id: assignment.id, c: room.id }, teacher.auth);
    expect(view.assignment.attempts.map((a: any) => a.student.id)).toEqual([student.id]);
    expect(view.assignment.attempts.every((a: any) => a.scratch === false)).toBe(true);
    expect(view.assignment.itemStatistics.find((s: any) => s.itemId === choice.id).responses).toBe(
      1,
    );
    expect(view.classroom.students.map((s: any) => s.id)).toEqual([student.id]);

    const csv = await fetch(`${suite.server.url}/api/assignments/${assignment.id}/results.csv`, {
      headers: teacher.auth,
    });
    expect(csv.status).toBe(200);
    const rows = (await csv.text()).trim().split("\r\n");
    expect(rows).toHaveLength(2);
    expect(rows.join("\n")).not.toContain("Ms Tryout");
    // Nor in the student's own view.
    const mine = await call(`{ myAttempts { id } }`, {}, student.auth);
    expect(mine.myAttempts.map((a: any) => a.id)).not.toContain(scratch.id);
  });

  it("resumes the latest without fresh; fresh replaces it with an empty one", async () => {
    const teacher = await newTeacher(suite.server);
    const first = (await call(SCRATCH, { s: slug, f: null }, teacher.auth)).startScratchAttempt;
    await call(
      SAVE,
      { a: first.id, i: choice.id, x: rightAnswer(content, choice), r: 1 },
      teacher.auth,
    );
    const again = (await call(SCRATCH, { s: slug }, teacher.auth)).startScratchAttempt;
    expect(again.id).toBe(first.id);
    expect(again.responses.map((r: any) => r.itemId)).toEqual([choice.id]);
    await call(SUBMIT, { a: first.id }, teacher.auth);
    expect((await call(SCRATCH, { s: slug }, teacher.auth)).startScratchAttempt).toMatchObject({
      id: first.id,
      status: "SUBMITTED",
    });
    const fresh = (await call(SCRATCH, { s: slug, f: true }, teacher.auth)).startScratchAttempt;
    expect(fresh.id).not.toBe(first.id);
    expect(fresh).toMatchObject({ status: "IN_PROGRESS", responses: [] });
    expect((await call(ATTEMPT, { a: first.id }, teacher.auth)).attempt).toBeNull();
    expect((await call(ATTEMPT, { a: fresh.id }, teacher.auth)).attempt.scratch).toBe(true);
  });

  it("refuses everyone but its teacher, and the teacher anywhere but in it", async () => {
    const { teacher, student, attemptId } = await classWithStudentWork();
    const other = await newTeacher(suite.server);
    const scratch = (await call(SCRATCH, { s: slug, f: true }, teacher.auth)).startScratchAttempt;
    const save = (a: string, auth: Auth, r = 5) =>
      suite.server.gql(SAVE, { a, i: choice.id, x: rightAnswer(content, choice), r }, auth);

    for (const [who, auth, code] of [
      ["anonymous", {}, "UNAUTHENTICATED"],
      ["the student", student.auth, "FORBIDDEN"],
      ["another teacher", other.auth, "FORBIDDEN"],
    ] as const) {
      expect(codeOf((await save(scratch.id, auth)).errors), who).toBe(code);
      expect(codeOf((await suite.server.gql(SUBMIT, { a: scratch.id }, auth)).errors), who).toBe(
        code,
      );
      expect(
        (await suite.server.gql(ATTEMPT, { a: scratch.id }, auth)).data?.attempt ?? null,
      ).toBeNull();
    }
    expect((await call(ATTEMPT, { a: scratch.id }, teacher.auth)).attempt.responses).toEqual([]);

    // The teacher still may not answer or submit a student's work, nor start a real attempt.
    expect(codeOf((await save(attemptId, teacher.auth)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await suite.server.gql(SUBMIT, { a: attemptId }, teacher.auth)).errors)).toBe(
      "FORBIDDEN",
    );
    const studentView = await call(
      `query($a: ID!) { attempt(id: $a) { status responses { revision } } }`,
      { a: attemptId },
      student.auth,
    );
    expect(studentView.attempt).toEqual({ status: "IN_PROGRESS", responses: [{ revision: 1 }] });
    const real = await suite.server.gql(
      `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
      { s: slug },
      teacher.auth,
    );
    expect(codeOf(real.errors)).toBe("FORBIDDEN");

    expect(codeOf((await suite.server.gql(SCRATCH, { s: slug }, student.auth)).errors)).toBe(
      "FORBIDDEN",
    );
    expect(codeOf((await suite.server.gql(SCRATCH, { s: slug }, {})).errors)).toBe(
      "UNAUTHENTICATED",
    );
    expect(
      codeOf((await suite.server.gql(SCRATCH, { s: "no-such-lesson" }, teacher.auth)).errors),
    ).toBe("NOT_FOUND");
  });

  it("serves the teacher guide's timings and misconceptions on lessonKey only", async () => {
    const teacher = await newTeacher(suite.server);
    const key = (
      await call(
        `query($s: String!) { lessonKey(slug: $s) { totalMinutes steps { stepId position title minutes } items { itemId misconceptions } } }`,
        { s: slug },
        teacher.auth,
      )
    ).lessonKey;
    const lesson = content.lessons[0]!;
    expect(key.totalMinutes).toBe(lesson.estimatedMinutes);
    expect(key.steps.map((s: any) => [s.position, s.title, s.minutes])).toEqual(
      lesson.steps.map((s) => [s.position, s.title, s.minutes]),
    );
    expect(key.items.map((i: any) => i.itemId)).toEqual(items.map((i) => i.id));
    const reflections = new Set(items.filter((i) => i.kind === "REFLECTION").map((i) => i.id));
    for (const item of key.items)
      expect(item.misconceptions.length > 0).toBe(!reflections.has(item.itemId));

    const schema = await buildAppSchema();
    const holders = (field: string) =>
      Object.values(schema.getTypeMap())
        .filter((type) => "getFields" in type && !type.name.startsWith("__"))
        .filter((type) => field in (type as any).getFields())
        .map((type) => type.name);
    // The item's free-text misreadings are on the review only; Query.misconceptions is the public
    // catalogue (no item links) and Assignment.misconceptions the teacher's ranking.
    expect(holders("misconceptions").sort()).toEqual(["Assignment", "ItemReview", "Query"]);
    expect(holders("minutes")).toEqual(["StepTiming"]);
  });
});
