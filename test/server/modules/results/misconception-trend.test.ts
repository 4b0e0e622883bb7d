// The misconceptions rising in a class now, over HTTP on both databases: each student's current
// answer (as the live grid shows it) and the time of the save that produced it, within the window
// against before it; the class's teacher only; a fixed number of SQL statements.
import { beforeAll, describe, expect, it } from "vitest";
import { decodeId } from "../../../../server/src/core/ids.js";
import {
  assign,
  type Auth,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { countQueries, DATABASE_KINDS } from "../../../support/databases.js";
import { misconceptionLesson } from "../../../support/misconception-answers.js";
import { serveForSuite } from "../../../support/server.js";

const RISING = /* GraphQL */ `
  query ($id: ID!, $minutes: Int) {
    assignment(id: $id) {
      risingMisconceptions(minutes: $minutes) {
        misconception {
          id
          name
          belief
          reteach
        }
        recentStudentCount
        recentStudents {
          studentId
          name
        }
        earlierStudentCount
        items {
          itemId
          number
          studentCount
          students {
            name
          }
        }
        since
      }
    }
  }
`;

describe.each(DATABASE_KINDS)("the misconceptions rising in a class on %s", (kind) => {
  const suite = serveForSuite(kind);
  let lesson: Awaited<ReturnType<typeof misconceptionLesson>>;
  beforeAll(async () => {
    lesson = await misconceptionLesson(suite.server);
  });

  const risingOf = async (id: string, auth?: Auth, minutes?: number) =>
    (await suite.server.gql(RISING, { id, minutes }, auth)).data.assignment?.risingMisconceptions;
  const summary = (rising: any[]) =>
    rising.map((r) => [
      r.misconception.id,
      r.recentStudents.map((s: any) => s.name),
      r.earlierStudentCount,
    ]);
  /** Moves the time of a student's saves back, as if they had answered `minutes` ago. */
  const answeredAgo = (student: { id: string }, minutes: number) =>
    suite.database.pool.query(
      `UPDATE responses r SET saved_at = now() - make_interval(mins => $2::int)
         FROM attempts a WHERE a.id = r.attempt_id AND a.student_id = $1`,
      [decodeId("User", student.id), minutes],
    );

  async function classroom(feedback?: string) {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, lesson.slug, {
      ...(feedback && { feedback }),
    });
    const student = (name: string) => lesson.student(room.joinCode, name, assignment.id);
    return { teacher, room, assignment, student };
  }

  it("follows saves into and out of the window: rising while more students show it now than before", async () => {
    const { teacher, assignment, student } = await classroom();
    const { answers } = lesson;
    const ana = await student("Ana");
    await ana.save("src-author", answers.kim());
    await ana.save("src-sic-november", answers.bracketsByHand());
    await answeredAgo(ana, 10);
    expect(await risingOf(assignment.id, teacher.auth)).toEqual([]);

    const ben = await student("Ben");
    await ben.save("src-author", answers.kim());
    // One student now against one before: not rising yet.
    expect(await risingOf(assignment.id, teacher.auth)).toEqual([]);
    const cai = await student("Cai");
    await cai.save("src-author", answers.kim());
    const rising = await risingOf(assignment.id, teacher.auth);
    expect(summary(rising)).toEqual([["speaker-is-author", ["Ben", "Cai"], 1]]);
    const [top] = rising;
    expect(top.misconception.name).toBe("The speaker is the author");
    expect(top.misconception.reteach.length).toBeGreaterThan(20);
    expect(top.recentStudentCount).toBe(2);
    expect(top.recentStudents.map((s: any) => s.studentId)).toEqual([ben.id, cai.id]);
    expect(top.items).toEqual([
      {
        itemId: lesson.served("src-author").id,
        number: lesson.items.indexOf(lesson.served("src-author")) + 1,
        studentCount: 2,
        students: [{ name: "Ben" }, { name: "Cai" }],
      },
    ]);
    const since = new Date(top.since).getTime();
    expect(Math.abs(since - (Date.now() - 5 * 60_000))).toBeLessThan(60_000);

    // A wider window takes Ana's answers in: all three now, and her other misconception too.
    expect(summary(await risingOf(assignment.id, teacher.auth, 15))).toEqual([
      ["speaker-is-author", ["Ana", "Ben", "Cai"], 0],
      ["brackets-are-1957-handwriting", ["Ana"], 0],
    ]);

    // Ben puts it right: his current answer no longer shows it, so it is one against one again.
    await ben.save(
      "src-author",
      { choiceIds: [lesson.option("src-author", "choices", "puzanov")] },
      2,
    );
    expect(await risingOf(assignment.id, teacher.auth)).toEqual([]);
    // Two new students with the brackets misreading: it rises; then their saves age out of it.
    const dee = await student("Dee");
    await dee.save("src-sic-november", answers.bracketsByHand());
    const eve = await student("Eve");
    await eve.save("src-sic-november", answers.bracketsByHand());
    await eve.submit();
    expect(summary(await risingOf(assignment.id, teacher.auth))).toEqual([
      ["brackets-are-1957-handwriting", ["Dee", "Eve"], 1],
    ]);
    for (const s of [cai, dee, eve]) await answeredAgo(s, 6);
    expect(await risingOf(assignment.id, teacher.auth)).toEqual([]);
  });

  it("in tries mode reads a checked answer, not a draft waiting for its check", async () => {
    const { teacher, assignment, student } = await classroom("IMMEDIATE");
    const fay = await student("Fay");
    await fay.save("src-author", lesson.answers.kim());
    expect(await risingOf(assignment.id, teacher.auth)).toEqual([]);
    await fay.check("src-author");
    expect(summary(await risingOf(assignment.id, teacher.auth))).toEqual([
      ["speaker-is-author", ["Fay"], 0],
    ]);
  });

  it("is the class's teacher's alone: refused from outside, empty to the class's students", async () => {
    const { teacher, assignment, student } = await classroom();
    const gus = await student("Gus");
    await gus.save("src-author", lesson.answers.kim());
    expect(await risingOf(assignment.id, teacher.auth)).toHaveLength(1);

    expect(await risingOf(assignment.id, gus.auth)).toEqual([]);
    const otherTeacher = await newTeacher(suite.server);
    const otherRoom = await newClass(suite.server, otherTeacher.auth);
    const outsider = await joinAsNewStudent(suite.server, otherRoom.joinCode, "Hal");
    for (const auth of [otherTeacher.auth, outsider.auth, undefined]) {
      const { data, errors } = await suite.server.gql(RISING, { id: assignment.id }, auth);
      expect(data?.assignment ?? null).toBeNull();
      expect(JSON.stringify({ data, errors })).not.toContain("speaker-is-author");
    }

    for (const minutes of [0, 61]) {
      const { errors } = await suite.server.gql(
        RISING,
        { id: assignment.id, minutes },
        teacher.auth,
      );
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("reads the trend in a fixed number of SQL statements whatever the class size", async () => {
    const counts: number[] = [];
    for (const size of [1, 8]) {
      const { teacher, assignment, student } = await classroom();
      for (let i = 0; i < size; i++)
        await (await student(`Student ${i}`)).save("src-author", lesson.answers.kim());
      await risingOf(assignment.id, teacher.auth);
      const { result, queries } = await countQueries(suite.database.pool, () =>
        suite.server.gql(RISING, { id: assignment.id }, teacher.auth),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.assignment.risingMisconceptions[0].recentStudentCount).toBe(size);
      counts.push(queries);
    }
    expect(counts[0]).toBe(counts[1]);
  }, 120_000);
});
