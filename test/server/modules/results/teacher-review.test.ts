import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import {
  classWithWork as classWithWorkOn,
  TEACHER_VIEW,
} from "../../../support/assignment-work.js";
import { countQueries, DATABASE_KINDS } from "../../../support/databases.js";
import { joinAsNewStudent, newTeacher } from "../../../support/classroom.js";
import { PLAYER_LESSON, servedItems, type ServedItem } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

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
    expect(
      (
        await fetch(`${suite.server.url}/api/assignments/garbage/results.csv`, {
          headers: teacher.auth,
        })
      ).status,
    ).toBe(404);
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
