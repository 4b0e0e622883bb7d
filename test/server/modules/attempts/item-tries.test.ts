// An author's own tries for one item (`tries:` in its YAML) over HTTP: the item allows that many
// checks in tries mode, while the others keep their kind's default. Content from a copy of the
// lessons with one question changed, on both databases.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../../../server/src/app/startup.js";
import { formatProblem, loadContent } from "../../../../server/src/content/lessons/load-content.js";
import { addYaml, mutatedCopy } from "../../content/lessons/mutate-tree.js";
import {
  createTestDatabase,
  DATABASE_KINDS,
  type TestDatabase,
} from "../../../support/databases.js";
import { PLAYER_LESSON, servedItems, type ServedItem } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, startTestServer, type TestServer } from "../../../support/server.js";

const SET_FILE = "question-sets/sourcing-marks-and-readers.yaml";
const RESPONSE = `triesUsed triesLeft maxTries locked feedback { correct expected { choiceIds } }`;
const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!) {
  saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { ${RESPONSE} } }`;
const CHECK = `mutation($a: ID!, $i: ID!) { checkResponse(attemptId: $a, itemId: $i, revision: 1) { ${RESPONSE} } }`;

/** A copy of the lessons in which the author gives "Who wrote this record?" (the set's first question) `tries`. */
const lessonsWithTries = (tries: number) =>
  mutatedCopy(LESSONS_DIR, addYaml(SET_FILE, ["questions", 0, "tries"], tries));

describe("an item's own tries in the content", () => {
  it("loads from 1 to 5 tries and refuses more", async () => {
    for (const [tries, problem] of [
      [5, null],
      [6, "question-sets/sourcing-marks-and-readers.yaml: questions[0].tries: allow 1 to 5 tries"],
    ] as const) {
      const dir = lessonsWithTries(tries);
      try {
        const { content, problems } = await loadContent(dir, { displayRoot: dir });
        if (problem === null) {
          expect(problems.map(formatProblem)).toEqual([]);
          const set = content.questionSets.find((s) => s.sourceFile.endsWith(SET_FILE))!;
          expect(set.questions.map((q) => q.tries)).toEqual([
            5,
            ...set.questions.slice(1).map(() => null),
          ]);
        } else expect(problems.map(formatProblem)).toContain(problem);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe.each(DATABASE_KINDS)("an item's own tries on %s", (kind) => {
  let lessonsDir: string;
  let database: TestDatabase;
  let server: TestServer;
  let items: ServedItem[];
  let auth: Record<string, string>;

  beforeAll(async () => {
    lessonsDir = lessonsWithTries(1);
    database = await createTestDatabase(kind);
    await prepareDatabase(database.pool, { lessonsDir });
    server = await startTestServer(database.pool, { prepare: false });
    const slug = "sourcing-the-record";
    items = servedItems((await server.gql(PLAYER_LESSON, { slug })).data.lesson);
    const guest = await server.gql(
      `mutation { startGuestSession(displayName: "Practice") { token } }`,
    );
    auth = { authorization: `Bearer ${guest.data.startGuestSession.token}` };
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
    rmSync(lessonsDir, { recursive: true, force: true });
  });

  it("locks the item after its one try, with the key, while the next question keeps three", async () => {
    const start = await server.gql(
      `mutation { startAttempt(lessonSlug: "sourcing-the-record") { id } }`,
      {},
      auth,
    );
    const attemptId = start.data.startAttempt.id as string;
    const [author, sic] = items.filter((i) => i.kind === "SINGLE_CHOICE") as [
      ServedItem,
      ServedItem,
    ];
    expect(author.prompt).toBe("Who wrote this record?");
    const wrong = author.choices!.find((c) => c.text === "Kim Il Sung")!;

    const saved = await server.gql(
      SAVE,
      { a: attemptId, i: author.id, x: { choiceIds: [wrong.id] } },
      auth,
    );
    expect(saved.data.saveResponse).toMatchObject({ maxTries: 1, triesLeft: 1, locked: false });
    const checked = (await server.gql(CHECK, { a: attemptId, i: author.id }, auth)).data
      .checkResponse;
    expect(checked).toMatchObject({ triesUsed: 1, triesLeft: 0, maxTries: 1, locked: true });
    expect(checked.feedback.correct).toBe(false);
    // Locked after its only try: the key shows.
    expect(checked.feedback.expected.choiceIds).toHaveLength(1);
    expect(checked.feedback.expected.choiceIds).not.toContain(wrong.id);
    const again = await server.gql(
      SAVE,
      { a: attemptId, i: author.id, x: { choiceIds: checked.feedback.expected.choiceIds } },
      auth,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const other = await server.gql(
      SAVE,
      { a: attemptId, i: sic.id, x: { choiceIds: [sic.choices![0]!.id] } },
      auth,
    );
    expect(other.data.saveResponse).toMatchObject({ maxTries: 3, triesLeft: 3, locked: false });
  });
});
