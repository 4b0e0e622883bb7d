import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import { DATABASE_KINDS, type TestDatabase } from "../../../support/databases.js";
import { createPreparedTestDatabase } from "../../../support/prepared-databases.js";
import {
  authoredItem,
  PLAYER_LESSON,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "../../../support/lesson-answers.js";
import { LESSONS_DIR, startTestServer, type TestServer } from "../../../support/server.js";

const SAVE = /* GraphQL */ `
  mutation Save($attemptId: ID!, $itemId: ID!, $answer: AnswerInput!, $revision: Int!) {
    saveResponse(attemptId: $attemptId, itemId: $itemId, answer: $answer, revision: $revision) {
      id
      itemId
      revision
      savedAt
      answer {
        choiceIds
        text
        order
        pairs {
          leftId
          rightId
        }
        evidence {
          paragraphNumber
          start
          end
        }
        claimId
        claim
      }
      feedback {
        correct
        score
        maxScore
        message
        needsReview
        expected {
          choiceIds
          order
          evidence {
            paragraphNumber
            start
            end
          }
        }
      }
    }
  }
`;
const START = `mutation($slug: String!) { startAttempt(lessonSlug: $slug) { id status responses { itemId revision } } }`;
const ATTEMPT = `query($id: ID!) { attempt(id: $id) { id status score maxScore submittedAt student { displayName signInCode }
  responses { itemId revision answer { text } feedback { score needsReview expected { evidence { paragraphNumber } } } } } }`;

describe.each(DATABASE_KINDS)("the student path on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let content: LoadedContent;
  let lesson: any;
  let items: ServedItem[];
  const slug = () => lesson.slug as string;

  const guest = async (name = "Ana") => {
    const { data, errors } = await server.gql(
      `mutation($n: String!) { startGuestSession(displayName: $n) { token viewer { id displayName signInCode role } } }`,
      { n: name },
    );
    expect(errors).toBeUndefined();
    const auth = { authorization: `Bearer ${data.startGuestSession.token}` };
    return {
      auth,
      viewer: data.startGuestSession.viewer,
      token: data.startGuestSession.token as string,
    };
  };
  const start = async (auth: Record<string, string>) =>
    (await server.gql(START, { slug: slug() }, auth)).data.startAttempt;
  const save = (
    auth: Record<string, string>,
    attemptId: string,
    item: ServedItem,
    answer: unknown,
    revision: number,
  ) => server.gql(SAVE, { attemptId, itemId: item.id, answer, revision }, auth);

  beforeAll(async () => {
    database = await createPreparedTestDatabase(kind);
    server = await startTestServer(database.pool);
    content = (await loadContent(LESSONS_DIR)).content;
    lesson = (await server.gql(PLAYER_LESSON, { slug: content.lessons[0]!.slug })).data.lesson;
    items = servedItems(lesson);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it("starts a guest session by token and by httpOnly cookie", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { startGuestSession(displayName: "  Zoë  ") { viewer { displayName role signInCode } } }`,
      }),
    });
    const body = (await response.json()) as any;
    expect(body.data.startGuestSession.viewer).toMatchObject({
      displayName: "Zoë",
      role: "STUDENT",
    });
    expect(body.data.startGuestSession.viewer.signInCode).toMatch(
      /^[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}$/,
    );
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const viewer = await server.gql(
      `{ viewer { displayName } }`,
      {},
      { cookie: cookie.split(";")[0]! },
    );
    expect(viewer.data.viewer).toEqual({ displayName: "Zoë" });
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["x".repeat(61), "too long"],
    ["Ana\u0000", "NUL"],
    ["Ana\nBob", "a line break"],
  ])("refuses the display name %j (%s) and creates nobody", async (name) => {
    const before = await database.pool.query(`SELECT count(*)::int AS n FROM users`);
    const { errors } = await server.gql(
      `mutation($n: String!) { startGuestSession(displayName: $n) { token } }`,
      { n: name },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "displayName" });
    const after = await database.pool.query(`SELECT count(*)::int AS n FROM users`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("accepts any script, normalised to NFC, up to 60 characters", async () => {
    const { viewer } = await guest("김일성 Ким Ir Sen ".repeat(3).slice(0, 60));
    expect([...viewer.displayName].length).toBeLessThanOrEqual(60);
    const composed = await guest("Zoe\u0308");
    expect(composed.viewer.displayName).toBe("Zoë");
  });

  it("practises a whole lesson in tries mode (feedback on check), submits, and reads the result", async () => {
    const { auth } = await guest();
    const anonymous = await server.gql(START, { slug: slug() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const attempt = await start(auth);
    expect(attempt).toMatchObject({ status: "IN_PROGRESS", responses: [] });
    expect((await start(auth)).id).toBe(attempt.id);

    for (const item of items) {
      const { data, errors } = await save(auth, attempt.id, item, rightAnswer(content, item), 1);
      expect(errors, item.prompt ?? item.slug).toBeUndefined();
      expect(data.saveResponse.itemId).toBe(item.id);
      // Guest practice is tries mode: a save alone shows nothing, a check shows the feedback.
      expect(data.saveResponse.feedback).toBeNull();
      const checked = await server.gql(
        `mutation($a: ID!, $i: ID!) { checkResponse(attemptId: $a, itemId: $i, revision: 1) {
          feedback { score maxScore needsReview message } } }`,
        { a: attempt.id, i: item.id },
        auth,
      );
      if (item.kind === "REFLECTION") {
        // A reflection is kept for the teacher, never checked one by one.
        expect(checked.errors?.[0]?.extensions?.code).toBe("CONFLICT");
        continue;
      }
      expect(checked.errors, item.prompt ?? item.slug).toBeUndefined();
      const response = checked.data.checkResponse;
      if (item.kind === "EXERCISE") {
        expect(response.feedback).toMatchObject({ score: null, needsReview: true });
      } else if (item.kind === "SHORT_ANSWER" && response.feedback.needsReview) {
        expect(response.feedback.score).toBeNull();
      } else {
        expect(response.feedback.score, item.prompt).toBe(response.feedback.maxScore);
        expect(response.feedback.message.length).toBeGreaterThan(20);
      }
    }
    const submitted = await server.gql(
      `mutation($id: ID!) { submitAttempt(attemptId: $id) { status submittedAt } }`,
      { id: attempt.id },
      auth,
    );
    expect(submitted.data.submitAttempt.status).toBe("SUBMITTED");
    const again = await server.gql(
      `mutation($id: ID!) { submitAttempt(attemptId: $id) { status submittedAt } }`,
      { id: attempt.id },
      auth,
    );
    expect(again.data.submitAttempt).toEqual(submitted.data.submitAttempt);

    const read = (await server.gql(ATTEMPT, { id: attempt.id }, auth)).data.attempt;
    expect(read.responses).toHaveLength(items.length);
    expect(read.score).toBeNull(); // the exercise waits for a teacher's rubric
    const authoredPoints = items.reduce(
      (sum, item) => sum + (authoredItem(content, item) as { points: number }).points,
      0,
    );
    expect(read.maxScore).toBe(authoredPoints);
    const exercise = read.responses.find(
      (r: any) => r.itemId === items.find((i) => i.kind === "EXERCISE")!.id,
    );
    expect(exercise.feedback).toMatchObject({ score: null, needsReview: true });
    expect(exercise.feedback.expected.evidence.length).toBeGreaterThan(0);

    const late = await save(auth, attempt.id, items[0]!, rightAnswer(content, items[0]!), 2);
    expect(late.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const fresh = await start(auth);
    expect(fresh.id).not.toBe(attempt.id);
  });

  it("keeps the highest revision whatever order saves arrive in", async () => {
    const { auth } = await guest();
    const attempt = await start(auth);
    const item = items.find((i) => i.kind === "SINGLE_CHOICE")!;
    const [a, b] = item.choices!;
    expect(
      (await save(auth, attempt.id, item, { choiceIds: [a!.id] }, 2)).data.saveResponse.revision,
    ).toBe(2);
    const same = await save(auth, attempt.id, item, { choiceIds: [b!.id] }, 2);
    expect(same.data.saveResponse).toMatchObject({ revision: 2, answer: { choiceIds: [a!.id] } });
    const lower = await save(auth, attempt.id, item, { choiceIds: [b!.id] }, 1);
    expect(lower.data.saveResponse).toMatchObject({ revision: 2, answer: { choiceIds: [a!.id] } });
    const concurrent = await Promise.all(
      [7, 3, 9, 5, 8].map((revision) =>
        save(auth, attempt.id, item, { choiceIds: [revision === 9 ? b!.id : a!.id] }, revision),
      ),
    );
    for (const result of concurrent) expect(result.errors).toBeUndefined();
    const stored = (await server.gql(ATTEMPT, { id: attempt.id }, auth)).data.attempt.responses;
    expect(stored).toEqual([expect.objectContaining({ itemId: item.id, revision: 9 })]);
    const higher = await save(auth, attempt.id, item, { choiceIds: [a!.id] }, 10);
    expect(higher.data.saveResponse).toMatchObject({
      revision: 10,
      answer: { choiceIds: [a!.id] },
    });
  });

  it("refuses every malformed save with the contract's code and changes nothing", async () => {
    const { auth } = await guest();
    const attempt = await start(auth);
    const single = items.find((i) => i.kind === "SINGLE_CHOICE")!;
    const evidence = items.find((i) => i.kind === "EVIDENCE")!;
    const short = items.find((i) => i.kind === "SHORT_ANSWER")!;
    const ordering = items.find((i) => i.kind === "ORDERING")!;
    await save(auth, attempt.id, single, { choiceIds: [single.choices![0]!.id] }, 1);
    const otherLesson = servedItems(
      (await server.gql(PLAYER_LESSON, { slug: content.lessons[1]!.slug })).data.lesson,
    )[0]!;
    const cases: Array<
      [string, ServedItem | { id: string; kind: string }, unknown, number, string, string?]
    > = [
      ["wrong shape", single, { text: "B" }, 2, "BAD_USER_INPUT", "answer.text"],
      [
        "two choices for a single choice",
        single,
        { choiceIds: single.choices!.slice(0, 2).map((c) => c.id) },
        2,
        "BAD_USER_INPUT",
        "answer.choiceIds",
      ],
      [
        "a choice of another question",
        single,
        { choiceIds: [ordering.items![0]!.id] },
        2,
        "BAD_USER_INPUT",
        "answer.choiceIds[0]",
      ],
      [
        "a malformed choice id",
        single,
        { choiceIds: ["not-an-id"] },
        2,
        "BAD_USER_INPUT",
        "answer.choiceIds[0]",
      ],
      [
        "a paragraph outside the document",
        evidence,
        { evidence: [{ paragraphNumber: 32 }] },
        1,
        "BAD_USER_INPUT",
        "answer.evidence[0].paragraphNumber",
      ],
      [
        "an offset past the paragraph's end",
        evidence,
        { evidence: [{ paragraphNumber: 3, start: 0, end: 5000 }] },
        1,
        "BAD_USER_INPUT",
        "answer.evidence[0]",
      ],
      [
        "a reversed span",
        evidence,
        { evidence: [{ paragraphNumber: 3, start: 20, end: 10 }] },
        1,
        "BAD_USER_INPUT",
        "answer.evidence[0]",
      ],
      [
        "too many selections",
        evidence,
        { evidence: Array.from({ length: 31 }, (_, i) => ({ paragraphNumber: i + 1 })) },
        1,
        "BAD_USER_INPUT",
        "answer.evidence",
      ],
      [
        "text over the item's limit",
        short,
        { text: "x".repeat(20_001) },
        1,
        "BAD_USER_INPUT",
        "answer.text",
      ],
      ["an item of another lesson", otherLesson, {}, 1, "BAD_USER_INPUT", "itemId"],
      ["revision 0", single, { choiceIds: [] }, 0, "BAD_USER_INPUT", "revision"],
      ["revision 2^31", single, { choiceIds: [] }, 2 ** 31 - 1 + 1, "BAD_USER_INPUT"],
      ["a malformed item id", { id: "bm9wZQ", kind: "SINGLE_CHOICE" }, {}, 1, "NOT_FOUND"],
    ];
    for (const [what, item, answer, revision, code, field] of cases) {
      const { errors } = await save(auth, attempt.id, item as ServedItem, answer, revision);
      const accepted =
        code === "BAD_USER_INPUT" && what === "revision 2^31"
          ? ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"]
          : [code];
      expect(accepted, what).toContain(errors?.[0]?.extensions?.code);
      if (field) expect(errors?.[0]?.extensions?.field, what).toBe(field);
      expect(JSON.stringify(errors), what).not.toMatch(/SELECT|INSERT|at .*\.ts/);
    }
    const malformedAttempt = await server.gql(
      SAVE,
      { attemptId: "x", itemId: single.id, answer: {}, revision: 1 },
      auth,
    );
    expect(malformedAttempt.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const stored = (await server.gql(ATTEMPT, { id: attempt.id }, auth)).data.attempt.responses;
    expect(stored).toEqual([expect.objectContaining({ itemId: single.id, revision: 1 })]);
  });

  it("keeps one student's attempt from every other student and from anonymous callers", async () => {
    const owner = await guest("Owner");
    const other = await guest("Other");
    const attempt = await start(owner.auth);
    const item = items.find((i) => i.kind === "SHORT_ANSWER")!;
    await save(owner.auth, attempt.id, item, { text: "mine" }, 1);
    const write = await save(other.auth, attempt.id, item, { text: "theirs" }, 2);
    expect(write.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const submit = await server.gql(
      `mutation($id: ID!) { submitAttempt(attemptId: $id) { id } }`,
      { id: attempt.id },
      other.auth,
    );
    expect(submit.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymousWrite = await save({}, attempt.id, item, { text: "anon" }, 3);
    expect(anonymousWrite.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await server.gql(ATTEMPT, { id: attempt.id }, other.auth)).data.attempt).toBeNull();
    expect((await server.gql(ATTEMPT, { id: attempt.id })).data.attempt).toBeNull();
    const theirs = await server.gql(`{ myAttempts { id } }`, {}, other.auth);
    expect(theirs.data.myAttempts).toEqual([]);
    const mine = (await server.gql(ATTEMPT, { id: attempt.id }, owner.auth)).data.attempt;
    expect(mine.responses[0].answer.text).toBe("mine");
  });

  it("resumes on a second device with the sign-in code, from the stored revisions", async () => {
    const first = await guest("Min-jun");
    const attempt = await start(first.auth);
    const item = items.find((i) => i.kind === "SHORT_ANSWER")!;
    await save(first.auth, attempt.id, item, { text: "draft" }, 4);
    const typed = first.viewer.signInCode.toLowerCase().replace("-", " ");
    const signIn = await server.gql(
      `mutation($c: String!) { signInWithCode(signInCode: $c) { token viewer { id } } }`,
      { c: typed },
    );
    expect(signIn.data.signInWithCode.viewer.id).toBe(first.viewer.id);
    const second = { authorization: `Bearer ${signIn.data.signInWithCode.token}` };
    const resumed = await start(second);
    expect(resumed).toMatchObject({
      id: attempt.id,
      responses: [{ itemId: item.id, revision: 4 }],
    });
    expect(
      (await save(second, attempt.id, item, { text: "final" }, 5)).data.saveResponse.revision,
    ).toBe(5);
  });

  it("ends a session everywhere on logOut", async () => {
    const { auth } = await guest();
    expect((await server.gql(`mutation { logOut }`, {}, auth)).data.logOut).toBe(true);
    expect((await server.gql(`{ viewer { id } }`, {}, auth)).data.viewer).toBeNull();
    expect((await server.gql(START, { slug: slug() }, auth)).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("slows down guessing of sign-in codes", async () => {
    const headers = { "x-test": "guess" };
    let last: any;
    for (let i = 0; i < 31; i++) {
      last = await server.gql(
        `mutation { signInWithCode(signInCode: "22222-22222") { token } }`,
        {},
        headers,
      );
    }
    expect(last.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(last.errors[0].extensions.retryAfter).toBeGreaterThan(0);
    const { viewer } = await guest();
    const right = await server.gql(
      `mutation($c: String!) { signInWithCode(signInCode: $c) { token } }`,
      { c: viewer.signInCode },
    );
    expect(right.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    await database.pool.query(`DELETE FROM rate_limits`);
  });
});
