import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { addNrps } from "../../../support/lti-nrps-platform.js";
import {
  INSTRUCTOR,
  LEARNER,
  startPlatformSimulator,
  type PlatformSimulator,
} from "../../../support/lti-platform.js";
import { newClass, newTeacher } from "../../../support/classroom.js";
import { serveForSuite } from "../../../support/server.js";
import { LESSON, registerPlatform, rowCounts, studentLaunch, teacherLaunch } from "./lti-world.js";

const SYNC = `mutation ($classId: ID!) { syncClassRoster(classId: $classId) {
  added updated markedInactive reactivated classroom { id lmsRoster { linked canSync lastSyncedAt } } } }`;
const CLASS = `query ($classId: ID!) { classroom(id: $classId) {
  lmsRoster { linked canSync lastSyncedAt } students { displayName inactive } } }`;
const RESULTS = `query ($id: ID!) { assignment(id: $id) {
  classroom { students { displayName inactive } } attempts { student { displayName } } } }`;

const learner = (tag: string, who: string, extra: object = {}) => ({
  user_id: `student-${tag}-${who}`,
  roles: [LEARNER],
  given_name: "Ana",
  family_name: who,
  ...extra,
});

describe.each(DATABASE_KINDS)("syncing an LMS class's roster (NRPS) on %s", (kind) => {
  const suite = serveForSuite(kind);
  let platform: PlatformSimulator;
  let nrps: ReturnType<typeof addNrps>;
  let teacher: Record<string, string>;
  let classId: string;
  let assignmentId: string;
  let firstStudent: Record<string, string>;
  const tag = "nrps";
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    await registerPlatform(suite.database.pool, platform);
    platform.trustTool(suite.server.url);
    nrps = addNrps(platform, 2);
    const claims = nrps.claim(`course-${tag}`);
    const reply = await platform.launch(suite.server.url, teacherLaunch(tag, { claims }));
    expect(reply.status, reply.body).toBe(303);
    teacher = { cookie: reply.cookie! };
    assignmentId = /\/teacher\/assignments\/([\w-]+)$/.exec(reply.location!)![1]!;
    classId = (await suite.server.gql(`{ myClasses { id } }`, {}, teacher)).data.myClasses[0].id;
    // One learner opened the link before any sync.
    const first = await platform.launch(suite.server.url, studentLaunch(tag, "One", { claims }));
    expect(first.status, first.body).toBe(303);
    firstStudent = { cookie: first.cookie! };
  });
  afterAll(() => platform?.close());

  const sync = (headers = teacher) => suite.server.gql(SYNC, { classId }, headers);

  it("adds learners who never launched, refreshes names, leaves instructors out, over several pages", async () => {
    nrps.setRoster(`course-${tag}`, [
      { user_id: `teacher-${tag}`, roles: [INSTRUCTOR], name: `Ms Rivera ${tag}` },
      learner(tag, "One", { family_name: "Uno" }),
      learner(tag, "Two"),
      { user_id: "ta-1", roles: [INSTRUCTOR, LEARNER], name: "Teaching Assistant" },
      learner(tag, "Three", { name: "Bo Three" }),
      learner(tag, "Four", { status: "Inactive" }),
    ]);
    const before = await suite.server.gql(CLASS, { classId }, teacher);
    expect(before.data.classroom.lmsRoster).toEqual({
      linked: true,
      canSync: true,
      lastSyncedAt: null,
    });
    const result = await sync();
    expect(result.errors).toBeUndefined();
    expect(result.data.syncClassRoster).toMatchObject({
      added: ["Ana Two", "Bo Three"],
      updated: ["Ana Uno"],
      markedInactive: [],
      reactivated: [],
      classroom: { id: classId, lmsRoster: { linked: true, canSync: true } },
    });
    expect(result.data.syncClassRoster.classroom.lmsRoster.lastSyncedAt).not.toBeNull();
    expect(nrps.requests.map((r) => r.page)).toEqual([0, 1, 2]);

    // The new students are in the assignment's results, and in its CSV, before they ever launched.
    const results = await suite.server.gql(RESULTS, { id: assignmentId }, teacher);
    expect(results.data.assignment.classroom.students).toEqual([
      { displayName: "Ana Uno", inactive: false },
      { displayName: "Ana Two", inactive: false },
      { displayName: "Bo Three", inactive: false },
    ]);
    const csv = await (
      await fetch(`${suite.server.url}/api/assignments/${assignmentId}/results.csv`, {
        headers: teacher,
      })
    ).text();
    expect(csv).toContain("Bo Three");

    // A learner added by the sync who then launches is the same account, in the class once.
    const later = await platform.launch(
      suite.server.url,
      studentLaunch(tag, "Two", { claims: nrps.claim(`course-${tag}`) }),
    );
    expect(later.status).toBe(303);
    const me = await suite.server.gql(
      `{ viewer { displayName } myClasses { id } }`,
      {},
      {
        cookie: later.cookie!,
      },
    );
    expect(me.data).toEqual({ viewer: { displayName: "Ana Two" }, myClasses: [{ id: classId }] });
  });

  it("a second sync changes nothing", async () => {
    const before = await rowCounts(suite.database.pool);
    const again = await sync();
    expect(again.data.syncClassRoster).toMatchObject({
      added: [],
      updated: [],
      markedInactive: [],
      reactivated: [],
    });
    expect(await rowCounts(suite.database.pool)).toEqual(before);
  });

  it("marks a member gone from the roster or Inactive as inactive, keeping their work, and reactivates", async () => {
    const started = await suite.server.gql(
      `mutation ($slug: String!, $id: ID) { startAttempt(lessonSlug: $slug, assignmentId: $id) { id } }`,
      { slug: LESSON, id: assignmentId },
      firstStudent,
    );
    expect(started.errors).toBeUndefined();
    nrps.setRoster(`course-${tag}`, [
      learner(tag, "Two"),
      learner(tag, "Three", { name: "Bo Three", status: "Inactive" }),
    ]);
    const result = await sync();
    expect(result.data.syncClassRoster).toMatchObject({
      added: [],
      updated: [],
      markedInactive: ["Ana Uno", "Bo Three"],
      reactivated: [],
    });
    const results = await suite.server.gql(RESULTS, { id: assignmentId }, teacher);
    expect(results.data.assignment.classroom.students).toEqual([
      { displayName: "Ana Uno", inactive: true },
      { displayName: "Ana Two", inactive: false },
      { displayName: "Bo Three", inactive: true },
    ]);
    expect(results.data.assignment.attempts).toEqual([{ student: { displayName: "Ana Uno" } }]);
    const csv = await (
      await fetch(`${suite.server.url}/api/assignments/${assignmentId}/results.csv`, {
        headers: teacher,
      })
    ).text();
    expect(csv).toMatch(/Ana Uno,[\w-]+,"?in progress, inactive \(LMS roster\)/);
    // The inactive student still reaches their own work.
    const own = await suite.server.gql(`{ myAttempts { id } }`, {}, firstStudent);
    expect(own.data.myAttempts).toEqual([{ id: started.data.startAttempt.id }]);

    nrps.setRoster(`course-${tag}`, [
      learner(tag, "Two"),
      learner(tag, "Three", { name: "Bo Three" }),
    ]);
    expect((await sync()).data.syncClassRoster).toMatchObject({
      added: [],
      markedInactive: [],
      reactivated: ["Bo Three"],
    });

    // A learner who launches from the course again is active again, with their work, under the
    // name the launch sends (the newest word from the platform).
    const back = await platform.launch(suite.server.url, studentLaunch(tag, "One"));
    expect(back.status).toBe(303);
    const after = await suite.server.gql(RESULTS, { id: assignmentId }, teacher);
    expect(after.data.assignment.classroom.students[0]).toEqual({
      displayName: "Ana One",
      inactive: false,
    });
    firstStudent = { cookie: back.cookie! };
  });

  it("only the class's teacher may sync; a class without an LMS roster says so", async () => {
    const other = await newTeacher(suite.server, "Mr Other");
    expect((await sync(other.auth)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await sync(firstStudent)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await sync({})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const seen = await suite.server.gql(CLASS, { classId }, firstStudent);
    expect(seen.data.classroom).toEqual({
      lmsRoster: null,
      students: [{ displayName: "Ana One", inactive: null }],
    });
    const own = await newClass(suite.server, other.auth, "Not from an LMS");
    const refused = await suite.server.gql(SYNC, { classId: own.id }, other.auth);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(refused.errors?.[0]?.message).toContain("not linked to an LMS course");
  });

  it("says what the platform answered when the roster cannot be read", async () => {
    nrps.fail(1);
    const before = await rowCounts(suite.database.pool);
    const failed = await sync();
    expect(await rowCounts(suite.database.pool)).toEqual(before);
    expect(failed.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(failed.errors?.[0]?.message).toBe(
      "The LMS did not give the roster: the platform's roster service answered 503.",
    );
  });
});
