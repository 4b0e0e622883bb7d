// Misconceptions and the review per version, on both databases: an assignment of a teacher's set
// moved to version 2 while one student worked on version 1 shows each version's misconceptions
// and keys apart (lessonSlug), the current version's by default, and nothing for other lessons.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { PLAYER_LESSON, servedItems } from "../../../support/lesson-answers.js";
import { serveForSuite } from "../../../support/server.js";

const SET = `id authoring { version draft versions { number lessonSlug } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateQuestionSetInput!, $v: Int!) { updateQuestionSet(id: $id, input: $input, expectedVersion: $v) { ${SET} } }`;
const PUBLISH = `mutation($id: ID!, $move: Boolean) { publishQuestionSet(id: $id, moveOpenAssignments: $move) { ${SET} } }`;
const START = `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { id } }`;
const SUBMIT = `mutation($a: ID!) { submitAttempt(attemptId: $a) { status } }`;
const RESULTS = `query($a: ID!, $l: String) { assignment(id: $a) {
  misconceptions(lessonSlug: $l) { misconception { id } students { name } items { itemId prompt } }
  review(lessonSlug: $l) { items { itemId prompt } } } }`;

describe.each(DATABASE_KINDS)("misconceptions and review per version on %s", (kind) => {
  const suite = serveForSuite(kind);

  it("keeps each version's misconceptions and keys apart", async () => {
    const gql = async (query: string, variables: Record<string, unknown>, auth: object) => {
      const result = await suite.server.gql(query, variables, auth as Record<string, string>);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const early = await joinAsNewStudent(suite.server, room.joinCode, "Early Student");
    const builtIn = (
      await gql(`{ questionSet(slug: "sourcing-marks-and-readers") { id } }`, {}, teacher.auth)
    ).questionSet.id;
    const set = (
      await gql(
        `mutation($id: ID!) { duplicateQuestionSet(id: $id) { ${SET} } }`,
        { id: builtIn },
        teacher.auth,
      )
    ).duplicateQuestionSet;
    const v1 = (await gql(PUBLISH, { id: set.id }, teacher.auth)).publishQuestionSet.authoring;
    const v1Slug = v1.versions[0].lessonSlug;
    const assignment = (
      await gql(
        `mutation($c: ID!, $q: ID!) { assignQuestionSet(classId: $c, questionSetId: $q, feedback: ON_SUBMIT) { id } }`,
        { c: room.id, q: set.id },
        teacher.auth,
      )
    ).assignQuestionSet;

    /** Starts the assignment, answers "Who wrote…" with the choice, and submits. */
    const answer = async (auth: object, slug: string, text: string) => {
      const attempt = (await gql(START, { s: slug, a: assignment.id }, auth)).startAttempt;
      const items = servedItems((await gql(PLAYER_LESSON, { slug }, auth)).lesson);
      const choice = items[0]!.choices!.find((c) => c.text === text)!;
      await gql(
        SAVE,
        { a: attempt.id, i: items[0]!.id, x: { choiceIds: [choice.id] }, r: 1 },
        auth,
      );
      return { attempt, items };
    };
    // Version 1: the early student takes the speaker for the author.
    const first = await answer(early.auth, v1Slug, "Kim Il Sung");

    // Version 2 (a new prompt), with the open assignment moved to it.
    const draft = structuredClone(v1.draft);
    draft.questions[0].prompt = "Who kept this record?";
    const saved = (
      await gql(UPDATE, { id: set.id, input: { content: draft }, v: v1.version }, teacher.auth)
    ).updateQuestionSet.authoring;
    const v2 = (await gql(PUBLISH, { id: set.id, move: true }, teacher.auth)).publishQuestionSet
      .authoring;
    expect(saved.version).toBe(v2.version);
    const v2Slug = v2.versions[1].lessonSlug;
    const late = await joinAsNewStudent(suite.server, room.joinCode, "Late Student");
    const second = await answer(late.auth, v2Slug, "Mao Zedong");
    await gql(SUBMIT, { a: first.attempt.id }, early.auth);
    await gql(SUBMIT, { a: second.attempt.id }, late.auth);

    // By default, the assignment's (current) version: only the late student's misreading.
    const current = (await gql(RESULTS, { a: assignment.id }, teacher.auth)).assignment;
    expect(current.misconceptions).toEqual([
      {
        misconception: { id: "record-is-maos-words" },
        students: [{ name: "Late Student" }],
        items: [{ itemId: second.items[0]!.id, prompt: "Who kept this record?" }],
      },
    ]);
    expect(current.review.items[0]).toEqual({
      itemId: second.items[0]!.id,
      prompt: "Who kept this record?",
    });

    // Version 1: the early student's, on version 1's item, with version 1's keys.
    const earlier = (await gql(RESULTS, { a: assignment.id, l: v1Slug }, teacher.auth)).assignment;
    expect(earlier.misconceptions).toEqual([
      {
        misconception: { id: "speaker-is-author" },
        students: [{ name: "Early Student" }],
        items: [{ itemId: first.items[0]!.id, prompt: "Who wrote this record?" }],
      },
    ]);
    expect(earlier.review.items.map((i: any) => i.itemId)).toEqual(first.items.map((i) => i.id));
    expect(earlier.review.items[0].prompt).toBe("Who wrote this record?");
    expect(await gql(RESULTS, { a: assignment.id, l: v2Slug }, teacher.auth)).toEqual({
      assignment: current,
    });

    // A lesson none of its attempts began on: nothing, not another lesson's keys.
    const other = (await gql(RESULTS, { a: assignment.id, l: "sourcing-the-record" }, teacher.auth))
      .assignment;
    expect(other).toEqual({ misconceptions: [], review: null });

    // The misconceptions CSV per version too.
    const csv = async (lesson?: string) => {
      const query = lesson ? `?lesson=${lesson}` : "";
      const response = await fetch(
        `${suite.server.url}/api/assignments/${assignment.id}/misconceptions.csv${query}`,
        { headers: teacher.auth },
      );
      return { status: response.status, text: await response.text() };
    };
    const v1Csv = await csv(v1Slug);
    expect(v1Csv.status).toBe(200);
    expect(v1Csv.text).toContain("Early Student");
    expect(v1Csv.text).not.toContain("Late Student");
    const v2Csv = await csv();
    expect(v2Csv.text).toContain("Late Student");
    expect(v2Csv.text).not.toContain("Early Student");
    expect((await csv("sourcing-the-record")).status).toBe(404);

    // A student sees neither, whatever the version.
    const theirs = await suite.server.gql(RESULTS, { a: assignment.id, l: v1Slug }, early.auth);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.assignment).toEqual({ misconceptions: [], review: null });
  });
});
