import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import { countQueries, DATABASE_KINDS } from "../../../support/databases.js";
import {
  PLAYER_LESSON,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const FULL_ATTEMPT = /* GraphQL */ `
  query ($id: ID!) {
    attempt(id: $id) {
      id
      status
      score
      maxScore
      late
      startedAt
      submittedAt
      lesson {
        slug
        title
      }
      student {
        displayName
        signInCode
      }
      responses {
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
          rubricScores {
            criterionId
            score
          }
          teacherComment
          expected {
            choiceIds
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
          }
        }
      }
    }
  }
`;

describe.each(DATABASE_KINDS)("reading attempts on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
  });

  const guest = async () => {
    const { data } = await suite.server.gql(
      `mutation { startGuestSession(displayName: "Reader") { token } }`,
    );
    return { authorization: `Bearer ${data.startGuestSession.token}` };
  };

  it("reads an attempt with all its responses and feedback in the same number of SQL round trips, however many", async () => {
    const auth = await guest();
    const lesson = (await suite.server.gql(PLAYER_LESSON, { slug: content.lessons[0]!.slug })).data
      .lesson;
    const items: ServedItem[] = servedItems(lesson);
    const { data } = await suite.server.gql(
      `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
      { s: lesson.slug },
      auth,
    );
    const id = data.startAttempt.id;
    const save = (item: ServedItem) =>
      suite.server.gql(
        `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`,
        {
          a: id,
          i: item.id,
          x: rightAnswer(content, item),
        },
        auth,
      );
    await save(items[0]!);
    const one = await countQueries(suite.database.pool, () =>
      suite.server.gql(FULL_ATTEMPT, { id }, auth),
    );
    for (const item of items.slice(1)) await save(item);
    const all = await countQueries(suite.database.pool, () =>
      suite.server.gql(FULL_ATTEMPT, { id }, auth),
    );
    expect(all.result.errors).toBeUndefined();
    expect(all.result.data.attempt.responses).toHaveLength(items.length);
    expect(all.queries).toBe(one.queries);
    expect(all.queries).toBeLessThanOrEqual(10);
  });

  it("gives concurrent starts of one lesson a single open attempt", async () => {
    const auth = await guest();
    const starts = await Promise.all(
      Array.from({ length: 6 }, () =>
        suite.server.gql(
          `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
          { s: content.lessons[1]!.slug },
          auth,
        ),
      ),
    );
    expect(new Set(starts.map((s) => s.data.startAttempt.id)).size).toBe(1);
  });

  it("ends a session that has been idle longer than allowed", async () => {
    const auth = await guest();
    expect((await suite.server.gql(`{ viewer { id } }`, {}, auth)).data.viewer).not.toBeNull();
    await suite.database.pool.query(
      `UPDATE sessions SET last_seen_at = now() - interval '15 days'`,
    );
    expect((await suite.server.gql(`{ viewer { id } }`, {}, auth)).data.viewer).toBeNull();
  });

  it("answers null for attempts that are malformed or unknown, never an error", async () => {
    const auth = await guest();
    for (const id of ["", "garbage", "QXR0ZW1wdDo5OTk5OTk", "RG9jdW1lbnQ6MQ"]) {
      const { data, errors } = await suite.server.gql(
        `query($id: ID!) { attempt(id: $id) { id } }`,
        { id },
        auth,
      );
      expect(errors).toBeUndefined();
      expect(data.attempt).toBeNull();
    }
  });
});
