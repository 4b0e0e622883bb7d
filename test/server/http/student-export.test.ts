import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedContent } from "../../../server/src/content/lessons/content.types.js";
import { loadContent } from "../../../server/src/content/lessons/load-content.js";
import { classWithWork as classWithWorkOn } from "../../support/assignment-work.js";
import { assign, joinAsNewStudent, newClass, newTeacher } from "../../support/classroom.js";
import { DATABASE_KINDS } from "../../support/databases.js";
import { PLAYER_LESSON, servedItems, type ServedItem } from "../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../support/server.js";

describe.each(DATABASE_KINDS)("downloading a student's data on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${suite.server.url}${path}`, { headers });

  it("gives a student everything held about them, and their teacher what the class holds", async () => {
    const { teacher, room, students } = await classWithWorkOn(
      suite.server,
      { content, slug, items },
      2,
    );
    const [student, classmate] = students as [{ id: string; auth: any }, { id: string; auth: any }];
    const own = await get("/api/me/export.json", student.auth);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"$/);
    expect(own.headers.get("cache-control")).toBe("no-store");
    const data = await own.json();
    expect(data.profile).toMatchObject({ id: student.id, role: "STUDENT" });
    expect(data.classes).toEqual([expect.objectContaining({ classId: room.id })]);
    expect(data.attempts).toHaveLength(1);
    expect(data.attempts[0].status).toBe("SUBMITTED");
    expect(data.attempts[0].responses).toHaveLength(items.length);
    expect(data.attempts[0].responses[0]).toHaveProperty("answer");
    expect(data.attempts[0].responses[0]).toHaveProperty("maxScore");
    expect(data.attempts[0].responses[0]).toHaveProperty("message");
    expect(JSON.stringify(data)).not.toContain("password");

    const path = `/api/classes/${room.id}/students/${student.id}/export.json`;
    const byTeacher = await get(path, teacher.auth);
    expect(byTeacher.status).toBe(200);
    expect(byTeacher.headers.get("cache-control")).toBe("no-store");
    const teacherCopy = await byTeacher.json();
    expect(teacherCopy.attempts[0].responses).toEqual(data.attempts[0].responses);
    expect((await get(path, student.auth)).status).toBe(200);

    const outsider = await newTeacher(suite.server);
    await newClass(suite.server, outsider.auth);
    const stranger = await joinAsNewStudent(suite.server, room.joinCode, "Stranger");
    for (const headers of [outsider.auth, classmate.auth, stranger.auth, {}]) {
      const refused = await get(path, headers);
      expect(refused.status).toBe(404);
      expect(refused.headers.get("cache-control")).toBe("no-store");
    }
    expect(
      (await get(`/api/classes/${room.id}/students/not-an-id/export.json`, teacher.auth)).status,
    ).toBe(404);
    expect((await get("/api/me/export.json")).status).toBe(401);
  });

  it("keeps scores, feedback and keys out of a student's own file until the feedback timing shows them", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, room.id, slug, {
      feedback: "ON_SUBMIT",
    });
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Open");
    const attemptId = (
      await suite.server.gql(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignment.id },
        student.auth,
      )
    ).data.startAttempt.id;
    const choice = items.find((item) => item.kind === "SINGLE_CHOICE")!;
    await suite.server.gql(
      `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`,
      { a: attemptId, i: choice.id, x: { choiceIds: [choice.choices![0]!.id] } },
      student.auth,
    );
    const own = (await (await get("/api/me/export.json", student.auth)).json()).attempts[0];
    expect(own.responses).toHaveLength(1);
    expect(own.responses[0].answer).toMatchObject({ choiceIds: [choice.choices![0]!.id] });
    for (const hidden of ["autoScore", "correct", "message", "expected"])
      expect(own.responses[0]).not.toHaveProperty(hidden);
    const path = `/api/classes/${room.id}/students/${student.id}/export.json`;
    const teachers = (await (await get(path, teacher.auth)).json()).attempts[0];
    expect(teachers.responses[0]).toHaveProperty("expected");
    expect(teachers.responses[0]).toHaveProperty("message");
  });
});
