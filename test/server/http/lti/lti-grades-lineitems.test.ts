import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../support/databases.js";
import type { GradeService } from "../../../support/lti-ags-platform.js";
import type { PlatformSimulator } from "../../../support/lti-platform.js";
import {
  eventually,
  startGradingPlatform,
  startToolServer,
  type ToolServer,
} from "./lti-grades-world.js";
import { LESSON, studentLaunch, teacherLaunch } from "./lti-world.js";

describe("a link whose launches name only the line items container", () => {
  let database: TestDatabase;
  let tool: ToolServer;
  let platform: PlatformSimulator;
  let grades: GradeService;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    tool = await startToolServer(database.pool);
    ({ platform, grades } = await startGradingPlatform(database.pool, tool.server.url));
  });
  afterAll(async () => {
    await tool?.close();
    await platform?.close();
    await database?.close();
  });

  it("gets a line item of its own, made once with the lesson's points, and its scores go there", async () => {
    const claims = grades.containerClaim();
    const teacher = await platform.launch(tool.server.url, teacherLaunch("m", { claims }));
    const assignmentId = /([\w-]+)$/.exec(teacher.location!)![1]!;
    const made = await eventually(() => grades.made[0]);
    expect(made.body).toMatchObject({ resourceLinkId: "link-m", tag: "grade" });
    expect(made.body.scoreMaximum).toBeGreaterThan(0);
    expect(made.body.label).toEqual(expect.any(String));

    const student = await platform.launch(tool.server.url, studentLaunch("m", "Kim", { claims }));
    await tool.server.gql(
      `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
      { s: LESSON, a: assignmentId },
      { cookie: student.cookie! },
    );
    const score = await eventually(() => grades.scoresOf("made-1", "student-m-Kim")[0]);
    expect(score.activityProgress).toBe("Started");
    await platform.launch(tool.server.url, teacherLaunch("m", { claims }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(grades.made).toHaveLength(1);
  });
});
