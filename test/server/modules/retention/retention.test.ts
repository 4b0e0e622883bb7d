import { describe, expect, it } from "vitest";
import { loadContent } from "../../../../server/src/content/lessons/load-content.js";
import { openDatabase, type Queryable } from "../../../../server/src/core/database.js";
import { decodeId } from "../../../../server/src/core/ids.js";
import {
  type RetentionSettings,
  sweepRetention,
} from "../../../../server/src/modules/retention/retention.service.js";
import {
  describeSweep,
  startRetentionSweep,
} from "../../../../server/src/modules/retention/retention-sweep.js";
import { classWithWork } from "../../../support/assignment-work.js";
import { type Auth, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { PLAYER_LESSON, servedItems } from "../../../support/lesson-answers.js";
import { LESSONS_DIR, serveForSuite, type TestServer } from "../../../support/server.js";
import { firstLessonWork } from "../../../support/student-work.js";
import { countChanges, tableCounts } from "../../../support/table-counts.js";

const SETTINGS: RetentionSettings = {
  guestRetentionDays: 30,
  classRetentionDays: 365,
  sessionIdleSeconds: 14 * 24 * 3600,
};

/** A guest who practised the first lesson: one attempt, one saved answer. */
async function practisingGuest(server: TestServer, name: string) {
  const { data } = await server.gql(
    `mutation($n: String!) { startGuestSession(displayName: $n) { token viewer { id } } }`,
    { n: name },
  );
  const auth: Auth = { authorization: `Bearer ${data.startGuestSession.token}` };
  const { slug, work } = await firstLessonWork(server);
  const attempt = (
    await work.ok(
      `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
      { s: slug },
      auth,
    )
  ).startAttempt;
  expect((await work.save(auth, attempt.id)).errors).toBeUndefined();
  return { auth, id: data.startGuestSession.viewer.id as string };
}

/** Moves everything a user did `days` into the past. */
async function age(db: Queryable, id: string, days: number) {
  const userId = decodeId("User", id);
  const then = `now() - make_interval(days => ${days})`;
  await db.query(`UPDATE users SET created_at = ${then} WHERE id = $1`, [userId]);
  await db.query(
    `UPDATE sessions SET created_at = ${then}, last_seen_at = ${then} WHERE user_id = $1`,
    [userId],
  );
  await db.query(`UPDATE attempts SET started_at = ${then} WHERE student_id = $1`, [userId]);
  await db.query(
    `UPDATE responses r SET saved_at = ${then} FROM attempts a WHERE a.id = r.attempt_id AND a.student_id = $1`,
    [userId],
  );
}

const viewerOf = async (server: TestServer, auth: Auth) =>
  (await server.gql(`{ viewer { id } }`, {}, auth)).data?.viewer?.id ?? null;

describe.each(DATABASE_KINDS)("retention sweep (%s)", (kind) => {
  const suite = serveForSuite(kind);
  const db = () => suite.database.pool;

  it("deletes a guest unused for 30 days with their practice, and sweeps ended sessions, used LTI nonces and old counters", async () => {
    const server = suite.server;
    const stale = await practisingGuest(server, "Old guest");
    const recent = await practisingGuest(server, "New guest");
    // A guest who joined a class belongs to it, however old.
    const teacher = await newTeacher(server);
    const { data } = await server.gql(
      `mutation { createClass(name: "Keep") { joinCode } }`,
      {},
      teacher.auth,
    );
    const member = await practisingGuest(server, "Class guest");
    await server.gql(
      `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Class guest") { token } }`,
      { c: data.createClass.joinCode },
      member.auth,
    );
    await age(db(), stale.id, 31);
    await age(db(), member.id, 400);
    // The recent guest began 29 days ago and was last here 13 days ago: within both limits.
    await age(db(), recent.id, 29);
    await db().query(
      `UPDATE sessions SET last_seen_at = now() - interval '13 days' WHERE user_id = $1`,
      [decodeId("User", recent.id)],
    );
    // Two revoked sessions (a teacher's sign-out; the class guest's token before joining, which
    // rotated it) and two idle past SESSION_IDLE_MINUTES (one the class guest's); the teacher's
    // own stays. The old guest's session goes with the account.
    const ended = await newTeacher(server);
    await server.gql(`mutation { logOut }`, {}, ended.auth);
    const idle = await newTeacher(server);
    await age(db(), idle.id, 15);
    await db().query(
      `INSERT INTO rate_limits (bucket, window_start, hits) VALUES ('old', now() - interval '2 days', 3), ('new', now(), 1)`,
    );
    await db().query(
      `INSERT INTO lti_nonces (issuer, nonce, expires_at) VALUES ('https://lms', 'used', now() - interval '2 hours'), ('https://lms', 'live', now() + interval '1 hour')`,
    );

    const before = await tableCounts(db());
    const counts = await sweepRetention(db(), SETTINGS);
    const changes = countChanges(before, await tableCounts(db()));
    expect(counts).toMatchObject({
      guests: 1,
      classes: 0,
      formerStudents: 0,
      attempts: 1,
      responses: 1,
      sessions: 4,
      ltiNonces: 1,
      rateLimits: 1,
    });
    expect(changes).toEqual({
      users: -1,
      sessions: -5,
      attempts: -1,
      responses: -1,
      rate_limits: -1,
      lti_nonces: -1,
    });
    expect(describeSweep(counts!)).toBe(
      "retention: deleted 1 guests, 1 attempts, 1 responses, 4 sessions, 1 lti nonces, 1 rate limits",
    );

    expect(await viewerOf(server, recent.auth)).toBe(recent.id);
    expect(await viewerOf(server, teacher.auth)).toBe(teacher.id);
    expect(await viewerOf(server, stale.auth)).toBeNull();
    const { rows } = await db().query(`SELECT 1 FROM users WHERE id = ANY($1::bigint[])`, [
      [recent.id, member.id].map((id) => decodeId("User", id)),
    ]);
    expect(rows).toHaveLength(2);

    // Idempotent: nothing more to do.
    const again = await sweepRetention(db(), SETTINGS);
    expect(describeSweep(again!)).toBeNull();
  }, 60_000);

  it("deletes a class archived for a year with its work and the students it alone held", async () => {
    const server = suite.server;
    const { slug } = await firstLessonWork(server);
    const loaded = (await loadContent(LESSONS_DIR)).content;
    const items = servedItems((await server.gql(PLAYER_LESSON, { slug })).data.lesson).slice(0, 2);
    const old = await classWithWork(server, { content: loaded, slug, items }, 2);
    const kept = await classWithWork(server, { content: loaded, slug, items }, 1);
    // A student of the kept class in the old one too keeps their account (joined before the
    // old class was archived: an archived class takes nobody new).
    const joined = await server.gql(
      `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Both") { token } }`,
      { c: old.room.joinCode },
      kept.students[0]!.auth,
    );
    expect(joined.errors).toBeUndefined();
    // Joining rotated the student's token; the old one is an ended session the sweep removes.
    const both = { authorization: `Bearer ${joined.data.joinClass.token}` };
    await db().query(`UPDATE classes SET archived_at = now() - interval '366 days' WHERE id = $1`, [
      decodeId("Classroom", old.room.id),
    ]);
    await db().query(`UPDATE classes SET archived_at = now() - interval '10 days' WHERE id = $1`, [
      decodeId("Classroom", kept.room.id),
    ]);
    const before = await tableCounts(db());
    const counts = await sweepRetention(db(), SETTINGS);
    const changes = countChanges(before, await tableCounts(db()));
    expect(counts).toMatchObject({
      classes: 1,
      formerStudents: 2,
      guests: 0,
      attempts: 2,
      responses: 4,
    });
    expect(changes).toEqual({
      classes: -1,
      class_students: -3,
      assignments: -1,
      attempts: -2,
      responses: -4,
      // The live classroom's events: each attempt's STARTED, SAVED per answer, SUBMITTED.
      activity_events: -(4 + 2 * 2),
      users: -2,
      sessions: -3,
    });
    expect(await viewerOf(server, old.teacher.auth)).toBe(old.teacher.id);
    expect(await viewerOf(server, both)).toBe(kept.students[0]!.id);
  }, 120_000);

  it("lets one of two concurrent sweeps do the work, without deadlock or double counting", async () => {
    const server = suite.server;
    const guests = [];
    for (let n = 0; n < 4; n++) guests.push(await practisingGuest(server, `Guest ${n}`));
    for (const guest of guests) await age(db(), guest.id, 45);
    const second =
      kind === "postgres"
        ? await openDatabase({ databaseUrl: suite.database.url!, dataDir: "" })
        : null;
    try {
      const before = await tableCounts(db());
      const results = await Promise.all([
        sweepRetention(db(), SETTINGS),
        sweepRetention(second?.pool ?? db(), SETTINGS),
      ]);
      const deleted = results.reduce((n, counts) => n + (counts?.guests ?? 0), 0);
      expect(deleted).toBe(4);
      expect(countChanges(before, await tableCounts(db()))).toMatchObject({
        users: -4,
        attempts: -4,
        responses: -4,
      });
    } finally {
      await second?.close();
    }
  }, 60_000);

  it("runs by itself shortly after start, as each server starts it", async () => {
    const guest = await practisingGuest(suite.server, "Scheduled");
    await age(db(), guest.id, 31);
    const gone = async () =>
      (await db().query(`SELECT 1 FROM users WHERE id = $1`, [decodeId("User", guest.id)])).rows
        .length === 0;
    const stop = startRetentionSweep(db(), SETTINGS, 60, 50);
    try {
      const deadline = Date.now() + 20_000;
      while (!(await gone()) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await gone()).toBe(true);
    } finally {
      stop();
    }
  }, 60_000);
});
