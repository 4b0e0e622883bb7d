import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import { type Auth, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { PLAYER_LESSON, servedItems } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const SAVE = `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
  saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { revision answer { text } } }`;
const READ = `query($a: ID!) { attempt(id: $a) { responses { itemId revision answer { text } } } }`;

/** Revisions 1…n in any order, sent in batches that race each other. */
const interleavings = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.tuple(
    fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i + 1),
      { minLength: n, maxLength: n },
    ),
    fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
  ),
);

describe.each(DATABASE_KINDS)("autosave revisions on %s (property)", (kind) => {
  const suite = serveForSuite(kind);
  let student: Auth;
  let attemptId: string;
  let itemId: string;
  beforeAll(async () => {
    const lessonSlug = (await loadContent(LESSONS_DIR)).content.lessons[0]!.slug;
    const items = servedItems(
      (await suite.server.gql(PLAYER_LESSON, { slug: lessonSlug })).data.lesson,
    );
    itemId = items.find((item) => item.kind === "SHORT_ANSWER" || item.kind === "REFLECTION")!.id;
    const teacher = await newTeacher(suite.server, "Ms Revisions");
    const room = await newClass(suite.server, teacher.auth, "History 9");
    student = (await joinAsNewStudent(suite.server, room.joinCode, "Rae")).auth;
    const { data } = await suite.server.gql(
      `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
      { s: lessonSlug },
      student,
    );
    attemptId = data.startAttempt.id;
  });

  it("keeps the highest revision and its answer, whatever order the saves arrive in", async () => {
    let base = 0;
    await fc.assert(
      fc.asyncProperty(interleavings, async ([order, batchSizes]) => {
        base += 100;
        for (let at = 0, b = 0; at < order.length; b++) {
          const batch = order.slice(at, at + batchSizes[b]!);
          at += batch.length;
          const answers = await Promise.all(
            batch.map((r) =>
              suite.server.gql(
                SAVE,
                { a: attemptId, i: itemId, x: { text: `r${base + r}` }, r: base + r },
                student,
              ),
            ),
          );
          for (const [i, { data, errors }] of answers.entries()) {
            expect(errors).toBeUndefined();
            expect(data.saveResponse.revision).toBeGreaterThanOrEqual(base + batch[i]!);
          }
        }
        const { data } = await suite.server.gql(READ, { a: attemptId }, student);
        const stored = data.attempt.responses.find((r: any) => r.itemId === itemId);
        const top = base + order.length;
        expect(stored).toMatchObject({ revision: top, answer: { text: `r${top}` } });
      }),
      { numRuns: 12 },
    );
  });
});
