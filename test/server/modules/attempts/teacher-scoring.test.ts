import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../../server/src/content/lessons/content.types.js";
import {
  classWithWork as classWithWorkOn,
  TEACHER_VIEW,
} from "../../../support/assignment-work.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { codeOf, newTeacher } from "../../../support/classroom.js";
import { PLAYER_LESSON, servedItems, type ServedItem } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite } from "../../../support/server.js";

const SCORE = `mutation($r: ID!, $rs: [RubricScoreInput!], $s: Float, $c: String) {
  scoreResponse(responseId: $r, rubricScores: $rs, score: $s, comment: $c) { id feedback { score needsReview rubricScores { criterionId score } teacherComment } } }`;

describe.each(DATABASE_KINDS)("teacher scoring on %s", (kind) => {
  const suite = serveForSuite(kind);
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;

  beforeAll(async () => {
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await suite.server.gql(PLAYER_LESSON, { slug })).data.lesson);
  });

  const classWithWork = (size: number, options?: { partial?: boolean; names?: string[] }) =>
    classWithWorkOn(suite.server, { content, slug, items }, size, options);

  it("scores exercises by the rubric and short answers by points, checking every score", async () => {
    const { teacher, assignment, students } = await classWithWork(1);
    const view = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data
      .assignment;
    const exerciseId = items.find((i) => i.kind === "EXERCISE")!.id;
    const response = view.attempts[0].responses.find((r: any) => r.itemId === exerciseId);
    const criteria = (
      await suite.server.gql(
        `query($s: String!) { exercise(slug: $s) { rubric { id levels { score } } } }`,
        { s: items.find((i) => i.kind === "EXERCISE")!.slug },
      )
    ).data.exercise.rubric;
    const top = criteria.map((c: any) => ({
      criterionId: c.id,
      score: Math.max(...c.levels.map((l: any) => l.score)),
    }));
    const bad: Array<[string, Record<string, unknown>, string]> = [
      ["missing criterion", { rs: top.slice(1) }, "rubricScores"],
      [
        "level off the scale",
        { rs: [{ ...top[0], score: 99 }, ...top.slice(1)] },
        "rubricScores[0].score",
      ],
      [
        "unknown criterion",
        { rs: [{ criterionId: "bm9wZQ", score: 1 }, ...top.slice(1)] },
        "rubricScores[0].criterionId",
      ],
      ["a plain score for an exercise", { rs: top, s: 3 }, "score"],
    ];
    for (const [what, vars, field] of bad) {
      const { errors } = await suite.server.gql(SCORE, { r: response.id, ...vars }, teacher.auth);
      expect(errors?.[0]?.extensions, what).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(
      codeOf(
        (await suite.server.gql(SCORE, { r: response.id, rs: top }, students[0]!.auth)).errors,
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        (
          await suite.server.gql(
            SCORE,
            { r: response.id, rs: top },
            (await newTeacher(suite.server)).auth,
          )
        ).errors,
      ),
    ).toBe("FORBIDDEN");
    expect(codeOf((await suite.server.gql(SCORE, { r: response.id, rs: top })).errors)).toBe(
      "UNAUTHENTICATED",
    );

    const scored = (
      await suite.server.gql(SCORE, { r: response.id, rs: top, c: "Well argued." }, teacher.auth)
    ).data.scoreResponse;
    expect(scored.feedback).toMatchObject({ needsReview: false, teacherComment: "Well argued." });
    expect(scored.feedback.score).toBe(response.feedback.maxScore);
    const rescored = (
      await suite.server.gql(
        SCORE,
        { r: response.id, rs: top.map((t: any) => ({ ...t, score: 1 })) },
        teacher.auth,
      )
    ).data.scoreResponse;
    expect(rescored.feedback.score).toBeLessThan(scored.feedback.score);

    const pending = (
      await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)
    ).data.assignment.attempts[0].responses.filter((r: any) => r.feedback.needsReview);
    for (const open of pending) {
      const tooMuch = await suite.server.gql(
        SCORE,
        { r: open.id, s: open.feedback.maxScore + 1 },
        teacher.auth,
      );
      expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "score",
      });
      await suite.server.gql(SCORE, { r: open.id, s: open.feedback.maxScore }, teacher.auth);
    }
    const done = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth)).data
      .assignment.attempts[0];
    expect(done.score).not.toBeNull();
    const mine = (
      await suite.server.gql(
        `query($id: ID!) { attempt(id: $id) { score } }`,
        { id: done.id },
        students[0]!.auth,
      )
    ).data.attempt;
    expect(mine.score).toBe(done.score);
  });

  it("tells the score so far: scored points, out of what, and the points awaiting review", async () => {
    const SO_FAR = `query($id: ID!) { attempt(id: $id) { score maxScore autoScore autoMaxScore pendingReviewPoints responses { id itemId feedback { score maxScore needsReview } } } }`;
    const { teacher, assignment, students } = await classWithWork(1);
    const attemptId = (await suite.server.gql(TEACHER_VIEW, { id: assignment.id }, teacher.auth))
      .data.assignment.attempts[0].id;
    const read = async (auth: typeof teacher.auth) =>
      (await suite.server.gql(SO_FAR, { id: attemptId }, auth)).data.attempt;

    const before = await read(teacher.auth);
    const pending = before.responses.filter((r: any) => r.feedback.needsReview);
    expect(pending.length).toBeGreaterThan(0);
    expect(before.score).toBeNull();
    const scoredSum = before.responses
      .filter((r: any) => !r.feedback.needsReview)
      .reduce((sum: number, r: any) => sum + r.feedback.score, 0);
    const pendingPoints = pending.reduce((sum: number, r: any) => sum + r.feedback.maxScore, 0);
    expect(before.autoScore).toBe(Math.round(scoredSum * 100) / 100);
    expect(before.pendingReviewPoints).toBe(pendingPoints);
    expect(before.autoMaxScore + before.pendingReviewPoints).toBe(before.maxScore);
    expect(before.autoScore).toBeLessThanOrEqual(before.autoMaxScore);
    const own = await read(students[0]!.auth);
    expect(own).toMatchObject({
      autoScore: before.autoScore,
      autoMaxScore: before.autoMaxScore,
      pendingReviewPoints: before.pendingReviewPoints,
    });

    // Short answers are scored by points; the exercise (by its rubric) still waits.
    const exerciseId = items.find((i) => i.kind === "EXERCISE")!.id;
    const byPoints = pending.filter((r: any) => r.itemId !== exerciseId);
    expect(byPoints.length).toBeGreaterThan(0);
    for (const open of byPoints) {
      await suite.server.gql(SCORE, { r: open.id, s: open.feedback.maxScore }, teacher.auth);
    }
    const after = await read(teacher.auth);
    const stillPending = after.responses.filter((r: any) => r.feedback.needsReview);
    const stillPoints = stillPending.reduce((sum: number, r: any) => sum + r.feedback.maxScore, 0);
    expect(stillPending.map((r: any) => r.itemId)).toEqual([exerciseId]);
    expect(after.pendingReviewPoints).toBe(stillPoints);
    expect(after.autoMaxScore + after.pendingReviewPoints).toBe(after.maxScore);
    expect(after.score).toBe(stillPending.length === 0 ? after.autoScore : null);
    expect(after.autoScore).toBe(
      Math.round((before.autoScore + pendingPoints - stillPoints) * 100) / 100,
    );
  });
});
