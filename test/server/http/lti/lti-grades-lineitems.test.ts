import { describe, expect, it } from "vitest";
import { eventually, gradingWorld } from "./lti-grades-world.js";
import { LESSON, studentLaunch, teacherLaunch } from "./lti-world.js";

describe("a link whose launches name only the line items container", () => {
  const world = gradingWorld("pglite");

  it("gets a line item of its own, made once with the lesson's points, and its scores go there", async () => {
    const claims = world.grades.containerClaim();
    const teacher = await world.platform.launch(
      world.tool.server.url,
      teacherLaunch("m", { claims }),
    );
    const assignmentId = /([\w-]+)$/.exec(teacher.location!)![1]!;
    const made = await eventually(() => world.grades.made[0]);
    expect(made.body).toMatchObject({ resourceLinkId: "link-m", tag: "grade" });
    expect(made.body.scoreMaximum).toBeGreaterThan(0);
    expect(made.body.label).toEqual(expect.any(String));

    const student = await world.platform.launch(
      world.tool.server.url,
      studentLaunch("m", "Kim", { claims }),
    );
    await world.tool.server.gql(
      `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
      { s: LESSON, a: assignmentId },
      { cookie: student.cookie! },
    );
    const score = await eventually(() => world.grades.scoresOf("made-1", "student-m-Kim")[0]);
    expect(score.activityProgress).toBe("Started");
    await world.platform.launch(world.tool.server.url, teacherLaunch("m", { claims }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(world.grades.made).toHaveLength(1);
  });
});
