// The "done when", over real HTTP on both databases: a teacher copies a built-in set,
// changes a prompt and a key, adds an evidence item, publishes, assigns; a student completes it
// with correct scoring; editing after the student started leaves that attempt on its version;
// a stale edit gets CONFLICT; another teacher cannot read or change the set or its keys.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { codeOf, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { PLAYER_LESSON, servedItems } from "../../../support/lesson-answers.js";
import { serveForSuite } from "../../../support/server.js";
import { evidenceItem, SET_FIELDS } from "./authoring-fixtures.js";

const BUILT_IN = "sourcing-marks-and-readers";

const DUPLICATE = `mutation($id: ID!) { duplicateQuestionSet(id: $id) { ${SET_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateQuestionSetInput!, $v: Int!) { updateQuestionSet(id: $id, input: $input, expectedVersion: $v) { ${SET_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $move: Boolean) { publishQuestionSet(id: $id, moveOpenAssignments: $move) { ${SET_FIELDS} } }`;
const ASSIGN = `mutation($c: ID!, $q: ID!, $f: FeedbackTiming) { assignQuestionSet(classId: $c, questionSetId: $q, feedback: $f) { id lesson { slug } } }`;
const START = `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id lesson { slug } } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { id } }`;
const SUBMIT = `mutation($a: ID!) { submitAttempt(attemptId: $a) { status score lesson { slug } responses { itemId feedback { score message } } } }`;

describe.each(DATABASE_KINDS)("authoring a question set on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("copies, edits, publishes, assigns; the student is scored on the version she began", async () => {
    const gql = suite.server.gql.bind(suite.server);
    const teacher = await newTeacher(suite.server);
    const other = await newTeacher(suite.server, "Mr Other");
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Author's student");

    const builtIn = (await gql(`{ questionSet(slug: "${BUILT_IN}") { id } }`)).data.questionSet;
    const copied = await gql(DUPLICATE, { id: builtIn.id }, teacher.auth);
    expect(copied.errors).toBeUndefined();
    const set = copied.data.duplicateQuestionSet;
    expect(set.authoring).toMatchObject({ status: "DRAFT", problems: [], publishable: true });
    expect(set.authoring.copiedFrom).toBe(`built-in: ${BUILT_IN}`);
    const draft = structuredClone(set.authoring.draft);
    expect(draft.questions.length).toBeGreaterThan(2);

    // A prompt and a key change (Kim becomes the keyed answer), and an evidence item.
    const first = draft.questions[0];
    expect(first.id).toBe("src-author");
    first.prompt = "Whose journal is this record from?";
    for (const choice of first.choices) {
      choice.correct = choice.id === "kim";
      if (choice.id === "kim") delete choice.misconception;
      if (choice.id === "puzanov") choice.misconception = "speaker-is-author";
    }
    draft.questions.push(evidenceItem());
    const saved = await gql(
      UPDATE,
      { id: set.id, input: { content: draft }, v: set.authoring.version },
      teacher.auth,
    );
    expect(saved.errors).toBeUndefined();
    const v2 = saved.data.updateQuestionSet.authoring;
    expect(v2).toMatchObject({ version: set.authoring.version + 1, problems: [] });

    // A second tab still at the old version: refused with the newer one, nothing overwritten.
    const stale = await gql(
      UPDATE,
      { id: set.id, input: { title: "Other tab" }, v: set.authoring.version },
      teacher.auth,
    );
    expect(codeOf(stale.errors)).toBe("CONFLICT");
    expect(stale.errors![0]!.extensions).toMatchObject({
      currentVersion: v2.version,
      current: { draft: { questions: expect.any(Array) } },
    });

    // Another teacher can neither read nor change nor copy nor assign it.
    const otherRoom = await newClass(suite.server, other.auth);
    for (const [query, variables] of [
      [UPDATE, { id: set.id, input: { title: "Mine now" }, v: v2.version }],
      [PUBLISH, { id: set.id }],
      [DUPLICATE, { id: set.id }],
      [ASSIGN, { c: otherRoom.id, q: set.id }],
    ] as const)
      expect(codeOf((await gql(query, variables, other.auth)).errors)).toBe("NOT_FOUND");
    expect((await gql(`{ myQuestionSets { id } }`, {}, other.auth)).data.myQuestionSets).toEqual(
      [],
    );

    const published = (await gql(PUBLISH, { id: set.id }, teacher.auth)).data.publishQuestionSet;
    expect(published.authoring.status).toBe("PUBLISHED");
    const [version1] = published.authoring.versions;
    expect(version1.number).toBe(1);
    const lessons = (await gql(`{ lessons { slug } }`)).data.lessons.map((l: any) => l.slug);
    expect(lessons).not.toContain(version1.lessonSlug);

    const assignment = (await gql(ASSIGN, { c: room.id, q: set.id, f: "ON_SUBMIT" }, teacher.auth))
      .data.assignQuestionSet;
    expect(assignment.lesson.slug).toBe(version1.lessonSlug);

    // The student starts version 1 and answers the changed key and the evidence item.
    const attempt = (await gql(START, { s: version1.lessonSlug, a: assignment.id }, student.auth))
      .data.startAttempt;
    const lesson = (await gql(PLAYER_LESSON, { slug: version1.lessonSlug }, student.auth)).data
      .lesson;
    const items = servedItems(lesson);
    expect(items[0]!.prompt).toBe("Whose journal is this record from?");
    const kim = items[0]!.choices!.find((c) => c.text === "Kim Il Sung")!;
    expect(
      (
        await gql(
          SAVE,
          { a: attempt.id, i: items[0]!.id, x: { choiceIds: [kim.id] }, r: 1 },
          student.auth,
        )
      ).errors,
    ).toBeUndefined();
    const evidence = items.at(-1)!;
    const target = evidenceItem().targets[0]!;
    const answer = { evidence: [{ paragraphNumber: 1, start: target.start, end: target.end }] };
    expect(
      (await gql(SAVE, { a: attempt.id, i: evidence.id, x: answer, r: 1 }, student.auth)).errors,
    ).toBeUndefined();

    // The teacher edits again and publishes version 2, moving open assignments to it.
    const again = structuredClone(v2);
    const draft2 = structuredClone(again.draft);
    draft2.questions[0].prompt = "Who kept this record?";
    const v3 = (
      await gql(UPDATE, { id: set.id, input: { content: draft2 }, v: again.version }, teacher.auth)
    ).data.updateQuestionSet.authoring;
    const republished = await gql(PUBLISH, { id: set.id, move: true }, teacher.auth);
    expect(republished.errors).toBeUndefined();
    const version2 = republished.data.publishQuestionSet.authoring.versions[1];
    expect(version2.number).toBe(2);
    expect(v3.changedSincePublished).toBe(true);
    const moved = await gql(
      `query($a: ID!) { assignment(id: $a) { lesson { slug } } }`,
      { a: assignment.id },
      teacher.auth,
    );
    expect(moved.data.assignment.lesson.slug).toBe(version2.lessonSlug);
    const trail = await gql(
      `query($a: ID!) { assignment(id: $a) { auditTrail { action field oldValue newValue } } }`,
      { a: assignment.id },
      teacher.auth,
    );
    expect(trail.data.assignment.auditTrail[0]).toEqual({
      action: "LESSON_VERSION",
      field: "lesson",
      oldValue: version1.lessonSlug,
      newValue: version2.lessonSlug,
    });

    // Her attempt stays on version 1 and is scored against its keys.
    const submitted = (await gql(SUBMIT, { a: attempt.id }, student.auth)).data.submitAttempt;
    expect(submitted.lesson.slug).toBe(version1.lessonSlug);
    expect(submitted.status).toBe("SUBMITTED");
    const pointsOf = (id: string) =>
      submitted.responses.find((r: any) => r.itemId === id)?.feedback?.score;
    expect(pointsOf(items[0]!.id)).toBe(1);
    expect(pointsOf(evidence.id)).toBe(2);
    expect(submitted.score).toBe(3);

    // Statistics and CSV per version: the assignment's (version 2) holds no version 1 attempt.
    const STATS = `query($a: ID!, $l: String) { assignment(id: $a) { itemStatistics(lessonSlug: $l) { itemId responses } } }`;
    const current = (await gql(STATS, { a: assignment.id }, teacher.auth)).data.assignment;
    expect(current.itemStatistics.every((s: any) => s.responses === 0)).toBe(true);
    const earlier = (await gql(STATS, { a: assignment.id, l: version1.lessonSlug }, teacher.auth))
      .data.assignment.itemStatistics;
    expect(earlier.map((s: any) => s.itemId)).toEqual(items.map((i) => i.id));
    expect(earlier.find((s: any) => s.itemId === evidence.id).responses).toBe(1);
    const csv = (lesson: string) =>
      fetch(`${suite.server.url}/api/assignments/${assignment.id}/results.csv?lesson=${lesson}`, {
        headers: teacher.auth,
      });
    const v1Csv = await csv(version1.lessonSlug);
    expect(v1Csv.status).toBe(200);
    expect(await v1Csv.text()).toContain("Author's student");
    expect((await csv("sourcing-the-record")).status).toBe(404);
    expect(
      (await gql(STATS, { a: assignment.id, l: "sourcing-the-record" }, teacher.auth)).data
        .assignment.itemStatistics,
    ).toEqual([]);

    // A student who had not started follows the assignment to version 2.
    const late = await joinAsNewStudent(suite.server, room.joinCode, "Latecomer");
    const lateAttempt = (await gql(START, { s: version2.lessonSlug, a: assignment.id }, late.auth))
      .data.startAttempt;
    expect(lateAttempt.lesson.slug).toBe(version2.lessonSlug);
  });
});
