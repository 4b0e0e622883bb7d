import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS, type TestDatabase } from "../../../support/databases.js";
import { createPreparedTestDatabase } from "../../../support/prepared-databases.js";
import { PLAYER_LESSON, servedItems, type ServedItem } from "../../../support/lesson-answers.js";
import { startTestServer, type TestServer } from "../../../support/server.js";

const START = `mutation($slug: String!) { startAttempt(lessonSlug: $slug) { id } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`;
const SUBMIT = `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`;
const FEEDBACK = `query($id: ID!) { attempt(id: $id) { responses { itemId feedback { score correct needsReview } } } }`;

// Short answers of the lesson context-1956-1957, matched as the content's accepted answers allow.
describe.each(DATABASE_KINDS)("short answers over the API on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let auth: Record<string, string>;
  let deputy: ServedItem;
  let cotton: ServedItem;

  beforeAll(async () => {
    database = await createPreparedTestDatabase(kind);
    server = await startTestServer(database.pool);
    const items = servedItems(
      (await server.gql(PLAYER_LESSON, { slug: "context-1956-1957" })).data.lesson,
    );
    deputy = items.find((i) => i.prompt?.startsWith("One of the men condemned in August 1956"))!;
    cotton = items.find((i) => i.prompt?.includes("how many tons of cotton"))!;
    expect(deputy && cotton).toBeTruthy();
    const { data } = await server.gql(
      `mutation { startGuestSession(displayName: "Min") { token } }`,
    );
    auth = { authorization: `Bearer ${data.startGuestSession.token}` };
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  /** The feedback a submitted attempt shows for one answer. */
  async function submitted(item: ServedItem, text: string) {
    const attemptId = (await server.gql(START, { slug: "context-1956-1957" }, auth)).data
      .startAttempt.id;
    const saved = await server.gql(SAVE, { a: attemptId, i: item.id, x: { text } }, auth);
    expect(saved.errors).toBeUndefined();
    expect((await server.gql(SUBMIT, { a: attemptId }, auth)).errors).toBeUndefined();
    const attempt = (await server.gql(FEEDBACK, { id: attemptId }, auth)).data.attempt;
    return attempt.responses.find((r: any) => r.itemId === item.id).feedback;
  }

  it("scores variants and answers that contain an accepted answer, and sends the rest to review", async () => {
    for (const text of ["Ch’oe Ch’ang-ik, the deputy premier", "choe changik"]) {
      expect(await submitted(deputy, text), text).toMatchObject({
        correct: true,
        needsReview: false,
        score: 1,
      });
    }
    for (const text of ["Eight thousand tons", "8 000 t", "8.000"]) {
      expect(await submitted(cotton, text), text).toMatchObject({ correct: true, score: 1 });
    }
    for (const [item, text] of [
      [deputy, "Pak Hon-yong, Choe Chang-ik, Kim Tu-bong"],
      [deputy, "Choeb"],
      [cotton, "12,000 or 8,000"],
      [cotton, "twelve thousand"],
    ] as const) {
      expect(await submitted(item, text), text).toMatchObject({
        score: null,
        correct: null,
        needsReview: true,
      });
    }
  });
});
