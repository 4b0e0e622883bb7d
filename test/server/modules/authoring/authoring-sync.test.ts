// The content sync owns the built-in rows only: a teacher's published versions survive a sync
// of changed files untouched (not retired, positions kept), and a student can still finish one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { prepareDatabase } from "../../../../server/src/app/startup.js";
import { joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { PLAYER_LESSON, servedItems } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authoring-sync-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(DATABASE_KINDS)("a teacher's versions through a content sync on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("keeps every authored row as it was when the files change", async () => {
    const gql = suite.server.gql.bind(suite.server);
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode);
    const builtIn = (await gql(`{ questionSet(slug: "voices-who-is-speaking") { id } }`)).data
      .questionSet;
    const set = (
      await gql(
        `mutation($id: ID!) { duplicateQuestionSet(id: $id) { id } }`,
        { id: builtIn.id },
        teacher.auth,
      )
    ).data.duplicateQuestionSet;
    const published = (
      await gql(
        `mutation($id: ID!) { publishQuestionSet(id: $id) { authoring { versions { lessonSlug } } } }`,
        { id: set.id },
        teacher.auth,
      )
    ).data.publishQuestionSet;
    const slug = published.authoring.versions[0].lessonSlug;
    const assignment = (
      await gql(
        `mutation($c: ID!, $q: ID!) { assignQuestionSet(classId: $c, questionSetId: $q) { id } }`,
        { c: room.id, q: set.id },
        teacher.auth,
      )
    ).data.assignQuestionSet;
    const attempt = (
      await gql(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignment.id },
        student.auth,
      )
    ).data.startAttempt;
    const authoredRows = async () =>
      (
        await suite.database.pool.query(
          `SELECT l.slug, l.retired, l.position, s.position AS step, i.content_key, i.retired AS item_retired,
                  i.position AS item_position, o.content_key AS option, o.retired AS option_retired
             FROM lessons l JOIN lesson_steps s ON s.lesson_id = l.id
             JOIN items i ON i.question_set_id = s.question_set_id
             LEFT JOIN item_options o ON o.item_id = i.id
            WHERE l.authored ORDER BY i.position, o.content_key`,
        )
      ).rows;
    const before = await authoredRows();
    expect(before.length).toBeGreaterThan(3);

    // The files change (a title and one question's prompt), and the server syncs them.
    fs.cpSync(LESSONS_DIR, dir, { recursive: true });
    const file = path.join(dir, "question-sets", "voices-who-is-speaking.yaml");
    const data = parse(fs.readFileSync(file, "utf8"));
    data.title = `${data.title} (revised)`;
    data.questions[0].prompt = `${data.questions[0].prompt} Read closely.`;
    fs.writeFileSync(file, stringify(data));
    const report = await prepareDatabase(suite.database.pool, { lessonsDir: dir });
    expect(report.content?.status).toBe("synced");

    expect(await authoredRows()).toEqual(before);
    const lesson = (await gql(PLAYER_LESSON, { slug }, student.auth)).data.lesson;
    expect(servedItems(lesson).length).toBeGreaterThan(0);
    const submitted = await gql(
      `mutation($a: ID!) { submitAttempt(attemptId: $a) { status lesson { slug } } }`,
      { a: attempt.id },
      student.auth,
    );
    expect(submitted.data.submitAttempt).toEqual({ status: "SUBMITTED", lesson: { slug } });
  });
});
