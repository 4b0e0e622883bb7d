// Reflections, an exercise's own claim and its context facts: saved like any answer, read back
// by the student and the class's teacher, and by nobody else.
import { beforeAll, describe, expect, it } from "vitest";
import {
  assign,
  codeOf,
  joinAsNewStudent,
  newClass,
  newTeacher,
} from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { serveForSuite } from "../../../support/server.js";

const LESSON = "context-1956-1957";
const EXERCISE = "peng-visit-interference";

const LESSON_ITEMS = /* GraphQL */ `
  query ($slug: String!) {
    lesson(slug: $slug) {
      steps {
        kind
        questionSet {
          questions {
            id
            kind
            points
            ... on ReflectionQuestion {
              maxLength
            }
          }
        }
        exercise {
          id
          slug
          claims {
            id
          }
          ownClaim {
            label
          }
          contextFacts {
            count
            prompt
          }
        }
      }
    }
  }
`;

const SAVE = /* GraphQL */ `
  mutation ($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
    saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) {
      id
      revision
      answer {
        text
        claim
        claimId
        contextFacts
      }
    }
  }
`;

const READ = /* GraphQL */ `
  query ($a: ID!) {
    attempt(id: $a) {
      id
      status
      score
      maxScore
      teacherComment
      responses {
        id
        itemId
        answer {
          text
          claim
          claimId
          contextFacts
        }
        feedback {
          score
          maxScore
          correct
          needsReview
          message
          teacherComment
          expected {
            text
          }
        }
      }
    }
  }
`;

const GUEST = `mutation($n: String!) { startGuestSession(displayName: $n) { token } }`;

describe.each(DATABASE_KINDS)("students' written thinking on %s", (kind) => {
  const suite = serveForSuite(kind);
  let reflections: Array<{ id: string; points: number; maxLength: number }>;
  let shortAnswerId: string;
  let exercise: {
    id: string;
    claims: Array<{ id: string }>;
    ownClaim: { label: string } | null;
    contextFacts: { count: number; prompt: string } | null;
  };

  beforeAll(async () => {
    const { data } = await suite.server.gql(LESSON_ITEMS, { slug: LESSON });
    const steps = data.lesson.steps as any[];
    reflections = steps.find((s) => s.kind === "REFLECT").questionSet.questions;
    shortAnswerId = steps
      .flatMap((s) => s.questionSet?.questions ?? [])
      .find((q: any) => q.kind === "SHORT_ANSWER").id;
    exercise = steps.find((s) => s.exercise?.slug === EXERCISE).exercise;
  });

  const gql = async (query: string, variables: Record<string, unknown>, auth = {}) => {
    const { data, errors } = await suite.server.gql(query, variables, auth);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };

  async function classroom() {
    const teacher = await newTeacher(suite.server);
    const klass = await newClass(suite.server, teacher.auth);
    const assignment = await assign(suite.server, teacher.auth, klass.id, LESSON);
    const ann = await joinAsNewStudent(suite.server, klass.joinCode, "Ann");
    const bo = await joinAsNewStudent(suite.server, klass.joinCode, "Bo");
    const start = async (auth: Record<string, string>) =>
      (
        await gql(
          `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
          { s: LESSON, a: assignment.id },
          auth,
        )
      ).startAttempt.id as string;
    return { teacher, assignment, ann, bo, annAttempt: await start(ann.auth), start };
  }

  it("serves reflection prompts worth 0 points and the exercise's own-claim and context-fact slots", () => {
    expect(reflections.length).toBeGreaterThanOrEqual(1);
    for (const r of reflections) expect(r).toMatchObject({ points: 0, maxLength: 1500 });
    expect(exercise.claims.length).toBeGreaterThan(0);
    expect(exercise.ownClaim?.label).toBeTruthy();
    expect(exercise.contextFacts).toMatchObject({ count: 2 });
  });

  it("saves reflections, an own claim and context facts with revisions, and refuses what does not fit", async () => {
    const { ann, annAttempt } = await classroom();
    const reflection = reflections[0]!;
    const first = await gql(
      SAVE,
      { a: annAttempt, i: reflection.id, x: { text: "Card 2 changed ¶9 for me." }, r: 1 },
      ann.auth,
    );
    expect(first.saveResponse.answer.text).toBe("Card 2 changed ¶9 for me.");
    await gql(
      SAVE,
      { a: annAttempt, i: reflection.id, x: { text: "Card 2, because of ¶9 and ¶10." }, r: 3 },
      ann.auth,
    );
    // A late, lower revision changes nothing and returns what is stored.
    const stale = await gql(
      SAVE,
      { a: annAttempt, i: reflection.id, x: { text: "old" }, r: 2 },
      ann.auth,
    );
    expect(stale.saveResponse).toMatchObject({
      revision: 3,
      answer: { text: "Card 2, because of ¶9 and ¶10." },
    });

    const facts = ["Mikoyan came with Peng (card 2).", "The plenum restored the men (card 2)."];
    const saved = await gql(
      SAVE,
      {
        a: annAttempt,
        i: exercise.id,
        x: { claim: "Both, depending on who was asked.", contextFacts: facts, text: "Because…" },
        r: 1,
      },
      ann.auth,
    );
    expect(saved.saveResponse.answer).toEqual({
      text: "Because…",
      claim: "Both, depending on who was asked.",
      claimId: null,
      contextFacts: facts,
    });

    const refused: Array<[string, string, Record<string, unknown>, string]> = [
      [
        "a choice on a reflection",
        reflection.id,
        { choiceIds: [exercise.claims[0]!.id] },
        "answer.choiceIds",
      ],
      ["a reflection over its limit", reflection.id, { text: "x".repeat(1501) }, "answer.text"],
      [
        "more facts than slots",
        exercise.id,
        { contextFacts: ["a", "b", "c"] },
        "answer.contextFacts",
      ],
      [
        "a fact over its limit",
        exercise.id,
        { contextFacts: ["x".repeat(1001)] },
        "answer.contextFacts[0]",
      ],
      ["facts on a short answer", shortAnswerId, { contextFacts: ["a"] }, "answer.contextFacts"],
    ];
    for (const [what, item, answer, field] of refused) {
      const { errors } = await suite.server.gql(
        SAVE,
        { a: annAttempt, i: item, x: answer, r: 10 },
        ann.auth,
      );
      expect(errors?.[0]?.extensions, what).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    // Nothing refused was stored.
    const read = (await gql(READ, { a: annAttempt }, ann.auth)).attempt;
    const byItem = new Map(read.responses.map((r: any) => [r.itemId, r]));
    expect((byItem.get(reflection.id) as any).answer.text).toBe("Card 2, because of ¶9 and ¶10.");
    expect((byItem.get(exercise.id) as any).answer.contextFacts).toEqual(facts);
    expect(byItem.has(shortAnswerId)).toBe(false);
  });

  it("lets only the student and the class's teacher read them; the teacher comments, the student reads the comments", async () => {
    const { teacher, assignment, ann, bo, annAttempt, start } = await classroom();
    const reflection = reflections[0]!;
    await gql(
      SAVE,
      { a: annAttempt, i: reflection.id, x: { text: "My private thought." }, r: 1 },
      ann.auth,
    );
    await gql(
      SAVE,
      {
        a: annAttempt,
        i: exercise.id,
        x: { claim: "My own claim.", contextFacts: ["Fact one.", ""] },
        r: 1,
      },
      ann.auth,
    );

    // A classmate, a guest, another teacher and an anonymous caller read nothing.
    const guest = {
      authorization: `Bearer ${(await gql(GUEST, { n: "Guest" })).startGuestSession.token}`,
    };
    const otherTeacher = (await newTeacher(suite.server)).auth;
    for (const [who, auth] of [
      ["classmate", bo.auth],
      ["guest", guest],
      ["another teacher", otherTeacher],
      ["anonymous", {}],
    ] as const) {
      const { data } = await suite.server.gql(READ, { a: annAttempt }, auth);
      expect(data?.attempt ?? null, who).toBeNull();
    }
    expect(
      codeOf(
        (
          await suite.server.gql(
            SAVE,
            { a: annAttempt, i: reflection.id, x: { text: "Bo was here" }, r: 9 },
            bo.auth,
          )
        ).errors,
      ),
    ).toBe("FORBIDDEN");
    // The classmate's own attempt holds none of Ann's work.
    const boAttempt = await start(bo.auth);
    expect((await gql(READ, { a: boAttempt }, bo.auth)).attempt.responses).toEqual([]);

    // Before submitting (feedback ON_SUBMIT) the student reads her answers, not feedback.
    const before = (await gql(READ, { a: annAttempt }, ann.auth)).attempt;
    expect(before.responses.map((r: any) => r.feedback)).toEqual([null, null]);
    expect(before.responses.map((r: any) => r.answer.text ?? r.answer.claim)).toEqual([
      "My private thought.",
      "My own claim.",
    ]);

    await gql(
      `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
      { a: annAttempt },
      ann.auth,
    );
    const submitted = (await gql(READ, { a: annAttempt }, ann.auth)).attempt;
    const reflectionFeedback = submitted.responses.find((r: any) => r.itemId === reflection.id);
    // Unmarked: 0 of 0, never waiting for review, no key.
    expect(reflectionFeedback.feedback).toMatchObject({
      score: 0,
      maxScore: 0,
      correct: null,
      needsReview: false,
      expected: null,
    });
    expect(reflectionFeedback.feedback.message).toMatch(/not marked/);

    // The teacher reads the reflection, the own claim and the facts, and comments on each.
    const view = (
      await gql(
        `query($id: ID!) { assignment(id: $id) { attempts { id responses { id itemId answer { text claim claimId contextFacts } feedback { needsReview } } } review { items { itemId kind points acceptedAnswers targets { quote } } } } }`,
        { id: assignment.id },
        teacher.auth,
      )
    ).assignment;
    const responses = view.attempts.find((a: any) => a.id === annAttempt).responses;
    const teacherReflection = responses.find((r: any) => r.itemId === reflection.id);
    const teacherExercise = responses.find((r: any) => r.itemId === exercise.id);
    expect(teacherReflection.answer.text).toBe("My private thought.");
    expect(teacherReflection.feedback.needsReview).toBe(false);
    expect(teacherExercise.answer).toMatchObject({
      claim: "My own claim.",
      claimId: null,
      contextFacts: ["Fact one.", ""],
    });
    // The own claim is the teacher's to judge, like any exercise answer.
    expect(teacherExercise.feedback.needsReview).toBe(true);
    expect(view.review.items.find((i: any) => i.itemId === reflection.id)).toMatchObject({
      kind: "REFLECTION",
      points: 0,
      acceptedAnswers: [],
      targets: [],
    });

    const SCORE = `mutation($r: ID!, $s: Float, $c: String) { scoreResponse(responseId: $r, score: $s, comment: $c) { id } }`;
    const refusedScore = await suite.server.gql(
      SCORE,
      { r: teacherReflection.id, s: 1, c: "x" },
      teacher.auth,
    );
    expect(refusedScore.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "score",
    });
    await gql(SCORE, { r: teacherReflection.id, s: 0, c: "A fair point about ¶9." }, teacher.auth);
    await gql(
      `mutation($a: ID!, $c: String) { returnAttempt(attemptId: $a, comment: $c) { id } }`,
      { a: annAttempt, c: "Good thinking overall." },
      teacher.auth,
    );

    const back = (await gql(READ, { a: annAttempt }, ann.auth)).attempt;
    expect(back.teacherComment).toBe("Good thinking overall.");
    expect(
      back.responses.find((r: any) => r.itemId === reflection.id).feedback.teacherComment,
    ).toBe("A fair point about ¶9.");
    // Still nobody else.
    expect(
      (await suite.server.gql(READ, { a: annAttempt }, bo.auth)).data?.attempt ?? null,
    ).toBeNull();

    // The results CSV holds the reflection's text in a column of its own, with no score column.
    const csv = await (
      await fetch(`${suite.server.url}/api/assignments/${assignment.id}/results.csv`, {
        headers: teacher.auth,
      })
    ).text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header!.match(/\(reflection\)/g)).toHaveLength(reflections.length);
    const annRow = rows.find((row) => row.startsWith("Ann,"))!;
    expect(annRow).toContain("My private thought.");
    expect(annRow).toContain("A fair point about ¶9.");
  });
});
