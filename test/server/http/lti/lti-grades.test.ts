import { describe, expect, it } from "vitest";
import { decodeId } from "../../../../server/src/core/ids.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { eventually, gradingWorld, launchPair } from "./lti-grades-world.js";
import { teacherLaunch } from "./lti-world.js";

const GRADE_SYNC = `query($id: ID!) { assignment(id: $id) { gradeSync { pending failed sent lastError lastSentAt } } }`;
const RETRY = `mutation($id: ID!) { retryGradeSync(assignmentId: $id) { pending failed } }`;

describe.each(DATABASE_KINDS)("LTI grades back (AGS) on %s", (kind) => {
  const world = gradingWorld(kind);

  it("a submitted attempt arrives as PendingManual while the exercise awaits the teacher, the rubric score as FullyGraded", async () => {
    const { assignmentId, teacher, student, sub } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "a",
    );
    const attemptId = await world.player.start(student, assignmentId);
    const started = await eventually(() => world.grades.scoresOf("a", sub)[0]);
    expect(started).toMatchObject({ activityProgress: "Started", gradingProgress: "NotReady" });
    expect(started.scoreGiven).toBeUndefined();

    const responses = await world.player.answerAll(student, attemptId);
    const exercise = world.player.items.find((item) => item.kind === "EXERCISE")!;
    const rubricOf = (
      await world.player.ok(
        `query($s: String!) { exercise(slug: $s) { rubric { id levels { score } } } }`,
        { s: exercise.slug },
        {},
      )
    ).exercise.rubric as Array<{ id: string; levels: Array<{ score: number }> }>;
    const submitted = await world.player.submit(student, attemptId);
    expect(submitted.pendingReviewPoints).toBeGreaterThan(0);
    const pending = await eventually(() =>
      world.grades.scoresOf("a", sub).find((s) => s.activityProgress === "Completed"),
    );
    expect(pending).toMatchObject({
      userId: sub,
      activityProgress: "Completed",
      gradingProgress: "PendingManual",
      scoreGiven: submitted.autoScore,
      scoreMaximum: submitted.maxScore,
    });
    expect(Date.parse(pending.timestamp)).toBeGreaterThan(Date.parse(started.timestamp));

    // The teacher scores what awaits them: the exercise by its rubric, anything else in full.
    const waiting = (
      await world.player.ok(
        `query($a: ID!) { attempt(id: $a) { responses { id itemId feedback { needsReview maxScore } } } }`,
        { a: attemptId },
        teacher,
      )
    ).attempt.responses.filter((r: any) => r.feedback.needsReview);
    expect(waiting.map((r: any) => r.id)).toContain(responses[exercise.id]);
    for (const response of waiting) {
      const rubric =
        response.id === responses[exercise.id]
          ? rubricOf.map((c) => ({ criterionId: c.id, score: c.levels[0]!.score }))
          : undefined;
      await world.player.ok(
        `mutation($r: ID!, $rs: [RubricScoreInput!], $s: Float) { scoreResponse(responseId: $r, rubricScores: $rs, score: $s) { id } }`,
        { r: response.id, rs: rubric, s: rubric ? undefined : response.feedback.maxScore },
        teacher,
      );
    }
    const total = (
      await world.player.ok(
        `query($a: ID!) { attempt(id: $a) { score } }`,
        { a: attemptId },
        teacher,
      )
    ).attempt.score as number;
    expect(total).toBeGreaterThan(0);
    const graded = await eventually(() =>
      world.grades.scoresOf("a", sub).find((s) => s.gradingProgress === "FullyGraded"),
    );
    expect(graded).toMatchObject({ scoreGiven: total, scoreMaximum: submitted.maxScore });

    // The teacher sees it went through; the student sees nothing of it.
    const sync = await eventually(async () => {
      const data = (await world.tool.server.gql(GRADE_SYNC, { id: assignmentId }, teacher)).data;
      return data.assignment.gradeSync.pending === 0 && data.assignment.gradeSync;
    });
    expect(sync).toMatchObject({ failed: 0, sent: 1, lastError: null });
    expect(Date.parse(sync.lastSentAt)).not.toBeNaN();
    const seen = await world.tool.server.gql(GRADE_SYNC, { id: assignmentId }, student);
    expect(seen.data.assignment.gradeSync).toBeNull();
  });

  it("returned work carries the teacher's comment; reopened work goes back to InProgress without a score", async () => {
    const { assignmentId, teacher, student, sub } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "r",
    );
    const attemptId = await world.player.start(student, assignmentId);
    await world.player.answerAll(student, attemptId);
    await world.player.submit(student, attemptId);
    await world.player.ok(
      `mutation($a: ID!) { returnAttempt(attemptId: $a, comment: "See me about paragraph 9.") { id } }`,
      { a: attemptId },
      teacher,
    );
    await eventually(() =>
      world.grades.scoresOf("r", sub).find((s) => s.comment === "See me about paragraph 9."),
    );
    await world.player.ok(
      `mutation($a: ID!) { reopenAttempt(attemptId: $a) { id } }`,
      { a: attemptId },
      teacher,
    );
    const reopened = await eventually(() =>
      world.grades.scoresOf("r", sub).find((s) => s.activityProgress === "InProgress"),
    );
    expect(reopened.gradingProgress).toBe("NotReady");
    expect(reopened.scoreGiven).toBeUndefined();
    expect(assignmentId).toBeTruthy();
  });

  it("changes made while the platform is down supersede each other: only the newest score is taken", async () => {
    const { assignmentId, teacher, student, sub } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "s",
    );
    world.grades.setDown(true);
    try {
      const attemptId = await world.player.start(student, assignmentId);
      await world.player.answerAll(student, attemptId);
      await world.player.submit(student, attemptId);
      await world.player.ok(
        `mutation($a: ID!) { returnAttempt(attemptId: $a, comment: "Newest") { id } }`,
        { a: attemptId },
        teacher,
      );
      // The newest version has been tried (and refused) while down: no older post is still on its way.
      await eventually(() =>
        world.grades.received.posts.some(
          (p) => p.lineitem === "s" && JSON.parse(p.body).comment === "Newest",
        ),
      );
    } finally {
      world.grades.setDown(false);
    }
    const taken = await eventually(() => world.grades.scoresOf("s", sub)[0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(world.grades.scoresOf("s", sub)).toEqual([taken]);
    expect(taken).toMatchObject({ activityProgress: "Completed", comment: "Newest" });
  });

  it("a failing platform is retried with backoff; after the last try the teacher sees the failure and retries it", async () => {
    const { assignmentId, teacher, student, sub } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "f",
    );
    world.grades.failScores(2);
    await world.player.start(student, assignmentId);
    const first = await eventually(() => world.grades.scoresOf("f", sub)[0]);
    const posts = world.grades.received.posts.filter((p) => p.lineitem === "f");
    expect(posts.map((p) => p.status)).toEqual([500, 500, 200]);
    expect(first.activityProgress).toBe("Started");

    world.grades.setDown(true);
    try {
      const attemptId = (await world.player.ok(`query { myAttempts { id } }`, {}, student))
        .myAttempts[0].id as string;
      await world.player.answerAll(student, attemptId);
      await world.player.submit(student, attemptId);
      const failed = await eventually(async () => {
        const data = (await world.tool.server.gql(GRADE_SYNC, { id: assignmentId }, teacher)).data;
        return data.assignment.gradeSync.failed === 1 && data.assignment.gradeSync;
      });
      expect(failed.lastError).toMatch(/503/);
      const tries = world.grades.received.posts.filter(
        (p) => p.lineitem === "f" && p.status === 503,
      );
      expect(tries).toHaveLength(3);
    } finally {
      world.grades.setDown(false);
    }
    // Nothing more is tried until the teacher asks.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(world.grades.scoresOf("f", sub)).toHaveLength(1);
    const retried = await world.tool.server.gql(RETRY, { id: assignmentId }, teacher);
    expect(retried.data.retryGradeSync.failed).toBe(0);
    const done = await eventually(() =>
      world.grades.scoresOf("f", sub).find((s) => s.activityProgress === "Completed"),
    );
    expect(done.gradingProgress).toBe("PendingManual");
  });

  it("AFTER_DUE hides the score until the due date, then sends it; deleted work is cleared", async () => {
    const { assignmentId, teacher, student, sub } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "due",
    );
    const attemptId = await world.player.start(student, assignmentId);
    await world.player.answerAll(student, attemptId);
    await world.player.submit(student, attemptId);
    await eventually(() =>
      world.grades.scoresOf("due", sub).find((s) => s.gradingProgress === "PendingManual"),
    );
    const dueAt = new Date(Date.now() + 2_000).toISOString();
    await world.player.ok(
      `mutation($a: ID!, $d: DateTimeISO) { updateAssignment(assignmentId: $a, feedback: AFTER_DUE, dueAt: $d) { id } }`,
      { a: assignmentId, d: dueAt },
      teacher,
    );
    const hidden = await eventually(() =>
      world.grades.scoresOf("due", sub).find((s) => s.gradingProgress === "Pending"),
    );
    expect(hidden.scoreGiven).toBeUndefined();
    const opened = await eventually(() => {
      const last = world.grades.scoresOf("due", sub).at(-1)!;
      return last.gradingProgress === "PendingManual" ? last : undefined;
    });
    expect(Date.parse(opened.timestamp)).toBeGreaterThanOrEqual(Date.parse(dueAt));
    expect(opened.scoreGiven).toEqual(expect.any(Number));

    // An attempt with nothing in it that goes away (as a merge of duplicates does) is cleared.
    const other = await launchPair(world.platform, world.grades, world.tool.server, "gone");
    const emptyId = await world.player.start(other.student, other.assignmentId);
    await eventually(() => world.grades.scoresOf("gone", other.sub)[0]);
    await world.database.pool.query(`DELETE FROM attempts WHERE id = $1`, [
      decodeId("Attempt", emptyId),
    ]);
    const cleared = await eventually(() =>
      world.grades.scoresOf("gone", other.sub).find((s) => s.activityProgress === "Initialized"),
    );
    expect(cleared).toMatchObject({ gradingProgress: "NotReady" });
    expect(cleared.scoreGiven).toBeUndefined();
  });

  it("refuses retryGradeSync for an assignment no LMS takes grades for, and to a student", async () => {
    const { assignmentId, student } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "x",
    );
    const denied = await world.tool.server.gql(RETRY, { id: assignmentId }, student);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const plain = await world.platform.launch(world.tool.server.url, teacherLaunch("plain"));
    const plainId = /([\w-]+)$/.exec(plain.location!)![1]!;
    const cookie = { cookie: plain.cookie! };
    const refused = await world.tool.server.gql(RETRY, { id: plainId }, cookie);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(
      (await world.tool.server.gql(GRADE_SYNC, { id: plainId }, cookie)).data.assignment.gradeSync,
    ).toBeNull();
  });
});
