// The misconceptions a class showed, over HTTP on both databases: ranked by distinct students
// from the answers that count (submitted; checked in tries mode), teacher only, in the review and
// as CSV; the catalogue is public.
import { beforeAll, describe, expect, it } from "vitest";
import { classWithWork } from "../../../support/assignment-work.js";
import { assign, type Auth, newClass, newTeacher } from "../../../support/classroom.js";
import { countQueries, DATABASE_KINDS } from "../../../support/databases.js";
import {
  MISCONCEPTION_LESSON,
  misconceptionLesson,
} from "../../../support/misconception-answers.js";
import { serveForSuite } from "../../../support/server.js";

const MISCONCEPTIONS = /* GraphQL */ `
  query ($id: ID!) {
    assignment(id: $id) {
      misconceptions {
        misconception {
          id
          name
          belief
          habit
          reteach
        }
        studentCount
        students {
          studentId
          name
        }
        items {
          itemId
          number
          prompt
          studentCount
          students {
            name
          }
        }
      }
    }
  }
`;

describe.each(DATABASE_KINDS)("a class's misconceptions on %s", (kind) => {
  const suite = serveForSuite(kind);
  let lesson: Awaited<ReturnType<typeof misconceptionLesson>>;
  const slug = MISCONCEPTION_LESSON;

  beforeAll(async () => {
    lesson = await misconceptionLesson(suite.server);
  });

  const misconceptionsOf = async (id: string, auth?: Auth) =>
    (await suite.server.gql(MISCONCEPTIONS, { id }, auth)).data.assignment?.misconceptions;

  it("ranks them by the students whose submitted answers picked a tagged distractor, for the teacher only", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, slug);
    const ana = await lesson.student(room.joinCode, "Ana", assignment.id);
    await ana.save("src-author", lesson.answers.kim());
    await ana.save("src-sic-november", lesson.answers.bracketsByHand());
    await ana.save("src-conversation-date", lesson.answers.recordDate());
    await ana.submit();
    const ben = await lesson.student(room.joinCode, "Ben", assignment.id);
    await ben.save("src-author", lesson.answers.kim());
    await ben.save("src-conversation-date", lesson.answers.rightDate());
    await ben.save("src-recipients-offices", lesson.answers.zakharovGuess());
    await ben.save("src-chain-order", lesson.answers.translationFirst());
    await ben.submit();
    const cai = await lesson.student(room.joinCode, "Cai", assignment.id);
    await cai.save("src-author", lesson.answers.kim());
    await cai.save("src-sic-november", lesson.answers.bracketsByHand());
    await cai.submit();
    // A draft never submitted counts for nothing.
    const dee = await lesson.student(room.joinCode, "Dee", assignment.id);
    await dee.save("src-author", lesson.answers.kim());
    await dee.save("src-sic-november", lesson.answers.bracketsByHand());

    const ranked = await misconceptionsOf(assignment.id, teacher.auth);
    expect(ranked.map((m: any) => [m.misconception.id, m.studentCount])).toEqual([
      ["speaker-is-author", 3],
      ["brackets-are-1957-handwriting", 2],
      ["translation-taken-for-original", 1],
      ["record-date-is-talk-date", 1],
      ["list-names-guessed", 1],
    ]);
    const top = ranked[0];
    expect(top.students.map((s: any) => s.name)).toEqual(["Ana", "Ben", "Cai"]);
    expect(top.students.map((s: any) => s.studentId)).toContain(ana.id);
    expect(top.misconception.habit).toBe("SOURCING");
    expect(top.misconception.reteach.length).toBeGreaterThan(20);
    expect(top.items).toEqual([
      expect.objectContaining({
        itemId: lesson.served("src-author").id,
        number: lesson.items.indexOf(lesson.served("src-author")) + 1,
        studentCount: 3,
        students: [{ name: "Ana" }, { name: "Ben" }, { name: "Cai" }],
      }),
    ]);

    // Students see none of it; another teacher and anonymous callers cannot see the assignment.
    expect(await misconceptionsOf(assignment.id, ana.auth)).toEqual([]);
    expect(
      await misconceptionsOf(assignment.id, (await newTeacher(suite.server)).auth),
    ).toBeUndefined();
    expect(await misconceptionsOf(assignment.id)).toBeUndefined();

    // The CSV: one row per misconception and student, in rank order.
    const url = `${suite.server.url}/api/assignments/${assignment.id}/misconceptions.csv`;
    const response = await fetch(url, { headers: teacher.auth });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/misconceptions\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe(
      "Rank,Misconception,Misconception ID,Students showing it,Student,Student ID,Questions,Habit,What the student believes,How to reteach it",
    );
    expect(lines).toHaveLength(1 + 3 + 2 + 1 + 1 + 1 + 1);
    const q = (id: string) => `Q${lesson.items.indexOf(lesson.served(id)) + 1}`;
    expect(lines[1]).toMatch(
      new RegExp(
        `^1,The speaker is the author,speaker-is-author,3,Ana,${ana.id},${q("src-author")},sourcing,`,
      ),
    );
    expect(lines[4]).toMatch(
      /^2,Brackets are 1957 handwriting,brackets-are-1957-handwriting,2,Ana,/,
    );
    for (const headers of [{}, ana.auth, (await newTeacher(suite.server)).auth])
      expect((await fetch(url, { headers })).status).toBe(404);
  });

  it("counts in tries mode the answers a student checked, not drafts", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, slug, {
      feedback: "IMMEDIATE",
    });
    const eve = await lesson.student(room.joinCode, "Eve", assignment.id);
    await eve.save("src-author", lesson.answers.kim());
    await eve.check("src-author");
    const fay = await lesson.student(room.joinCode, "Fay", assignment.id);
    await fay.save("src-author", lesson.answers.kim());
    const gus = await lesson.student(room.joinCode, "Gus", assignment.id);
    await gus.save("src-sic-november", lesson.answers.bracketsByHand());
    await gus.check("src-sic-november");
    // A later draft (not checked) replaces the checked answer: nothing counts until it is checked.
    await gus.save(
      "src-sic-november",
      { choiceIds: [lesson.option("src-sic-november", "choices", "unknowable")] },
      2,
    );
    const ranked = await misconceptionsOf(assignment.id, teacher.auth);
    expect(
      ranked.map((m: any) => [m.misconception.id, m.students.map((s: any) => s.name)]),
    ).toEqual([["speaker-is-author", ["Eve"]]]);
  });

  it("shows the teacher each distractor's misconception in the review, and the catalogue to anyone", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, slug);
    const { data } = await suite.server.gql(
      `query($id: ID!) { assignment(id: $id) { review { items { itemId choices { text correct misconception { id } }
         distractors { misconception { id } choice { text } left { text } right { text } first { text } then { text } answerText } } } } }`,
      { id: assignment.id },
      teacher.auth,
    );
    const review = data.assignment.review.items;
    const author = review.find((r: any) => r.itemId === lesson.served("src-author").id);
    expect(author.choices.find((c: any) => c.text === "Kim Il Sung").misconception).toEqual({
      id: "speaker-is-author",
    });
    expect(author.choices.filter((c: any) => c.correct).map((c: any) => c.misconception)).toEqual([
      null,
    ]);
    const matching = review.find(
      (r: any) => r.itemId === lesson.served("src-recipients-offices").id,
    );
    expect(matching.distractors).toContainEqual(
      expect.objectContaining({
        misconception: { id: "list-names-guessed" },
        left: { text: "Cde. Zakharov (¶26)" },
      }),
    );
    const date = review.find((r: any) => r.itemId === lesson.served("src-conversation-date").id);
    expect(date.distractors).toContainEqual(
      expect.objectContaining({
        misconception: { id: "record-date-is-talk-date" },
        answerText: "13 November 1957",
      }),
    );

    const catalogue = (
      await suite.server.gql(`{ misconceptions { id name belief habit reteach } }`)
    ).data.misconceptions;
    expect(catalogue.map((m: any) => m.id)).toEqual(lesson.content.misconceptions.map((m) => m.id));
    expect(catalogue[0]).toEqual({ ...lesson.content.misconceptions[0] });
  });

  it("reads the ranking in a fixed number of SQL statements whatever the class size", async () => {
    const counts: number[] = [];
    for (const size of [1, 10]) {
      const { teacher, assignment } = await classWithWork(
        suite.server,
        { content: lesson.content, slug, items: lesson.items },
        size,
        { partial: true },
      );
      await misconceptionsOf(assignment.id, teacher.auth);
      const { result, queries } = await countQueries(suite.database.pool, () =>
        suite.server.gql(MISCONCEPTIONS, { id: assignment.id }, teacher.auth),
      );
      expect(result.errors).toBeUndefined();
      counts.push(queries);
    }
    expect(counts[0]).toBe(counts[1]);
  }, 240_000);
});
