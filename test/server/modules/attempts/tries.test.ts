// Tries mode (IMMEDIATE) over HTTP, as a crafty student would try it: the key stays hidden while
// tries remain, checks spend tries once, locked items refuse changes, scores carry the penalty.
import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import {
  assign,
  type Auth,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  authoredItem,
  PLAYER_LESSON,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";
import type { LoadedQuestion } from "../../../../server/src/content/lessons/content.types.js";

const RESPONSE = `id itemId revision triesUsed triesLeft maxTries locked
  feedback { correct score maxScore message needsReview expected { choiceIds order evidence { paragraphNumber } } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
  saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { ${RESPONSE} } }`;
const CHECK = `mutation($a: ID!, $i: ID!, $r: Int!) { checkResponse(attemptId: $a, itemId: $i, revision: $r) { ${RESPONSE} } }`;
const REVEAL = `mutation($a: ID!, $i: ID!) { revealResponse(attemptId: $a, itemId: $i) { ${RESPONSE} } }`;
const ATTEMPT = `query($a: ID!) { attempt(id: $a) { status score responses { itemId ${RESPONSE} } } }`;

describe.each(DATABASE_KINDS)("tries mode over HTTP on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;
  let teacher: Auth;
  let classId: string;
  let student: Auth;
  let classmate: Auth;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
    teacher = (await newTeacher(suite.server)).auth;
    const room = await newClass(suite.server, teacher);
    classId = room.id;
    student = (await joinAsNewStudent(suite.server, room.joinCode, "Crafty")).auth;
    classmate = (await joinAsNewStudent(suite.server, room.joinCode, "Mate")).auth;
  });

  const gql = async (query: string, variables: Record<string, unknown>, auth: Auth) =>
    suite.server.gql(query, variables, auth);
  const ok = async (query: string, variables: Record<string, unknown>, auth: Auth) => {
    const { data, errors } = await gql(query, variables, auth);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };
  const startAt = async (feedback: string, who = student) => {
    const assignment = await assign(suite.server, teacher, classId, slug, { feedback });
    return (
      await ok(
        `mutation($s: String!, $g: ID) { startAttempt(lessonSlug: $s, assignmentId: $g) { id } }`,
        { s: slug, g: assignment.id },
        who,
      )
    ).startAttempt.id as string;
  };
  const singleChoices = () => items.filter((i) => i.kind === "SINGLE_CHOICE");
  const wrongAnswer = (item: ServedItem) => {
    const authored = authoredItem(content, item) as LoadedQuestion & {
      choices: Array<{ text: string; correct: boolean }>;
    };
    const wrong = authored.choices.find((c) => !c.correct)!;
    return { choiceIds: [item.choices!.find((c) => c.text === wrong.text)!.id] };
  };
  const rightText = (item: ServedItem) =>
    (
      authoredItem(content, item) as LoadedQuestion & {
        choices: Array<{ text: string; correct: boolean }>;
      }
    ).choices.find((c) => c.correct)!.text;

  it("hides the key after a save and a wrong check, spends a try once, and scores try 2 at 2/3", async () => {
    const attemptId = await startAt("IMMEDIATE");
    const item = singleChoices()[0]!;
    const saved = (
      await ok(SAVE, { a: attemptId, i: item.id, x: wrongAnswer(item), r: 1 }, student)
    ).saveResponse;
    expect(saved).toMatchObject({
      feedback: null,
      triesUsed: 0,
      triesLeft: 3,
      maxTries: 3,
      locked: false,
    });

    const stale = await gql(CHECK, { a: attemptId, i: item.id, r: 2 }, student);
    expect(codeOf(stale.errors)).toBe("CONFLICT");
    expect(stale.errors![0]!.message).toMatch(
      /revision 2 is not the saved answer.*No try was spent/i,
    );

    const checked = (await ok(CHECK, { a: attemptId, i: item.id, r: 1 }, student)).checkResponse;
    expect(checked).toMatchObject({ triesUsed: 1, triesLeft: 2, locked: false });
    expect(checked.feedback).toMatchObject({ correct: false, score: 0, expected: null });
    expect(checked.feedback.message).toMatch(/this choice is not right/);
    expect(checked.feedback.message).not.toContain(rightText(item));

    // Asking for the key through another path, right after the wrong check.
    const read = (await ok(ATTEMPT, { a: attemptId }, student)).attempt.responses[0];
    expect(read.feedback.expected).toBeNull();
    expect(read.feedback.message).not.toContain(rightText(item));

    // A retried check of the same revision spends nothing, even in parallel.
    const again = await Promise.all(
      [1, 2, 3].map(() => ok(CHECK, { a: attemptId, i: item.id, r: 1 }, student)),
    );
    for (const d of again) expect(d.checkResponse.triesUsed).toBe(1);

    // A draft is not a checked answer: saving the right one shows nothing new and scores nothing.
    const right = rightAnswer(content, item);
    const draft = (await ok(SAVE, { a: attemptId, i: item.id, x: right, r: 2 }, student))
      .saveResponse;
    expect(draft).toMatchObject({ triesUsed: 1, triesLeft: 2 });
    expect(draft.feedback.expected).toBeNull();
    expect(draft.feedback.score).toBe(0);

    const second = (await ok(CHECK, { a: attemptId, i: item.id, r: 2 }, student)).checkResponse;
    expect(second).toMatchObject({ triesUsed: 2, triesLeft: 0, locked: true });
    expect(second.feedback.correct).toBe(true);
    expect(second.feedback.score).toBeCloseTo((second.feedback.maxScore * 2) / 3, 2);
    expect(second.feedback.expected.choiceIds).toEqual(right.choiceIds);
    expect(second.feedback.message).toMatch(/Try 2 of 3/);

    const late = await gql(SAVE, { a: attemptId, i: item.id, x: wrongAnswer(item), r: 3 }, student);
    expect(codeOf(late.errors)).toBe("CONFLICT");
    expect(late.errors![0]!.message).toMatch(/locked/);
    const lateCheck = await gql(CHECK, { a: attemptId, i: item.id, r: 3 }, student);
    expect(codeOf(lateCheck.errors)).toBe("CONFLICT");
    expect(lateCheck.errors![0]!.message).toMatch(/locked/);
    const kept = (await ok(ATTEMPT, { a: attemptId }, student)).attempt.responses[0];
    expect(kept).toMatchObject({ revision: 2, triesUsed: 2, locked: true });
  });

  it("refuses checks of someone else's attempt, by a teacher, anonymously, and with no tries left", async () => {
    const attemptId = await startAt("IMMEDIATE");
    const item = singleChoices()[0]!;
    await ok(SAVE, { a: attemptId, i: item.id, x: wrongAnswer(item), r: 1 }, student);
    const vars = { a: attemptId, i: item.id, r: 1 };
    expect(codeOf((await gql(CHECK, vars, classmate)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await gql(CHECK, vars, teacher)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await gql(CHECK, vars, {})).errors)).toBe("UNAUTHENTICATED");
    expect(codeOf((await gql(REVEAL, { a: attemptId, i: item.id }, classmate)).errors)).toBe(
      "FORBIDDEN",
    );
    for (let r = 1; r <= 3; r++) {
      if (r > 1) await ok(SAVE, { a: attemptId, i: item.id, x: wrongAnswer(item), r }, student);
      // Two checks at once (a double click, a retried request) spend one try, the last one too.
      const both = await Promise.all(
        [0, 1].map(() => ok(CHECK, { a: attemptId, i: item.id, r }, student)),
      );
      for (const { checkResponse: d } of both) {
        expect(d.triesUsed).toBe(r);
        expect(d.feedback.expected === null).toBe(r < 3);
      }
    }
    const spent = await gql(CHECK, { a: attemptId, i: item.id, r: 4 }, student);
    expect(codeOf(spent.errors)).toBe("CONFLICT");
    const unsaved = singleChoices()[1]!;
    const nothing = await gql(CHECK, { a: attemptId, i: unsaved.id, r: 1 }, student);
    expect(codeOf(nothing.errors)).toBe("CONFLICT");
    expect(nothing.errors![0]!.message).toMatch(/Save an answer/);
  });

  it("shows the answer on giving up, keeping the last check's score, and scores drafts at submit", async () => {
    const attemptId = await startAt("IMMEDIATE");
    const [a, b, c] = singleChoices();
    // a: given up without a check → 0, locked, key shown.
    await ok(SAVE, { a: attemptId, i: a!.id, x: wrongAnswer(a!), r: 1 }, student);
    const shown = (await ok(REVEAL, { a: attemptId, i: a!.id }, student)).revealResponse;
    expect(shown).toMatchObject({ locked: true, triesUsed: 0, triesLeft: 0 });
    expect(shown.feedback.score).toBe(0);
    expect(shown.feedback.expected.choiceIds).toEqual(rightAnswer(content, a!).choiceIds);
    expect((await ok(REVEAL, { a: attemptId, i: a!.id }, student)).revealResponse).toEqual(shown);
    // b: one wrong check, then the right draft never checked → submit counts it as try 2.
    await ok(SAVE, { a: attemptId, i: b!.id, x: wrongAnswer(b!), r: 1 }, student);
    await ok(CHECK, { a: attemptId, i: b!.id, r: 1 }, student);
    await ok(SAVE, { a: attemptId, i: b!.id, x: rightAnswer(content, b!), r: 2 }, student);
    // c: the right draft, never checked → try 1, full points.
    await ok(SAVE, { a: attemptId, i: c!.id, x: rightAnswer(content, c!), r: 1 }, student);
    await ok(
      `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
      { a: attemptId },
      student,
    );
    const done = (await ok(ATTEMPT, { a: attemptId }, student)).attempt;
    const by = (id: string) => done.responses.find((r: any) => r.itemId === id);
    expect(by(a!.id).feedback.score).toBe(0);
    expect(by(b!.id)).toMatchObject({ triesUsed: 2, locked: true });
    expect(by(b!.id).feedback.score).toBeCloseTo((by(b!.id).feedback.maxScore * 2) / 3, 2);
    expect(by(c!.id)).toMatchObject({ triesUsed: 1, locked: true });
    expect(by(c!.id).feedback.score).toBe(by(c!.id).feedback.maxScore);
    expect(by(c!.id).feedback.expected.choiceIds).toEqual(rightAnswer(content, c!).choiceIds);
    const after = await gql(CHECK, { a: attemptId, i: c!.id, r: 1 }, student);
    expect(codeOf(after.errors)).toBe("CONFLICT");
  });

  it("keeps the old immediate key for PRACTICE, which does not count, and checks nothing elsewhere", async () => {
    const attemptId = await startAt("PRACTICE");
    const item = singleChoices()[0]!;
    const saved = (
      await ok(SAVE, { a: attemptId, i: item.id, x: wrongAnswer(item), r: 1 }, student)
    ).saveResponse;
    expect(saved.feedback.expected.choiceIds).toEqual(rightAnswer(content, item).choiceIds);
    expect(saved).toMatchObject({ triesUsed: 0, maxTries: null, triesLeft: null, locked: false });
    expect(codeOf((await gql(CHECK, { a: attemptId, i: item.id, r: 1 }, student)).errors)).toBe(
      "CONFLICT",
    );
    const counts = await ok(
      `query($a: ID!) { attempt(id: $a) { assignment { feedback counts } } }`,
      { a: attemptId },
      student,
    );
    expect(counts.attempt.assignment).toEqual({ feedback: "PRACTICE", counts: false });

    const onSubmit = await startAt("ON_SUBMIT");
    await ok(SAVE, { a: onSubmit, i: item.id, x: wrongAnswer(item), r: 1 }, student);
    const refused = await gql(CHECK, { a: onSubmit, i: item.id, r: 1 }, student);
    expect(codeOf(refused.errors)).toBe("CONFLICT");
    expect(refused.errors![0]!.message).toMatch(/not checked one by one/);
  });

  it("gives guests practising alone the tries mode, evidence and exercises two tries", async () => {
    const { data } = await suite.server.gql(
      `mutation { startGuestSession(displayName: "Guest") { token } }`,
      {},
    );
    const guest = { authorization: `Bearer ${data.startGuestSession.token}` };
    const attemptId = (
      await ok(`mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`, { s: slug }, guest)
    ).startAttempt.id;
    const evidence = items.find((i) => i.kind === "EVIDENCE")!;
    const exercise = items.find((i) => i.kind === "EXERCISE")!;
    for (const item of [evidence, exercise]) {
      const saved = (
        await ok(
          SAVE,
          { a: attemptId, i: item.id, x: { evidence: [{ paragraphNumber: 1 }] }, r: 1 },
          guest,
        )
      ).saveResponse;
      expect(saved).toMatchObject({ maxTries: 2, feedback: null });
      const checked = (await ok(CHECK, { a: attemptId, i: item.id, r: 1 }, guest)).checkResponse;
      expect(checked.feedback.expected).toBeNull();
      expect(checked.feedback.message).toMatch(/still missing|not (key|model) passages/);
    }
  });
  it("shows the teacher tries in review, statistics and the CSV, and PRACTICE as not counted", async () => {
    const assignment = await assign(suite.server, teacher, classId, slug, {
      feedback: "IMMEDIATE",
    });
    const attemptId = (
      await ok(
        `mutation($s: String!, $g: ID) { startAttempt(lessonSlug: $s, assignmentId: $g) { id } }`,
        { s: slug, g: assignment.id },
        student,
      )
    ).startAttempt.id;
    const item = singleChoices()[0]!;
    await ok(SAVE, { a: attemptId, i: item.id, x: wrongAnswer(item), r: 1 }, student);
    await ok(CHECK, { a: attemptId, i: item.id, r: 1 }, student);
    await ok(SAVE, { a: attemptId, i: item.id, x: rightAnswer(content, item), r: 2 }, student);
    await ok(CHECK, { a: attemptId, i: item.id, r: 2 }, student);

    const review = await ok(ATTEMPT, { a: attemptId }, teacher);
    expect(review.attempt.responses[0]).toMatchObject({ triesUsed: 2, maxTries: 3, locked: true });
    const stats = await ok(
      `query($g: ID!) { assignment(id: $g) { counts itemStatistics { itemId meanTries firstTryRight } } }`,
      { g: assignment.id },
      teacher,
    );
    expect(stats.assignment.counts).toBe(true);
    expect(stats.assignment.itemStatistics.find((s: any) => s.itemId === item.id)).toEqual({
      itemId: item.id,
      meanTries: 2,
      firstTryRight: 0,
    });

    const csv = async (id: string) => {
      const response = await fetch(`${suite.server.url}/api/assignments/${id}/results.csv`, {
        headers: teacher,
      });
      expect(response.status).toBe(200);
      return (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    };
    const lines = await csv(assignment.id);
    const header = lines[0]!.split(",");
    const column = header.findIndex((title) => /^Q\d+ tries$/.test(title));
    expect(header[column - 1]).toMatch(/^Q1 /);
    const crafty = lines.find((line) => line.startsWith("Crafty,"))!;
    expect(crafty.split(",")[column]).toBe("2");

    const practice = await startAt("PRACTICE");
    await ok(SAVE, { a: practice, i: item.id, x: wrongAnswer(item), r: 1 }, student);
    const practiceId = (
      await ok(`query($a: ID!) { attempt(id: $a) { assignment { id } } }`, { a: practice }, student)
    ).attempt.assignment.id;
    const practiceLines = await csv(practiceId);
    expect(practiceLines[0]).not.toMatch(/Q\d+ tries/);
    expect(practiceLines.find((line) => line.startsWith("Crafty,"))).toMatch(
      /,"in progress, practice, not counted",/,
    );
  });
});
