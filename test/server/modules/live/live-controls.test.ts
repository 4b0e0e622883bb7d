import { describe, expect, it } from "vitest";
import { assign, joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { firstLessonWork } from "../../../support/student-work.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { classWithAttempt, liveServer, SNAPSHOT } from "../../../support/live-world.js";
import { ACTIVITY, liveSubscribe, tokenOf, UPDATES } from "../../../support/live-client.js";

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(DATABASE_KINDS)("live classroom: pause, checks, scores, feedback (%s)", (kind) => {
  const world = liveServer(kind, {
    subscriptionsPerConnection: 2,
    connectionsPerAddress: 5,
    subscriptionsPerUser: 4,
    maxPayloadBytes: 4096,
  });

  it("pauses the class: saves refused CLASS_PAUSED, the student hears PAUSED and RESUMED", async () => {
    const { teacher, klass, assignment, student, work, attempt } = await classWithAttempt(
      world.server,
    );
    const updates = liveSubscribe(world.server.url, tokenOf(student.auth), UPDATES, {
      a: attempt.id,
    });
    await settle();
    const paused = await world.server.gql(
      `mutation($c: ID!) { pauseClass(classId: $c) }`,
      { c: klass.id },
      teacher.auth,
    );
    expect(paused.data.pauseClass).toBe(true);
    const refused = await work.save(student.auth, attempt.id, 1);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "CLASS_PAUSED",
    });
    expect(
      (await world.server.gql(SNAPSHOT, { a: assignment.id }, teacher.auth)).data
        .assignmentActivitySnapshot.paused,
    ).toBe(true);
    await updates.waitFor(1);
    expect(updates.results[0]!.data.myAttemptUpdates).toMatchObject({
      kind: "PAUSED",
      attemptId: attempt.id,
    });
    // Only the class's teacher pauses or resumes it.
    for (const auth of [student.auth, (await newTeacher(world.server)).auth]) {
      const { errors } = await world.server.gql(
        `mutation($c: ID!) { resumeClass(classId: $c) }`,
        { c: klass.id },
        auth,
      );
      expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    await world.server.gql(
      `mutation($c: ID!) { resumeClass(classId: $c) }`,
      { c: klass.id },
      teacher.auth,
    );
    await updates.waitFor(2);
    expect(updates.results[1]!.data.myAttemptUpdates.kind).toBe("RESUMED");
    expect((await work.save(student.auth, attempt.id, 1)).errors).toBeUndefined();
    const trail = await world.server.gql(
      `query($c: ID!) { classroom(id: $c) { auditTrail { action } } }`,
      { c: klass.id },
      teacher.auth,
    );
    expect(trail.data.classroom.auditTrail.map((e: any) => e.action)).toEqual([
      "CLASS_RESUMED",
      "CLASS_PAUSED",
    ]);
    await updates.dispose();
  });

  it("streams a check with its correctness; a paused class refuses checks too, and says so on Classroom.paused", async () => {
    const teacher = await newTeacher(world.server);
    const klass = await newClass(world.server, teacher.auth);
    const { slug, work } = await firstLessonWork(world.server);
    const assignment = await assign(world.server, teacher.auth, klass.id, slug, {
      feedback: "IMMEDIATE",
    });
    const student = await joinAsNewStudent(world.server, klass.joinCode, "Ana");
    const attempt = await work.start(student.auth, assignment.id);
    expect((await work.save(student.auth, attempt.id, 1)).errors).toBeUndefined();
    const watch = liveSubscribe(world.server.url, tokenOf(teacher.auth), ACTIVITY, {
      a: assignment.id,
    });
    await watch.waitFor(2);
    const check = `mutation($a: ID!, $i: ID!, $r: Int!) { checkResponse(attemptId: $a, itemId: $i, revision: $r) { triesUsed } }`;
    const variables = { a: attempt.id, i: work.choice.id, r: 1 };
    expect((await world.server.gql(check, variables, student.auth)).errors).toBeUndefined();
    await watch.waitFor(3);
    expect(watch.results[2]!.data.assignmentActivity).toMatchObject({
      kind: "CHECKED",
      itemId: work.choice.id,
      correct: true,
    });
    // Tries mode: the draft save said nothing of correctness.
    expect(watch.results[1]!.data.assignmentActivity.correct).toBeNull();
    await world.server.gql(
      `mutation($c: ID!) { pauseClass(classId: $c) }`,
      { c: klass.id },
      teacher.auth,
    );
    const paused = `query($c: ID!) { classroom(id: $c) { paused } }`;
    expect(
      (await world.server.gql(paused, { c: klass.id }, student.auth)).data.classroom.paused,
    ).toBe(true);
    const refused = await world.server.gql(check, { ...variables, r: 1 }, student.auth);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "CLASS_PAUSED",
    });
    await world.server.gql(
      `mutation($c: ID!) { resumeClass(classId: $c) }`,
      { c: klass.id },
      teacher.auth,
    );
    expect(
      (await world.server.gql(paused, { c: klass.id }, student.auth)).data.classroom.paused,
    ).toBe(false);
    await watch.dispose();
  });

  it("refuses a subscription sent over HTTP, pointing to the WebSocket", async () => {
    const { teacher, assignment } = await classWithAttempt(world.server);
    const { status, errors } = await world.server.gql(ACTIVITY, { a: assignment.id }, teacher.auth);
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it("tells the student at once when the teacher scores their answer; the teacher sees SCORED", async () => {
    const { teacher, assignment, student, work, attempt } = await classWithAttempt(world.server);
    const saved = await work.save(student.auth, attempt.id, 1);
    await work.submit(student.auth, attempt.id);
    const updates = liveSubscribe(world.server.url, tokenOf(student.auth), UPDATES, {
      a: attempt.id,
    });
    const watch = liveSubscribe(world.server.url, tokenOf(teacher.auth), ACTIVITY, {
      a: assignment.id,
    });
    await watch.waitFor(3); // STARTED, SAVED, SUBMITTED, replayed
    const scored = await world.server.gql(
      `mutation($r: ID!) { scoreResponse(responseId: $r, score: 0) { id } }`,
      { r: saved.data.saveResponse.id },
      teacher.auth,
    );
    expect(scored.errors).toBeUndefined();
    await updates.waitFor(1);
    expect(updates.results[0]!.data.myAttemptUpdates).toMatchObject({
      kind: "SCORED",
      attemptId: attempt.id,
      itemId: work.choice.id,
    });
    await watch.waitFor(4);
    expect(watch.results[3]!.data.assignmentActivity).toMatchObject({
      kind: "SCORED",
      correct: false,
    });
    await Promise.all([updates.dispose(), watch.dispose()]);
  });

  it("opens feedback now: FEEDBACK_OPENED reaches the student; others may not", async () => {
    const teacher = await newTeacher(world.server);
    const klass = await newClass(world.server, teacher.auth);
    const { slug, work } = await firstLessonWork(world.server);
    const due = new Date(Date.now() + 86_400_000).toISOString();
    const assignment = await assign(world.server, teacher.auth, klass.id, slug, {
      dueAt: due,
      feedback: "AFTER_DUE",
    });
    const student = await joinAsNewStudent(world.server, klass.joinCode, "Ana");
    const attempt = await work.start(student.auth, assignment.id);
    const updates = liveSubscribe(world.server.url, tokenOf(student.auth), UPDATES, {
      a: attempt.id,
    });
    await settle();
    const open = `mutation($a: ID!) { openFeedbackNow(assignmentId: $a) { id feedback } }`;
    for (const auth of [student.auth, (await newTeacher(world.server)).auth])
      expect(
        (await world.server.gql(open, { a: assignment.id }, auth)).errors?.[0]?.extensions?.code,
      ).toBe("FORBIDDEN");
    const opened = await world.server.gql(open, { a: assignment.id }, teacher.auth);
    expect(opened.data.openFeedbackNow.feedback).toBe("ON_SUBMIT");
    await updates.waitFor(1);
    expect(updates.results[0]!.data.myAttemptUpdates.kind).toBe("FEEDBACK_OPENED");
    await updates.dispose();
  });
});
