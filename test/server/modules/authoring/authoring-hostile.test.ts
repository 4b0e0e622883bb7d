// Every authored field against hostile input, and the authored lesson kept to its owner: no
// raw HTML, script or unsafe link survives the renderer; bad input changes nothing; another
// teacher or a student cannot reach the set's keys through the lesson's slug.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../../server/src/core/markdown/render.js";
import { encodeId } from "../../../../server/src/core/ids.js";
import { codeOf, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { PLAYER_LESSON, servedItems } from "../../../support/lesson-answers.js";
import { serveForSuite } from "../../../support/server.js";
import { SET_FIELDS } from "./authoring-fixtures.js";

const HOSTILE =
  `<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) ` +
  `<a href="javascript:alert(4)">x</a> [data](data:text/html;base64,PHNjcmlwdD4=) ` +
  `<iframe src="https://evil.example"></iframe> <svg onload=alert(5)></svg>`;

/** HTML the client inserts as it is: no element or link that could run code. */
function expectHarmlessHtml(html: string): void {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  expect(document.querySelectorAll("script, img, iframe, svg, object, embed, style").length).toBe(
    0,
  );
  for (const element of document.body.querySelectorAll("*")) {
    for (const attribute of element.getAttributeNames())
      expect(attribute.startsWith("on"), `${element.tagName} ${attribute}`).toBe(false);
  }
  for (const link of document.querySelectorAll("a"))
    expect(link.getAttribute("href")).toMatch(/^(https?:|\/|#)/);
}

/** Rendered as the server renders authored Markdown for every `…Html` field. */
const expectHarmless = (markdown: string) => expectHarmlessHtml(renderMarkdown(markdown));

const DUPLICATE = `mutation($id: ID!) { duplicateQuestionSet(id: $id) { ${SET_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateQuestionSetInput!, $v: Int!) { updateQuestionSet(id: $id, input: $input, expectedVersion: $v) { ${SET_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishQuestionSet(id: $id) { ${SET_FIELDS} } }`;
const ASSIGN = `mutation($c: ID!, $q: ID!, $f: FeedbackTiming) { assignQuestionSet(classId: $c, questionSetId: $q, feedback: $f) { id lesson { slug } } }`;

describe.each(DATABASE_KINDS)("authored fields against hostile input on %s", (kind) => {
  const suite = serveForSuite(kind);
  const gql = (q: string, v: Record<string, unknown>, auth: Record<string, string> = {}) =>
    suite.server.gql(q, v, auth);

  const copy = async (auth: Record<string, string>) => {
    const builtIn = (await gql(`{ questionSet(slug: "sourcing-marks-and-readers") { id } }`, {}))
      .data.questionSet;
    return (await gql(DUPLICATE, { id: builtIn.id }, auth)).data.duplicateQuestionSet;
  };

  it("keeps hostile prose as text the renderer defuses, and the student gets it only as feedback", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode);
    const set = await copy(teacher.auth);
    const draft = structuredClone(set.authoring.draft);
    const q = draft.questions[0];
    q.prompt = `Who wrote it? ${HOSTILE}`;
    q.explanation = HOSTILE;
    const wrong = q.choices.find((c: any) => !c.correct);
    wrong.text = `Kim ${HOSTILE}`;
    wrong.explanation = `Not him. ${HOSTILE}`;
    const saved = await gql(
      UPDATE,
      { id: set.id, input: { title: `Set ${HOSTILE}`.slice(0, 150), content: draft }, v: 1 },
      teacher.auth,
    );
    expect(saved.errors, JSON.stringify(saved.errors)).toBeUndefined();
    expect(saved.data.updateQuestionSet.authoring.problems).toEqual([]);
    await gql(PUBLISH, { id: set.id }, teacher.auth);
    const assignment = (await gql(ASSIGN, { c: room.id, q: set.id, f: "PRACTICE" }, teacher.auth))
      .data.assignQuestionSet;
    const slug = assignment.lesson.slug;

    const lesson = (await gql(PLAYER_LESSON, { slug }, student.auth)).data.lesson;
    const item = servedItems(lesson)[0]!;
    expect(item.prompt).toContain("<script>alert(1)</script>");
    // The lesson's page carries the same text in its HTML as data, never as markup.
    const page = new JSDOM(await (await fetch(`${suite.server.url}/lessons/${slug}`)).text()).window
      .document;
    expect([...page.querySelectorAll("script")].map((s) => s.type)).toEqual([
      "module",
      "application/json",
    ]);
    const embedded = JSON.parse(page.getElementById("first-page-data")!.textContent!);
    expect(servedItems(embedded.read.body.data.lesson)[0]!.prompt).toBe(item.prompt);
    expectHarmless(item.prompt!);
    const choice = item.choices!.find((c) => c.text.startsWith("Kim "))!;
    expectHarmless(choice.text);
    const attempt = (
      await gql(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignment.id },
        student.auth,
      )
    ).data.startAttempt;
    const answered = await gql(
      `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) {
        feedback { correct message messageHtml } } }`,
      { a: attempt.id, i: item.id, x: { choiceIds: [choice.id] } },
      student.auth,
    );
    const feedback = answered.data.saveResponse.feedback;
    expect(feedback.correct).toBe(false);
    expect(feedback.message).toContain("Not him.");
    expectHarmless(feedback.message);
    expect(feedback.messageHtml).toContain("Not him.");
    expectHarmlessHtml(feedback.messageHtml);

    const review = (
      await gql(
        `query($id: ID!) { assignment(id: $id) { review { items { explanationHtml choices { explanationHtml } } } } }`,
        { id: assignment.id },
        teacher.auth,
      )
    ).data.assignment.review.items[0];
    expect(review.choices.map((c: any) => c.explanationHtml).join("")).toContain("Not him.");
    for (const html of [
      review.explanationHtml,
      ...review.choices.map((c: any) => c.explanationHtml),
    ])
      expectHarmlessHtml(html);
  });

  it("refuses hostile ids, oversized drafts, YAML bombs and forged ids, changing nothing", async () => {
    const teacher = await newTeacher(suite.server);
    const set = await copy(teacher.auth);
    const draft = structuredClone(set.authoring.draft);
    draft.questions[0].id = "<script>alert(1)</script>";
    const saved = (await gql(UPDATE, { id: set.id, input: { content: draft }, v: 1 }, teacher.auth))
      .data.updateQuestionSet.authoring;
    expect(saved.problems.map((p: any) => p.path)).toContain("questions[0].id");
    const lessonsBefore = (await gql(`{ lessons { slug } }`, {})).data.lessons;
    expect(codeOf((await gql(PUBLISH, { id: set.id }, teacher.auth)).errors)).toBe(
      "BAD_USER_INPUT",
    );
    expect(saved.versions).toEqual([]);

    const huge = { ...draft, questions: [{ ...draft.questions[1], prompt: "x".repeat(250_000) }] };
    const tooBig = await gql(UPDATE, { id: set.id, input: { content: huge }, v: 2 }, teacher.auth);
    expect(codeOf(tooBig.errors)).toBe("BAD_USER_INPUT");
    const nul = await gql(UPDATE, { id: set.id, input: { title: "a\u0000b" }, v: 2 }, teacher.auth);
    expect(codeOf(nul.errors)).toBe("BAD_USER_INPUT");
    const longTitle = await gql(
      UPDATE,
      { id: set.id, input: { title: "t".repeat(201) }, v: 2 },
      teacher.auth,
    );
    expect(codeOf(longTitle.errors)).toBe("BAD_USER_INPUT");
    const mine = (await gql(`{ myQuestionSets { ${SET_FIELDS} } }`, {}, teacher.auth)).data
      .myQuestionSets[0];
    expect(mine.authoring.version).toBe(2);
    expect(mine.authoring.draft.questions[0].id).toBe("<script>alert(1)</script>");

    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\ndocument: puzanov-kim-il-sung-1957-11-13\n`;
    const IMPORT = `mutation($y: String!) { importQuestionSet(yaml: $y) { id } }`;
    for (const yaml of [bomb, "- just\n- a list\n", "{ unclosed: ", "title: no document\n"])
      expect(codeOf((await gql(IMPORT, { y: yaml }, teacher.auth)).errors)).toBe("BAD_USER_INPUT");
    const unknownDocument = await gql(IMPORT, { y: "document: nowhere\n" }, teacher.auth);
    expect(codeOf(unknownDocument.errors)).toBe("BAD_USER_INPUT");

    for (const id of [
      "garbage",
      encodeId("AuthoredQuestionSet", "999999"),
      encodeId("Lesson", "1"),
    ])
      expect(codeOf((await gql(DUPLICATE, { id }, teacher.auth)).errors)).toBe("NOT_FOUND");
    const copyShared = `mutation($c: String!) { copySharedQuestionSet(shareCode: $c) { id } }`;
    expect(codeOf((await gql(copyShared, { c: "x".repeat(22) }, teacher.auth)).errors)).toBe(
      "NOT_FOUND",
    );
    expect(
      (await gql(`{ myQuestionSets { id } }`, {}, teacher.auth)).data.myQuestionSets,
    ).toHaveLength(1);
    expect((await gql(`{ lessons { slug } }`, {})).data.lessons).toEqual(lessonsBefore);
  });

  it("keeps an authored lesson's keys, practice and trying to its owner; a shared copy is the receiver's own", async () => {
    const owner = await newTeacher(suite.server);
    const other = await newTeacher(suite.server, "Other");
    const otherRoom = await newClass(suite.server, other.auth);
    const stranger = await joinAsNewStudent(suite.server, otherRoom.joinCode);
    const set = await copy(owner.auth);
    const published = (await gql(PUBLISH, { id: set.id }, owner.auth)).data.publishQuestionSet;
    const slug = published.authoring.versions[0].lessonSlug;
    const KEY = `query($s: String!) { lessonKey(slug: $s) { items { itemId } } }`;
    expect((await gql(KEY, { s: slug }, owner.auth)).data.lessonKey.items.length).toBeGreaterThan(
      0,
    );
    expect((await gql(KEY, { s: slug }, other.auth)).data.lessonKey).toBeNull();
    const assignLesson = `mutation($c: ID!, $l: String!) { assignLesson(classId: $c, lessonSlug: $l) { id } }`;
    expect(codeOf((await gql(assignLesson, { c: otherRoom.id, l: slug }, other.auth)).errors)).toBe(
      "BAD_USER_INPUT",
    );
    const scratch = `mutation($s: String!) { startScratchAttempt(lessonSlug: $s) { id } }`;
    expect(codeOf((await gql(scratch, { s: slug }, other.auth)).errors)).toBe("NOT_FOUND");
    expect((await gql(scratch, { s: slug }, owner.auth)).errors).toBeUndefined();
    const practise = `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`;
    expect(codeOf((await gql(practise, { s: slug }, stranger.auth)).errors)).toBe("NOT_FOUND");

    const code = (
      await gql(
        `mutation($id: ID!) { shareQuestionSet(id: $id) { authoring { shareCode } } }`,
        { id: set.id },
        owner.auth,
      )
    ).data.shareQuestionSet.authoring.shareCode;
    const received = (
      await gql(
        `mutation($c: String!) { copySharedQuestionSet(shareCode: $c) { ${SET_FIELDS} } }`,
        { c: code },
        other.auth,
      )
    ).data.copySharedQuestionSet;
    expect(received.id).not.toBe(set.id);
    expect(received.authoring).toMatchObject({ copiedFrom: "a shared copy", shareCode: null });
    expect(received.authoring.draft.questions).toEqual(set.authoring.draft.questions);
    const theirs = (await gql(`{ myQuestionSets { id } }`, {}, other.auth)).data.myQuestionSets;
    expect(theirs).toEqual([{ id: received.id }]);
    expect(
      codeOf(
        (await gql(UPDATE, { id: set.id, input: { title: "Taken" }, v: 1 }, other.auth)).errors,
      ),
    ).toBe("NOT_FOUND");
  });
});
