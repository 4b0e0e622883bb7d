import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import {
  classWithWork as classWithWorkOn,
  TEACHER_VIEW,
} from "../../../support/assignment-work.js";
import { csvRecords } from "../../../support/csv.js";
import { countQueries, DATABASE_KINDS } from "../../../support/databases.js";
import { joinAsNewStudent, newTeacher } from "../../../support/classroom.js";
import {
  PLAYER_LESSON,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite, startTestServer } from "../../../support/server.js";

describe.each(DATABASE_KINDS)("reviewing a class's work on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
  });

  const classWithWork = (size: number, options?: { partial?: boolean; names?: string[] }) =>
    classWithWorkOn(suite.server, { content, slug, items }, size, options);

  it("shows the teacher every response with the key, and the review keys, to no one else", async () => {
    const { teacher, assignment, students } = await classWithWork(2);
    const view = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data
      .assignment;
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

    const asStudent = (
      await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, students[0]!.auth)
    ).data.assignment;
    expect(asStudent.review).toBeNull();
    expect(asStudent.itemStatistics).toEqual([]);
    expect(asStudent.attempts.map((a: any) => a.student.id)).toEqual([students[0]!.id]);
    expect(asStudent.classroom.students.map((s: any) => s.id)).toEqual([students[0]!.id]);
    const stranger = await newTeacher(suite.server);
    expect(
      (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, stranger.auth)).data.assignment,
    ).toBeNull();
    expect(
      (await suite.server.gql(TEACHER_VIEW, { id: assignment.id })).data.assignment,
    ).toBeNull();
  });

  it("computes one statistics entry per item, with criteria for exercises", async () => {
    const { teacher, assignment } = await classWithWork(6, { partial: true });
    const stats = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data
      .assignment.itemStatistics;
    expect(stats.map((s: any) => s.itemId)).toEqual(items.map((i) => i.id));
    const first = stats[0];
    expect(first).toMatchObject({ responses: 6, facility: 1 });
    const later = stats[2];
    expect(later.responses).toBe(2);
    expect(later.facility).toBeCloseTo(2 / 6, 3);
    const exercise = stats.find(
      (s: any) => s.itemId === items.find((i) => i.kind === "EXERCISE")!.id,
    );
    expect(exercise.criteria.length).toBeGreaterThanOrEqual(3);
    expect(exercise.criteria[0]).toMatchObject({ scored: 0, facility: null });
  });

  it("exports the class as CSV for its teacher only, one row per student, formulas neutralised", async () => {
    const { teacher, assignment, room } = await classWithWork(2, {
      names: ['=HYPERLINK("http://x")', '김민준, "MJ"'],
    });
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
    expect(lines[0]).toMatch(
      /^Student,Student ID,Status,Late,Started,Submitted,Q1 .+,Total,Max,Percentage,Teacher comments$/,
    );
    const rubricColumns = csvFields(lines[0]!).filter((title) => / rubric: /.test(title));
    expect(rubricColumns.length).toBeGreaterThanOrEqual(3);
    const exercises = items.filter((i) => i.kind === "EXERCISE").length;
    const evidence = items.filter((i) => i.kind === "EVIDENCE").length;
    expect(csvFields(lines[0]!)).toHaveLength(
      6 + items.length + rubricColumns.length + 2 * exercises + evidence + 4,
    );
    expect(lines).toHaveLength(3 + 1 + 1);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",/);
    expect(lines[2]).toMatch(/^"김민준, ""MJ""",/);
    expect(lines[3]).toMatch(new RegExp(`^Never Started,${idle.id},not started,,,,`));
    expect(lines[1]).toMatch(/,submitted,no,\d{4}-\d\d-\d\d \d\d:\d\d,\d{4}-\d\d-\d\d \d\d:\d\d,/);

    for (const headers of [{}, (await newTeacher(suite.server)).auth, idle.auth]) {
      expect((await fetch(url, { headers })).status).toBe(404);
    }
    expect(
      (
        await fetch(`${suite.server.url}/api/assignments/garbage/results.csv`, {
          headers: teacher.auth,
        })
      ).status,
    ).toBe(404);
  });

  it("exports scores to two decimals, rubric levels, percentages, comments and times in the configured zone", async () => {
    const { teacher, assignment } = await classWithWork(1);
    const view = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data
      .assignment;
    const attempt = view.attempts[0];
    const exerciseIndex = items.findIndex((i) => i.kind === "EXERCISE");
    const criteria = (
      await suite.server.gql(
        `query($s: String!) { exercise(slug: $s) { rubric { id title levels { score } } } }`,
        { s: items[exerciseIndex]!.slug },
      )
    ).data.exercise.rubric;
    const levels = criteria.map((c: any, i: number) => ({
      criterionId: c.id,
      score: c.levels[Math.min(i + 1, c.levels.length - 1)].score,
    }));
    const SCORE = `mutation($r: ID!, $rs: [RubricScoreInput!], $s: Float, $c: String) {
      scoreResponse(responseId: $r, rubricScores: $rs, score: $s, comment: $c) { id } }`;
    for (const response of attempt.responses.filter((r: any) => r.feedback.needsReview)) {
      const vars =
        response.itemId === items[exerciseIndex]!.id
          ? { rs: levels, c: 'Good "evidence",\nweak claim.' }
          : { s: response.feedback.maxScore / 3 };
      const { errors } = await suite.server.gql(SCORE, { r: response.id, ...vars }, teacher.auth);
      expect(errors).toBeUndefined();
    }
    const done = (
      await suite.server.gql(
        `query($id: ID!) { attempt(id: $id) { score maxScore startedAt submittedAt } }`,
        { id: attempt.id },
        teacher.auth,
      )
    ).data.attempt;
    expect(done.score).not.toBeNull();

    const seoul = await startTestServer(suite.database.pool, {
      prepare: false,
      settings: { csvTimeZone: "Asia/Seoul" },
    });
    try {
      const url = `${seoul.url}/api/assignments/${assignment.id}/results.csv`;
      const text = (await (await fetch(url, { headers: teacher.auth })).text()).replace(
        /^\uFEFF/,
        "",
      );
      const [header, row] = text.split("\r\n").map(csvFields);
      const cell = (title: string | RegExp) =>
        row![header!.findIndex((h) => (typeof title === "string" ? h === title : title.test(h)))];
      // Times to the minute in Asia/Seoul (UTC+9, no daylight saving).
      const seoulMinute = (iso: string) =>
        new Date(new Date(iso).getTime() + 9 * 3600_000)
          .toISOString()
          .slice(0, 16)
          .replace("T", " ");
      expect(cell("Started")).toBe(seoulMinute(done.startedAt));
      expect(cell("Submitted")).toBe(seoulMinute(done.submittedAt));
      expect(cell("Late")).toBe("no");
      // Every number has at most two decimals; a third of a point shows as 0.33 or 0.67.
      const numbers = row!.filter((c) => /^-?[\d.]+(e-?\d+)?$/.test(c));
      expect(numbers.length).toBeGreaterThan(items.length);
      for (const n of numbers) expect(n).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(row!.some((c) => c === "0.33" || c === "0.67")).toBe(true);
      expect(Number(cell("Total"))).toBe(done.score);
      expect(Number(cell("Max"))).toBe(done.maxScore);
      expect(Number(cell("Percentage"))).toBe(
        Math.round((done.score / done.maxScore) * 10000) / 100,
      );
      // The rubric: each criterion's level score, beside the exercise's column.
      const q = `Q${exerciseIndex + 1}`;
      criteria.forEach((c: any, i: number) => {
        expect(Number(cell(`${q} rubric: ${c.title}`))).toBe(levels[i].score);
        expect(header!.indexOf(`${q} rubric: ${c.title}`)).toBe(
          header!.findIndex((h) => h.startsWith(`${q} `)) + 1 + i,
        );
      });
      expect(cell("Teacher comments")).toBe(`"${q}: Good ""evidence"",\nweak claim."`);
    } finally {
      await seoul.close();
    }
  });

  it("quotes the passages each student chose and the claim their exercise took", async () => {
    const { teacher, assignment } = await classWithWork(1);
    const csv = await fetch(`${suite.server.url}/api/assignments/${assignment.id}/results.csv`, {
      headers: teacher.auth,
    });
    const [header, row] = csvRecords(await csv.text());
    const cell = (title: string) => row![header!.indexOf(title)]!;
    const paragraphs = new Map<number, string>(
      (
        await suite.server.gql(
          `query($s: String!) { lesson(slug: $s) { document { paragraphs { number text } } } }`,
          { s: slug },
        )
      ).data.lesson.document.paragraphs.map((p: any) => [p.number, p.text]),
    );
    const quoting = items.flatMap((item, i) =>
      item.kind === "EVIDENCE" || item.kind === "EXERCISE" ? [{ item, i }] : [],
    );
    expect(quoting.length).toBeGreaterThanOrEqual(2);
    for (const { item, i } of quoting) {
      const chosen = rightAnswer(content, item).evidence as Array<{
        paragraphNumber: number;
        start: number;
        end: number;
      }>;
      const passages = cell(`Q${i + 1} passages`).split("\n");
      expect(passages).toHaveLength(chosen.length);
      passages.forEach((passage, n) => {
        const [, number, quote] = /^¶(\d+) "(.+)"$/s.exec(passage) ?? [];
        expect(Number(number)).toBe(chosen[n]!.paragraphNumber);
        const words = paragraphs
          .get(chosen[n]!.paragraphNumber)!
          .slice(chosen[n]!.start, chosen[n]!.end);
        expect(words.replace(/\s+/g, " ").trim()).toContain(quote!.replace(/…$/, ""));
      });
      if (item.kind === "EXERCISE")
        expect(cell(`Q${i + 1} claim`)).toBe(item.claims![0]?.text ?? "Own claim: My own claim.");
    }
  });

  it("reads the teacher's whole assignment view in the same number of SQL round trips for 1, 10 and 100 students", async () => {
    const counts: number[] = [];
    for (const size of [1, 10, 100]) {
      const { teacher, assignment } = await classWithWork(size, { partial: true });
      await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth); // fills the per-version caches
      const { result, queries } = await countQueries(suite.database.pool, () =>
        suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.assignment.attempts).toHaveLength(size);
      counts.push(queries);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(20);
  }, 240_000);
});

/** The fields of one RFC 4180 line. */
function csvFields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .filter((m) => m.index! < line.length || m[1] !== "")
    .map((m) => m[1]!);
}
