// Exercises in a teacher's set: claims, rubric and exemplars as the exercises/ files have them,
// checked at their own fields, published as a step of the set's lesson, exemplars for teachers.
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { runCli } from "../../../support/cli.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";
import { SET_FIELDS } from "./authoring-fixtures.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "authoring-exercise-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built-in exercise on the set's document, as a teacher would write it: guidance inline. */
function exercise(slug = "my-reliability") {
  const file = parse(readFileSync(`${LESSONS_DIR}/exercises/mao-record-reliability.yaml`, "utf8"));
  const guidance = readFileSync(`${LESSONS_DIR}/exercises/${file.guidance}`, "utf8");
  const { document: _document, ...rest } = file;
  return { ...rest, slug, guidance };
}

describe.each(DATABASE_KINDS)("exercises in a teacher's set on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("checks, publishes and serves an exercise; its exemplars reach its teacher only", async () => {
    const gql = suite.server.gql.bind(suite.server);
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode);
    const made = (
      await gql(
        `mutation { createQuestionSet(input: { title: "Reliability", documentSlug: "puzanov-kim-il-sung-1957-11-13" }) { ${SET_FIELDS} } }`,
        {},
        teacher.auth,
      )
    ).data.createQuestionSet;
    const UPDATE = `mutation($id: ID!, $input: UpdateQuestionSetInput!, $v: Int!) { updateQuestionSet(id: $id, input: $input, expectedVersion: $v) { ${SET_FIELDS} } }`;

    // A rubric of two criteria and an exemplar naming an unknown claim: problems at their fields.
    const broken = exercise();
    broken.rubric = broken.rubric.slice(0, 2);
    const faulty = (
      await gql(
        UPDATE,
        { id: made.id, input: { content: { questions: [], exercises: [broken] } }, v: 1 },
        teacher.auth,
      )
    ).data.updateQuestionSet.authoring;
    expect(faulty.problems.map((p: any) => p.path)).toContain("exercises[0].rubric");

    const saved = (
      await gql(
        UPDATE,
        { id: made.id, input: { content: { questions: [], exercises: [exercise()] } }, v: 2 },
        teacher.auth,
      )
    ).data.updateQuestionSet.authoring;
    expect(saved.problems).toEqual([]);
    const yaml = saved.yaml as string;
    const file = path.join(dir, "exercise-set.yaml");
    writeFileSync(file, yaml);
    const checked = await runCli("content-check", [file], {});
    expect(checked.stderr).toBe("");
    expect(checked.code).toBe(0);

    const published = (
      await gql(
        `mutation($id: ID!) { publishQuestionSet(id: $id) { ${SET_FIELDS} } }`,
        { id: made.id },
        teacher.auth,
      )
    ).data.publishQuestionSet;
    const assignment = (
      await gql(
        `mutation($c: ID!, $q: ID!) { assignQuestionSet(classId: $c, questionSetId: $q) { id lesson { slug } } }`,
        { c: room.id, q: made.id },
        teacher.auth,
      )
    ).data.assignQuestionSet;
    expect(assignment.lesson.slug).toBe(published.authoring.versions[0].lessonSlug);

    const LESSON = `query($s: String!) { lesson(slug: $s) { steps { kind exercise { id title claims { text } minEvidence } } } }`;
    const served = (await gql(LESSON, { s: assignment.lesson.slug }, student.auth)).data.lesson;
    expect(served.steps).toHaveLength(1);
    expect(served.steps[0].kind).toBe("EXERCISE");
    expect(served.steps[0].exercise.claims.map((c: any) => c.text)).toEqual(
      exercise().claims.map((c: any) => c.text),
    );

    const REVIEW = `query($a: ID!) { assignment(id: $a) { review { items { kind exemplars { title } } } } }`;
    const review = (await gql(REVIEW, { a: assignment.id }, teacher.auth)).data.assignment.review;
    expect(review.items[0].exemplars.map((e: any) => e.title)).toEqual(
      exercise().exemplars.map((e: any) => e.title),
    );
    const studentReview = await gql(REVIEW, { a: assignment.id }, student.auth);
    expect(studentReview.data?.assignment?.review ?? null).toBeNull();
  });
});
