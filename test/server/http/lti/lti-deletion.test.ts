import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { rowChanges } from "../../../support/table-counts.js";
import { eventually, gradingWorld, launchPair } from "./lti-grades-world.js";
import { studentLaunch, teacherLaunch } from "./lti-world.js";

const RESULT = `accounts classes students assignments attempts responses`;

// Deleting what came from an LMS: the platform's identities, course and link rows and queued
// scores go with the account or class; the LMS is told a deleted student's work is gone.
describe.each(DATABASE_KINDS)("deleting LTI-linked data on %s", (kind) => {
  const world = gradingWorld(kind);

  it("a student's account goes with its LMS identity, and the LMS hears the work is gone", async () => {
    const { assignmentId, student, sub } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "me",
    );
    const attemptId = await world.player.start(student, assignmentId);
    await world.player.answerAll(student, attemptId);
    await world.player.submit(student, attemptId);
    await eventually(() =>
      world.grades.scoresOf("me", sub).find((s) => s.scoreGiven !== undefined),
    );
    const { result, changes } = await rowChanges(world.database.pool, () =>
      world.tool.server.gql(`mutation { deleteMyAccount { ${RESULT} } }`, {}, student),
    );
    expect(result.errors).toBeUndefined();
    const responses = world.player.items.length;
    expect(result.data.deleteMyAccount).toMatchObject({ accounts: 1, attempts: 1, responses });
    expect(changes).toEqual({
      users: -1,
      sessions: -1,
      lti_users: -1,
      class_students: -1,
      attempts: -1,
      responses: -responses,
      // The live view's events of that work: started, one save per answer, submitted.
      activity_events: -(responses + 2),
    });
    const { rows } = await world.database.pool.query(
      `SELECT student_id FROM lti_score_outbox WHERE sub = $1`,
      [sub],
    );
    expect(rows).toEqual([{ student_id: null }]);
    const cleared = await eventually(() =>
      world.grades.scoresOf("me", sub).find((s) => s.gradingProgress === "NotReady"),
    );
    expect(cleared.scoreGiven).toBeUndefined();
  });

  it("a class goes with its course link, resource links and queued scores", async () => {
    const { assignmentId, teacher, student, sub } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "class",
    );
    const attemptId = await world.player.start(student, assignmentId);
    await world.player.submit(student, attemptId);
    await eventually(() => world.grades.scoresOf("class", sub)[0]);
    const classId = (
      await world.player.ok(
        `query($id: ID!) { assignment(id: $id) { classroom { id } } }`,
        { id: assignmentId },
        teacher,
      )
    ).assignment.classroom.id;
    const { result, changes } = await rowChanges(world.database.pool, () =>
      world.tool.server.gql(
        `mutation($id: ID!) { deleteClass(id: $id) { ${RESULT} } }`,
        { id: classId },
        teacher,
      ),
    );
    expect(result.data.deleteClass).toEqual({
      accounts: 0,
      classes: 1,
      students: 1,
      assignments: 1,
      attempts: 1,
      responses: 0,
    });
    expect(changes).toEqual({
      classes: -1,
      class_students: -1,
      assignments: -1,
      attempts: -1,
      lti_contexts: -1,
      lti_resource_links: -1,
      lti_score_outbox: -1,
      activity_events: -2,
    });
  });

  it("an archived class takes no new link or student from the LMS; its students still get in", async () => {
    const { assignmentId, teacher, student } = await launchPair(
      world.platform,
      world.grades,
      world.tool.server,
      "kept",
    );
    const classId = (
      await world.player.ok(
        `query($id: ID!) { assignment(id: $id) { classroom { id } } }`,
        { id: assignmentId },
        teacher,
      )
    ).assignment.classroom.id;
    await world.player.ok(
      `mutation($id: ID!) { archiveClass(id: $id) { id } }`,
      { id: classId },
      teacher,
    );
    const refused = await rowChanges(world.database.pool, async () => [
      await world.platform.launch(
        world.tool.server.url,
        teacherLaunch("kept", { resourceLinkId: "link-kept-2" }),
      ),
      await world.platform.launch(world.tool.server.url, studentLaunch("kept", "Newcomer")),
    ]);
    for (const page of refused.result) expect(page.body).toContain("This class is archived");
    expect(Object.keys(refused.changes).filter((t) => /class|assign|attempt/.test(t))).toEqual([]);
    const again = await world.platform.launch(
      world.tool.server.url,
      studentLaunch("kept", "Lopez"),
    );
    expect(again.location).toMatch(/\/assignments\//);
    expect(student.cookie).toBeTruthy();
  });
});
