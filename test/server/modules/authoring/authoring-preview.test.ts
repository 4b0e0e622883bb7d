// Previewing a draft as a student before publishing, over real HTTP on both databases: the owner
// tries the unpublished draft with feedback; nobody else reads, starts, assigns or links the
// preview; it is in no list or result; an edit gets a new preview and the stale one is gone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { decodeId } from "../../../../server/src/core/ids.js";
import { authoredLessonIdsOf } from "../../../../server/src/modules/authoring/authored-lessons.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { codeOf, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { PLAYER_LESSON, servedItems } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";
import { SET_FIELDS } from "./authoring-fixtures.js";

const DUPLICATE = `mutation($id: ID!) { duplicateQuestionSet(id: $id) { ${SET_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateQuestionSetInput!, $v: Int!) { updateQuestionSet(id: $id, input: $input, expectedVersion: $v) { ${SET_FIELDS} } }`;
const PREVIEW = `mutation($id: ID!) { previewQuestionSet(id: $id) { lessonSlug draftVersion } }`;
const SCRATCH = `mutation($s: String!, $f: Boolean) { startScratchAttempt(lessonSlug: $s, fresh: $f) { id scratch lesson { slug } } }`;
const START = `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { itemId } }`;
const CHECK = `mutation($a: ID!, $i: ID!, $r: Int!) { checkResponse(attemptId: $a, itemId: $i, revision: $r) { feedback { correct score message } } }`;
const ASSIGN_LESSON = `mutation($c: ID!, $l: String!) { assignLesson(classId: $c, lessonSlug: $l) { id } }`;
const READ = `query($s: String!) { lesson(slug: $s) { slug } questionSet(slug: $s) { id } }`;

/** The built-in exercise on the set's document, as a teacher would write it: guidance inline. */
function exercise(title: string) {
  const file = parse(readFileSync(`${LESSONS_DIR}/exercises/mao-record-reliability.yaml`, "utf8"));
  const guidance = readFileSync(`${LESSONS_DIR}/exercises/${file.guidance}`, "utf8");
  const { document: _document, ...rest } = file;
  return { ...rest, slug: "my-reliability", title, guidance };
}

describe.each(DATABASE_KINDS)("previewing a draft on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("runs the owner's unpublished draft with feedback, for nobody else, and follows the edits", async () => {
    const gql = suite.server.gql.bind(suite.server);
    const teacher = await newTeacher(suite.server);
    const other = await newTeacher(suite.server, "Mr Other");
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Curious student");

    const builtIn = (await gql(`{ questionSet(slug: "sourcing-marks-and-readers") { id } }`)).data
      .questionSet;
    const set = (await gql(DUPLICATE, { id: builtIn.id }, teacher.auth)).data.duplicateQuestionSet;
    const draft = structuredClone(set.authoring.draft);
    // An unpublished change of key: Kim becomes the keyed answer.
    const first = draft.questions[0];
    first.prompt = "Whose words does this record give first?";
    for (const choice of first.choices) {
      choice.correct = choice.id === "kim";
      if (choice.id === "kim") delete choice.misconception;
      if (choice.id === "puzanov") choice.misconception = "speaker-is-author";
    }
    const saved = (
      await gql(
        UPDATE,
        { id: set.id, input: { content: draft }, v: set.authoring.version },
        teacher.auth,
      )
    ).data.updateQuestionSet.authoring;
    expect(saved.status).toBe("DRAFT");

    const preview = await gql(PREVIEW, { id: set.id }, teacher.auth);
    expect(preview.errors).toBeUndefined();
    const { lessonSlug, draftVersion } = preview.data.previewQuestionSet;
    expect(draftVersion).toBe(saved.version);
    expect(lessonSlug).toBe(`${set.slug}-preview-${saved.version}`);
    // Previewing the same draft again gives the same preview.
    expect(
      (await gql(PREVIEW, { id: set.id }, teacher.auth)).data.previewQuestionSet.lessonSlug,
    ).toBe(lessonSlug);

    // The owner tries it as a student: the draft's prompt and key, with feedback.
    const attempt = (await gql(SCRATCH, { s: lessonSlug, f: true }, teacher.auth)).data
      .startScratchAttempt;
    expect(attempt).toMatchObject({ scratch: true, lesson: { slug: lessonSlug } });
    const items = servedItems(
      (await gql(PLAYER_LESSON, { slug: lessonSlug }, teacher.auth)).data.lesson,
    );
    expect(items[0]!.prompt).toBe("Whose words does this record give first?");
    const kim = items[0]!.choices!.find((c) => c.text === "Kim Il Sung")!;
    const answer = { a: attempt.id, i: items[0]!.id, x: { choiceIds: [kim.id] }, r: 1 };
    expect((await gql(SAVE, answer, teacher.auth)).errors).toBeUndefined();
    const checked = (await gql(CHECK, { a: attempt.id, i: items[0]!.id, r: 1 }, teacher.auth)).data
      .checkResponse;
    expect(checked.feedback).toMatchObject({ correct: true, score: 1 });

    // Still a draft: nothing was published.
    const mine = (
      await gql(
        `{ myQuestionSets { id authoring { status versions { number } } } }`,
        {},
        teacher.auth,
      )
    ).data.myQuestionSets[0];
    expect(mine.authoring).toEqual({ status: "DRAFT", versions: [] });

    // Another teacher, a student and anyone else: no preview, no reading, no attempt.
    expect(codeOf((await gql(PREVIEW, { id: set.id }, other.auth)).errors)).toBe("NOT_FOUND");
    expect(codeOf((await gql(PREVIEW, { id: set.id }, student.auth)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await gql(SCRATCH, { s: lessonSlug, f: true }, other.auth)).errors)).toBe(
      "NOT_FOUND",
    );
    expect(codeOf((await gql(START, { s: lessonSlug }, student.auth)).errors)).toBe("NOT_FOUND");
    for (const auth of [other.auth, student.auth, {}])
      expect((await gql(READ, { s: lessonSlug }, auth)).data).toEqual({
        lesson: null,
        questionSet: null,
      });

    // Never assignable (not even by its owner), listed, offered to an LMS or counted.
    expect(
      codeOf((await gql(ASSIGN_LESSON, { c: room.id, l: lessonSlug }, teacher.auth)).errors),
    ).toBe("BAD_USER_INPUT");
    const lessons = (await gql(`{ lessons { slug } }`)).data.lessons.map((l: any) => l.slug);
    expect(lessons).not.toContain(lessonSlug);
    expect(
      await authoredLessonIdsOf(suite.database.pool, decodeId("User", teacher.id) ?? teacher.id),
    ).toEqual([]);
    const classes = await gql(
      `query($c: ID!) { classroom(id: $c) { assignments { id } } }`,
      { c: room.id },
      teacher.auth,
    );
    expect(classes.data.classroom.assignments).toEqual([]);

    // An edit: previewing again gives a new preview of it; the stale one is gone with its attempt.
    const edited = structuredClone(saved.draft);
    edited.questions[0].prompt = "Who speaks first in this record?";
    const v2 = (
      await gql(UPDATE, { id: set.id, input: { content: edited }, v: saved.version }, teacher.auth)
    ).data.updateQuestionSet.authoring;
    const fresh = (await gql(PREVIEW, { id: set.id }, teacher.auth)).data.previewQuestionSet;
    expect(fresh).toEqual({
      lessonSlug: `${set.slug}-preview-${v2.version}`,
      draftVersion: v2.version,
    });
    const newItems = servedItems(
      (await gql(PLAYER_LESSON, { slug: fresh.lessonSlug }, teacher.auth)).data.lesson,
    );
    expect(newItems[0]!.prompt).toBe("Who speaks first in this record?");
    expect((await gql(READ, { s: lessonSlug }, teacher.auth)).data.lesson).toBeNull();
    expect(codeOf((await gql(SCRATCH, { s: lessonSlug, f: false }, teacher.auth)).errors)).toBe(
      "NOT_FOUND",
    );
    const gone = await gql(
      `query($a: ID!) { attempt(id: $a) { id } }`,
      { a: attempt.id },
      teacher.auth,
    );
    expect(gone.data?.attempt ?? null).toBeNull();

    // A draft that does not compile: its problems, by field.
    const broken = structuredClone(v2.draft);
    for (const choice of broken.questions[0].choices) choice.correct = false;
    const v3 = (
      await gql(UPDATE, { id: set.id, input: { content: broken }, v: v2.version }, teacher.auth)
    ).data.updateQuestionSet.authoring;
    expect(v3.problems.length).toBeGreaterThan(0);
    const refused = await gql(PREVIEW, { id: set.id }, teacher.auth);
    expect(codeOf(refused.errors)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0]!.extensions!.problems).toEqual(v3.problems);
  });

  it("previews a set's exercise and replaces it with the edited one", async () => {
    const gql = suite.server.gql.bind(suite.server);
    const teacher = await newTeacher(suite.server, "Ms Exercise");
    const made = (
      await gql(
        `mutation { createQuestionSet(input: { title: "Reliability", documentSlug: "puzanov-kim-il-sung-1957-11-13" }) { ${SET_FIELDS} } }`,
        {},
        teacher.auth,
      )
    ).data.createQuestionSet;
    const STEPS = `query($s: String!) { lesson(slug: $s) { steps { kind exercise { slug title } } } }`;
    let version = made.authoring.version;
    const previewWith = async (title: string) => {
      const content = { questions: [], exercises: [exercise(title)] };
      const saved = await gql(
        UPDATE,
        { id: made.id, input: { content }, v: version },
        teacher.auth,
      );
      expect(saved.errors).toBeUndefined();
      version = saved.data.updateQuestionSet.authoring.version;
      const preview = await gql(PREVIEW, { id: made.id }, teacher.auth);
      expect(preview.errors).toBeUndefined();
      return preview.data.previewQuestionSet.lessonSlug as string;
    };
    const first = await previewWith("How far can we trust the record?");
    const steps = (await gql(STEPS, { s: first }, teacher.auth)).data.lesson.steps;
    expect(steps).toEqual([
      {
        kind: "EXERCISE",
        exercise: { slug: `${first}-my-reliability`, title: "How far can we trust the record?" },
      },
    ]);
    expect(
      (await gql(SCRATCH, { s: first, f: true }, teacher.auth)).data.startScratchAttempt.scratch,
    ).toBe(true);
    // The preview's exercise by its slug: its owner's alone, like the preview lesson.
    const EXERCISE = `query($s: String!) { exercise(slug: $s) { slug title } }`;
    const slug = `${first}-my-reliability`;
    expect((await gql(EXERCISE, { s: slug }, teacher.auth)).data.exercise.slug).toBe(slug);
    const other = await newTeacher(suite.server, "Mr Curious");
    expect((await gql(EXERCISE, { s: slug }, other.auth)).data.exercise).toBeNull();
    expect((await gql(EXERCISE, { s: slug })).data.exercise).toBeNull();
    expect((await gql(EXERCISE, { s: "mao-record-reliability" })).data.exercise.slug).toBe(
      "mao-record-reliability",
    );

    const second = await previewWith("Can we trust what Kim retold?");
    expect(second).not.toBe(first);
    expect(
      (await gql(STEPS, { s: second }, teacher.auth)).data.lesson.steps[0].exercise.title,
    ).toBe("Can we trust what Kim retold?");
    expect((await gql(STEPS, { s: first }, teacher.auth)).data.lesson).toBeNull();
    const gone = await gql(`query($s: String!) { exercise(slug: $s) { slug } }`, {
      s: `${first}-my-reliability`,
    });
    expect(gone.data.exercise).toBeNull();
  });
});
