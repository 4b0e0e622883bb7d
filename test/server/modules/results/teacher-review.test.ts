import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import { countQueries, createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../../../support/databases.js";
import { assign, type Auth, codeOf, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { PLAYER_LESSON, rightAnswer, servedItems, type ServedItem } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite, startTestServer, type TestServer } from "../../../support/server.js";

const TEACHER_VIEW = /* GraphQL */ `query($id: ID!) { assignment(id: $id) {
  id dueAt feedback classroom { name students { id displayName signInCode } }
  attempts { id status score maxScore late student { id displayName signInCode }
    responses { id itemId revision answer { choiceIds text evidence { paragraphNumber start end } claimId }
      feedback { correct score maxScore message needsReview rubricScores { criterionId score } teacherComment expected { choiceIds evidence { paragraphNumber } } } } }
  itemStatistics { itemId prompt responses facility discrimination criteria { criterionId title scored facility } }
  review { items { itemId kind prompt points explanation choices { choiceId text correct explanation } order { id text }
    pairs { left { text } right { text } explanation } acceptedAnswers targets { paragraphNumber start end quote note }
    exemplars { title claim levels { criterionId score } text commentary } } }
} }`;
const SCORE = `mutation($r: ID!, $rs: [RubricScoreInput!], $s: Float, $c: String) {
  scoreResponse(responseId: $r, rubricScores: $rs, score: $s, comment: $c) { id feedback { score needsReview rubricScores { criterionId score } teacherComment } } }`;

describe.each(DATABASE_KINDS)("reviewing and grading on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
  });

  /** A class of `size` students; each answers every item rightly (or only the first, if `partial`) and submits. */
  async function classWithWork(size: number, options: { partial?: boolean; names?: string[] } = {}) {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, slug);
    const students: Array<{ auth: Auth; id: string }> = [];
    for (let n = 0; n < size; n++) {
      const student = await joinAsNewStudent(suite.server, room.joinCode, options.names?.[n] ?? `Student ${n + 1}`);
      students.push(student);
      const attemptId = (await suite.server.gql(`mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`, { s: slug, a: assignment.id }, student.auth)).data.startAttempt.id;
      const chosen = options.partial ? items.slice(0, 1 + (n % 3)) : items;
      for (const item of chosen) {
        await suite.server.gql(`mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`, {
          a: attemptId, i: item.id, x: rightAnswer(content, item),
        }, student.auth);
      }
      await suite.server.gql(`mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`, { a: attemptId }, student.auth);
    }
    return { teacher, room, assignment, students };
  }

  it("shows the teacher every response with the key, and the review keys, to no one else", async () => {
    const { teacher, assignment, students } = await classWithWork(2);
    const view = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data.assignment;
    expect(view.attempts).toHaveLength(2);
    expect(view.attempts[0].student.signInCode).toMatch(/-/);
    expect(view.attempts[0].responses).toHaveLength(items.length);
    const review = view.review.items;
    expect(review.map((r: any) => r.itemId)).toEqual(items.map((i) => i.id));
    const choice = review.find((r: any) => r.kind === "SINGLE_CHOICE");
    expect(choice.choices.filter((c: any) => c.correct)).toHaveLength(1);
    expect(choice.choices.every((c: any) => c.explanation.length > 0)).toBe(true);
    const exercise = review.find((r: any) => r.kind === "EXERCISE");
    expect(exercise.targets.length).toBeGreaterThan(0);
    expect(exercise.exemplars.length).toBeGreaterThanOrEqual(2);

    const asStudent = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, students[0]!.auth)).data.assignment;
    expect(asStudent.review).toBeNull();
    expect(asStudent.itemStatistics).toEqual([]);
    expect(asStudent.attempts.map((a: any) => a.student.id)).toEqual([students[0]!.id]);
    expect(asStudent.classroom.students.map((s: any) => s.id)).toEqual([students[0]!.id]);
    const stranger = await newTeacher(suite.server);
    expect((await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, stranger.auth)).data.assignment).toBeNull();
    expect((await suite.server.gql(TEACHER_VIEW, { id: assignment.id })).data.assignment).toBeNull();
  });

  it("scores exercises by the rubric and short answers by points, checking every score", async () => {
    const { teacher, assignment, students } = await classWithWork(1);
    const view = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data.assignment;
    const exerciseId = items.find((i) => i.kind === "EXERCISE")!.id;
    const response = view.attempts[0].responses.find((r: any) => r.itemId === exerciseId);
    const criteria = (await suite.server.gql(`query($s: String!) { exercise(slug: $s) { rubric { id levels { score } } } }`, { s: items.find((i) => i.kind === "EXERCISE")!.slug })).data.exercise.rubric;
    const top = criteria.map((c: any) => ({ criterionId: c.id, score: Math.max(...c.levels.map((l: any) => l.score)) }));
    const bad: Array<[string, Record<string, unknown>, string]> = [
      ["missing criterion", { rs: top.slice(1) }, "rubricScores"],
      ["level off the scale", { rs: [{ ...top[0], score: 99 }, ...top.slice(1)] }, "rubricScores[0].score"],
      ["unknown criterion", { rs: [{ criterionId: "bm9wZQ", score: 1 }, ...top.slice(1)] }, "rubricScores[0].criterionId"],
      ["a plain score for an exercise", { rs: top, s: 3 }, "score"],
    ];
    for (const [what, vars, field] of bad) {
      const { errors } = await suite.server.gql(SCORE, { r: response.id, ...vars }, teacher.auth);
      expect(errors?.[0]?.extensions, what).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(codeOf((await suite.server.gql(SCORE, { r: response.id, rs: top }, students[0]!.auth)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await suite.server.gql(SCORE, { r: response.id, rs: top }, (await newTeacher(suite.server)).auth)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await suite.server.gql(SCORE, { r: response.id, rs: top })).errors)).toBe("UNAUTHENTICATED");

    const scored = (await suite.server.gql(SCORE, { r: response.id, rs: top, c: "Well argued." }, teacher.auth)).data.scoreResponse;
    expect(scored.feedback).toMatchObject({ needsReview: false, teacherComment: "Well argued." });
    expect(scored.feedback.score).toBe(response.feedback.maxScore);
    const rescored = (await suite.server.gql(SCORE, { r: response.id, rs: top.map((t: any) => ({ ...t, score: 1 })) }, teacher.auth)).data.scoreResponse;
    expect(rescored.feedback.score).toBeLessThan(scored.feedback.score);

    const pending = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data.assignment.attempts[0].responses.filter((r: any) => r.feedback.needsReview);
    for (const open of pending) {
      const tooMuch = await suite.server.gql(SCORE, { r: open.id, s: open.feedback.maxScore + 1 }, teacher.auth);
      expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "score" });
      await suite.server.gql(SCORE, { r: open.id, s: open.feedback.maxScore }, teacher.auth);
    }
    const done = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data.assignment.attempts[0];
    expect(done.score).not.toBeNull();
    const mine = (await suite.server.gql(`query($id: ID!) { attempt(id: $id) { score } }`, { id: done.id }, students[0]!.auth)).data.attempt;
    expect(mine.score).toBe(done.score);
  });

  it("computes one statistics entry per item, with criteria for exercises", async () => {
    const { teacher, assignment } = await classWithWork(6, { partial: true });
    const stats = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data.assignment.itemStatistics;
    expect(stats.map((s: any) => s.itemId)).toEqual(items.map((i) => i.id));
    const first = stats[0];
    expect(first).toMatchObject({ responses: 6, facility: 1 });
    const later = stats[2];
    expect(later.responses).toBe(2);
    expect(later.facility).toBeCloseTo(2 / 6, 3);
    const exercise = stats.find((s: any) => s.itemId === items.find((i) => i.kind === "EXERCISE")!.id);
    expect(exercise.criteria.length).toBeGreaterThanOrEqual(3);
    expect(exercise.criteria[0]).toMatchObject({ scored: 0, facility: null });
  });

  it("exports the class as CSV for its teacher only, one row per student, formulas neutralised", async () => {
    const { teacher, assignment, room } = await classWithWork(2, { names: ["=HYPERLINK(\"http://x\")", "김민준, \"MJ\""] });
    const idle = await joinAsNewStudent(suite.server, room.joinCode, "Never Started");
    const url = `${suite.server.url}/api/assignments/${assignment.id}/results.csv`;
    const response = await fetch(url, { headers: teacher.auth });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toMatch(/^Student,Student ID,Status,Started,Submitted,Q1 .+,Total,Max$/);
    expect(csvFields(lines[0]!)).toHaveLength(5 + items.length + 2);
    expect(lines).toHaveLength(3 + 1 + 1);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",/);
    expect(lines[2]).toMatch(/^"김민준, ""MJ""",/);
    expect(lines[3]).toMatch(new RegExp(`^Never Started,${idle.id},not started,,,`));
    expect(lines[1]).toMatch(/,submitted,\d{4}-\d\d-\d\dT[^,]+Z,\d{4}-\d\d-\d\dT[^,]+Z,/);

    for (const headers of [{}, (await newTeacher(suite.server)).auth, idle.auth]) {
      expect((await fetch(url, { headers })).status).toBe(404);
    }
    expect((await fetch(`${suite.server.url}/api/assignments/garbage/results.csv`, { headers: teacher.auth })).status).toBe(404);
  });

  it("reads the teacher's whole assignment view in the same number of SQL round trips for 1, 10 and 100 students", async () => {
    const counts: number[] = [];
    for (const size of [1, 10, 100]) {
      const { teacher, assignment } = await classWithWork(size, { partial: true });
      await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth); // fills the per-version caches
      const { result, queries } = await countQueries(suite.database.pool, () => suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth));
      expect(result.errors).toBeUndefined();
      expect(result.data.assignment.attempts).toHaveLength(size);
      counts.push(queries);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(20);
  }, 240_000);
});

describe("cross-origin calls", () => {
  let database: TestDatabase;
  afterAll(() => database?.close());

  it("are same-origin by default, and open only to the origins named in CORS_ORIGINS", async () => {
    database = await createTestDatabase("pglite");
    const plain = await startTestServer(database.pool);
    const preflight = (server: TestServer, origin: string) =>
      fetch(`${server.url}/graphql`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
    expect((await preflight(plain, "https://school.example")).headers.get("access-control-allow-origin")).toBeNull();
    await plain.close();
    const open = await startTestServer(database.pool, { prepare: false, corsOrigins: ["https://school.example"] });
    const allowed = await preflight(open, "https://school.example");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://school.example");
    expect((await preflight(open, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    await open.close();
  });
});

/** The fields of one RFC 4180 line. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m.index! < line.length || m[1] !== "").map((m) => m[1]!);
}
