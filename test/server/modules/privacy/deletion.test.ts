import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import { classWithWork as classWithWorkOn } from "../../../support/assignment-work.js";
import { codeOf, joinAsNewStudent, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { PLAYER_LESSON, servedItems, type ServedItem } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";
import { rowChanges } from "../../../support/table-counts.js";

const RESULT = `accounts classes students assignments attempts responses`;
const REMOVE = `mutation($c: ID!, $s: ID!) { removeStudent(classId: $c, studentId: $s) { ${RESULT} } }`;
const DELETE_ASSIGNMENT = `mutation($id: ID!) { deleteAssignment(id: $id) { ${RESULT} } }`;
const DELETE_CLASS = `mutation($id: ID!) { deleteClass(id: $id) { ${RESULT} } }`;
const DELETE_ME = `mutation { deleteMyAccount { ${RESULT} } }`;
const NONE = { accounts: 0, classes: 0, students: 0, assignments: 0, attempts: 0, responses: 0 };

describe.each(DATABASE_KINDS)("deleting student data on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
  });

  const classWithWork = (size: number) =>
    classWithWorkOn(suite.server, { content, slug, items }, size);
  const gql = (query: string, variables: Record<string, unknown>, auth?: Record<string, string>) =>
    suite.server.gql(query, variables, auth);
  const csv = (assignmentId: string, auth: Record<string, string>) =>
    fetch(`${suite.server.url}/api/assignments/${assignmentId}/results.csv`, { headers: auth });

  it("deletes an assignment with its attempts and responses, after telling its teacher how many", async () => {
    const { teacher, room, assignment, students } = await classWithWork(2);
    const outsider = await newTeacher(suite.server);
    const count = `query($id: ID!) { assignment(id: $id) { attemptCount } }`;
    expect((await gql(count, { id: assignment.id }, teacher.auth)).data.assignment).toEqual({
      attemptCount: 2,
    });
    expect((await gql(count, { id: assignment.id }, students[0]!.auth)).data.assignment).toEqual({
      attemptCount: null,
    });
    for (const auth of [outsider.auth, students[0]!.auth]) {
      const refused = await rowChanges(suite.database.pool, () =>
        gql(DELETE_ASSIGNMENT, { id: assignment.id }, auth),
      );
      expect(codeOf(refused.result.errors)).toBe("FORBIDDEN");
      expect(refused.changes).toEqual({});
    }
    expect(codeOf((await gql(DELETE_ASSIGNMENT, { id: assignment.id })).errors)).toBe(
      "UNAUTHENTICATED",
    );

    const { result, changes } = await rowChanges(suite.database.pool, () =>
      gql(DELETE_ASSIGNMENT, { id: assignment.id }, teacher.auth),
    );
    const responses = 2 * items.length;
    expect(result.data.deleteAssignment).toEqual({
      ...NONE,
      assignments: 1,
      attempts: 2,
      responses,
    });
    expect(changes).toEqual({
      assignments: -1,
      attempts: -2,
      responses: -responses,
      // The live classroom's events: each attempt's STARTED, a SAVED per answer, SUBMITTED.
      activity_events: -(responses + 2 * 2),
      audit_entries: 1,
    });
    const trail = `query($id: ID!) { classroom(id: $id) { auditTrail { action field oldValue } } }`;
    expect((await gql(trail, { id: room.id }, teacher.auth)).data.classroom.auditTrail).toEqual([
      { action: "DELETED", field: "an assignment", oldValue: "2 attempts" },
    ]);
    expect(codeOf((await gql(DELETE_ASSIGNMENT, { id: assignment.id }, teacher.auth)).errors)).toBe(
      "FORBIDDEN",
    );
    const left = `query($id: ID!) { classroom(id: $id) { assignments { id } } }`;
    expect((await gql(left, { id: room.id }, teacher.auth)).data.classroom.assignments).toEqual([]);
    expect((await csv(assignment.id, teacher.auth)).status).toBe(404);
  });

  it("takes a student out of a class with their work there, at once in the results and CSV", async () => {
    const { teacher, room, assignment, students } = await classWithWork(2);
    const [gone, stays] = students as [{ id: string; auth: any }, { id: string; auth: any }];
    const outsider = await newTeacher(suite.server);
    for (const auth of [outsider.auth, stays.auth]) {
      expect(codeOf((await gql(REMOVE, { c: room.id, s: gone.id }, auth)).errors)).toBe(
        "FORBIDDEN",
      );
    }
    const { result, changes } = await rowChanges(suite.database.pool, () =>
      gql(REMOVE, { c: room.id, s: gone.id }, teacher.auth),
    );
    expect(result.data.removeStudent).toEqual({
      ...NONE,
      students: 1,
      attempts: 1,
      responses: items.length,
    });
    expect(changes).toEqual({
      class_students: -1,
      attempts: -1,
      responses: -items.length,
      activity_events: -(items.length + 2),
      audit_entries: 1,
    });
    expect(codeOf((await gql(REMOVE, { c: room.id, s: gone.id }, teacher.auth)).errors)).toBe(
      "FORBIDDEN",
    );
    const view = `query($id: ID!) { assignment(id: $id) { attemptCount attempts { student { id } } itemStatistics { responses } } }`;
    const after = (await gql(view, { id: assignment.id }, teacher.auth)).data.assignment;
    expect(after.attemptCount).toBe(1);
    expect(after.attempts).toEqual([{ student: { id: stays.id } }]);
    expect(after.itemStatistics.every((s: any) => s.responses === 1)).toBe(true);
    const text = await (await csv(assignment.id, teacher.auth)).text();
    // Records end in CRLF; a cell may hold line breaks of its own (the passages chosen).
    expect(text.trim().split("\r\n")).toHaveLength(2);
    expect((await gql(`{ myClasses { id } }`, {}, gone.auth)).data.myClasses).toEqual([]);
  });

  it("archives a class read-only, then deletes it with everything in it", async () => {
    const { teacher, room, assignment, students } = await classWithWork(2);
    const late = await joinAsNewStudent(suite.server, room.joinCode, "Late");
    const attemptId = (
      await gql(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignment.id },
        late.auth,
      )
    ).data.startAttempt.id;
    const outsider = await newTeacher(suite.server);
    const archive = `mutation($id: ID!) { archiveClass(id: $id) { id archived } }`;
    expect(codeOf((await gql(archive, { id: room.id }, outsider.auth)).errors)).toBe("FORBIDDEN");
    expect((await gql(archive, { id: room.id }, teacher.auth)).data.archiveClass).toEqual({
      id: room.id,
      archived: true,
    });

    const refusals = await rowChanges(suite.database.pool, async () => [
      await gql(
        `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`,
        { a: attemptId, i: items[0]!.id, x: { choiceIds: [] } },
        late.auth,
      ),
      await gql(
        `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
        { a: attemptId },
        late.auth,
      ),
      await gql(
        `mutation($c: ID!, $l: String!) { assignLesson(classId: $c, lessonSlug: $l) { id } }`,
        { c: room.id, l: slug },
        teacher.auth,
      ),
      await gql(`mutation($c: String!) { joinClass(joinCode: $c, displayName: "New") { token } }`, {
        c: room.joinCode,
      }),
      await gql(
        `mutation($id: ID!) { resetJoinCode(classId: $id) { id } }`,
        { id: room.id },
        teacher.auth,
      ),
    ]);
    for (const refused of refusals.result) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        reason: "CLASS_ARCHIVED",
      });
    }
    expect(refusals.changes).toEqual({});
    const read = `query($id: ID!) { classroom(id: $id) { archived assignments { attempts { id } } } }`;
    expect((await gql(read, { id: room.id }, students[0]!.auth)).data.classroom).toMatchObject({
      archived: true,
    });
    expect(
      (await gql(read, { id: room.id }, teacher.auth)).data.classroom.assignments[0].attempts,
    ).toHaveLength(3);

    expect(codeOf((await gql(DELETE_CLASS, { id: room.id }, outsider.auth)).errors)).toBe(
      "FORBIDDEN",
    );
    const { result, changes } = await rowChanges(suite.database.pool, () =>
      gql(DELETE_CLASS, { id: room.id }, teacher.auth),
    );
    const responses = 2 * items.length;
    expect(result.data.deleteClass).toEqual({
      ...NONE,
      classes: 1,
      students: 3,
      assignments: 1,
      attempts: 3,
      responses,
    });
    expect(changes).toEqual({
      classes: -1,
      class_students: -3,
      assignments: -1,
      attempts: -3,
      responses: -responses,
      // Two submitted attempts' events, and the late student's STARTED.
      activity_events: -(responses + 2 * 2 + 1),
    });
    expect(codeOf((await gql(DELETE_CLASS, { id: room.id }, teacher.auth)).errors)).toBe(
      "FORBIDDEN",
    );
    expect((await gql(`{ myClasses { id } }`, {}, teacher.auth)).data.myClasses).toEqual([]);
  });

  it("deletes a student's own account with everything they wrote, and ends their session", async () => {
    const { teacher, assignment, students } = await classWithWork(2);
    const [gone] = students as [{ id: string; auth: any }];
    const { result, changes } = await rowChanges(suite.database.pool, () =>
      gql(DELETE_ME, {}, gone.auth),
    );
    expect(result.data.deleteMyAccount).toEqual({
      ...NONE,
      accounts: 1,
      students: 1,
      attempts: 1,
      responses: items.length,
    });
    expect(changes).toEqual({
      users: -1,
      sessions: -1,
      class_students: -1,
      attempts: -1,
      responses: -items.length,
      activity_events: -(items.length + 2),
    });
    expect(codeOf((await gql(DELETE_ME, {}, gone.auth)).errors)).toBe("UNAUTHENTICATED");
    expect((await gql(`{ viewer { id } }`, {}, gone.auth)).data.viewer).toBeNull();
    const view = `query($id: ID!) { assignment(id: $id) { attempts { id } } }`;
    expect(
      (await gql(view, { id: assignment.id }, teacher.auth)).data.assignment.attempts,
    ).toHaveLength(1);
  });

  it("keeps a teacher's account while they still have classes", async () => {
    const { teacher } = await classWithWork(1);
    const refused = await rowChanges(suite.database.pool, () => gql(DELETE_ME, {}, teacher.auth));
    expect(codeOf(refused.result.errors)).toBe("CONFLICT");
    expect(refused.changes).toEqual({});
    const empty = await newTeacher(suite.server);
    const { result, changes } = await rowChanges(suite.database.pool, () =>
      gql(DELETE_ME, {}, empty.auth),
    );
    expect(result.data.deleteMyAccount).toEqual({ ...NONE, accounts: 1 });
    expect(changes).toEqual({ users: -1, sessions: -1 });
  });
});
