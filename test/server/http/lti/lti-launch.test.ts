import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../../server/src/core/database.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { startPlatformSimulator, type PlatformSimulator } from "../../../support/lti-platform.js";
import { serveForSuite, startTestServer } from "../../../support/server.js";
import { LESSON, registerPlatform, rowCounts, studentLaunch, teacherLaunch } from "./lti-world.js";

const ME = `{ viewer { role displayName } myClasses { name students { displayName } } }`;
const ASSIGNMENT = `query ($id: ID!) { assignment(id: $id) { id lesson { slug } classroom { name } } }`;

describe.each(DATABASE_KINDS)("LTI 1.3 launches on %s", (kind) => {
  const suite = serveForSuite(kind);
  let platform: PlatformSimulator;
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    await registerPlatform(suite.database.pool, platform);
  });
  afterAll(() => platform?.close());

  it("redirects a login to the platform's auth URL with the OIDC parameters", async () => {
    const login = await platform.initiateLogin(suite.server.url, teacherLaunch("login"));
    expect(login.status).toBe(302);
    const location = new URL(login.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(platform.authUrl);
    const query = Object.fromEntries(location.searchParams);
    expect(query).toMatchObject({
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: platform.clientId,
      redirect_uri: `${suite.server.url}/lti/launch`,
      login_hint: "teacher-login",
      lti_message_hint: "hint-link-login",
    });
    expect(query.state).toMatch(/^[\w-]{40,}$/);
    expect(query.nonce).toMatch(/^[\w-]{40,}$/);
    // GET works the same way.
    const get = await fetch(
      `${suite.server.url}/lti/login?${new URLSearchParams({ iss: platform.issuer, login_hint: "x", target_link_uri: `${suite.server.url}/lessons/${LESSON}` })}`,
      { redirect: "manual" },
    );
    expect(get.status).toBe(302);
    expect(get.headers.get("location")).toContain(platform.authUrl);
  });

  it("a teacher's first launch creates the class and the assignment and lands on its results", async () => {
    const before = await rowCounts(suite.database.pool);
    const reply = await platform.launch(suite.server.url, teacherLaunch("a"));
    expect(reply.status).toBe(303);
    const match = /^\/teacher\/assignments\/([\w-]+)$/.exec(reply.location ?? "");
    expect(match, reply.body).not.toBeNull();
    expect(reply.cookie).toMatch(/^session=/);
    const after = await rowCounts(suite.database.pool);
    expect(after).toEqual({
      ...before,
      users: before.users + 1,
      sessions: before.sessions + 1,
      classes: before.classes + 1,
      assignments: before.assignments + 1,
      lti_users: before.lti_users + 1,
      lti_contexts: before.lti_contexts + 1,
      lti_resource_links: before.lti_resource_links + 1,
    });
    const headers = { cookie: reply.cookie! };
    const me = await suite.server.gql(ME, {}, headers);
    expect(me.data).toEqual({
      viewer: { role: "TEACHER", displayName: "Ms Rivera a" },
      myClasses: [{ name: "History 10 a", students: [] }],
    });
    const assignment = await suite.server.gql(ASSIGNMENT, { id: match![1] }, headers);
    expect(assignment.data.assignment).toMatchObject({
      lesson: { slug: LESSON },
      classroom: { name: "History 10 a" },
    });
    // The redirect lands on the client's results page (the built client serves the route).
    const page = await fetch(`${suite.server.url}${reply.location}`, { headers });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("a student's launch lands in the player, enrolled; a second launch reuses user, class and assignment", async () => {
    const teacher = await platform.launch(suite.server.url, teacherLaunch("b"));
    const assignmentId = /([\w-]+)$/.exec(teacher.location!)![1];
    const first = await platform.launch(suite.server.url, studentLaunch("b", "Lopez"));
    expect(first.status).toBe(303);
    expect(first.location).toBe(`/assignments/${assignmentId}`);
    const student = { cookie: first.cookie! };
    expect((await suite.server.gql(ME, {}, student)).data.viewer).toEqual({
      role: "STUDENT",
      displayName: "Ana Lopez",
    });
    const seen = await suite.server.gql(ASSIGNMENT, { id: assignmentId }, student);
    expect(seen.data.assignment).toMatchObject({ id: assignmentId, lesson: { slug: LESSON } });
    const roster = await suite.server.gql(ME, {}, { cookie: teacher.cookie! });
    expect(roster.data.myClasses[0].students).toEqual([{ displayName: "Ana Lopez" }]);

    const before = await rowCounts(suite.database.pool);
    const again = await platform.launch(suite.server.url, studentLaunch("b", "Lopez"));
    const teacherAgain = await platform.launch(suite.server.url, teacherLaunch("b"));
    expect(again.location).toBe(first.location);
    expect(teacherAgain.location).toBe(teacher.location);
    expect(await rowCounts(suite.database.pool)).toEqual({
      ...before,
      sessions: before.sessions + 2,
    });
  });

  it("a second link in the same course adds an assignment (custom lesson) to the same class", async () => {
    await platform.launch(suite.server.url, teacherLaunch("c"));
    const before = await rowCounts(suite.database.pool);
    const second = await platform.launch(
      suite.server.url,
      teacherLaunch("c", {
        resourceLinkId: "link-c2",
        targetPath: "/",
        custom: { lesson: "voices-in-the-record" },
      }),
    );
    expect(second.status).toBe(303);
    const assignment = await suite.server.gql(
      ASSIGNMENT,
      { id: /([\w-]+)$/.exec(second.location!)![1] },
      { cookie: second.cookie! },
    );
    expect(assignment.data.assignment.lesson.slug).toBe("voices-in-the-record");
    const after = await rowCounts(suite.database.pool);
    expect(after.classes).toBe(before.classes);
    expect(after.assignments).toBe(before.assignments + 1);
  });

  it("a learner before the teacher has set up the course or the link gets a page saying so, and nothing is created", async () => {
    const before = await rowCounts(suite.database.pool);
    const noCourse = await platform.launch(suite.server.url, studentLaunch("d", "Kim"));
    expect(noCourse.status).toBe(200);
    expect(noCourse.body).toContain("has not opened this course yet");
    expect(noCourse.cookie).toBeNull();
    await platform.launch(suite.server.url, teacherLaunch("d"));
    const mid = await rowCounts(suite.database.pool);
    const noLink = await platform.launch(
      suite.server.url,
      studentLaunch("d", "Kim", { resourceLinkId: "link-d-new" }),
    );
    expect(noLink.status).toBe(200);
    expect(noLink.body).toContain("has not opened this lesson yet");
    expect(await rowCounts(suite.database.pool)).toEqual(mid);
    expect(mid.users).toBe(before.users + 1);
  });

  it("a second instructor in a course another teacher opened gets a page saying whose class it is", async () => {
    await platform.launch(suite.server.url, teacherLaunch("f"));
    const before = await rowCounts(suite.database.pool);
    const other = await platform.launch(
      suite.server.url,
      teacherLaunch("f", { sub: "co-teacher-f" }),
    );
    expect(other.status).toBe(200);
    expect(other.body).toContain("opened here by another teacher");
    expect(other.cookie).toBeNull();
    expect(await rowCounts(suite.database.pool)).toEqual(before);
  });

  it("serves the tool's public keys as a JWKS", async () => {
    const response = await fetch(`${suite.server.url}/lti/jwks`);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Array<Record<string, string>> };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", e: "AQAB" });
    expect(keys[0]!.kid).toBeTruthy();
    expect(keys[0]).not.toHaveProperty("d");
    expect(Buffer.from(keys[0]!.n!, "base64url").length).toBe(256);
  });

  if (kind === "postgres") {
    it("a login on one server completes on another sharing the database (one public URL)", async () => {
      const other = await openDatabase({ databaseUrl: suite.database.url, dataDir: "" });
      const second = await startTestServer(other.pool, {
        prepare: false,
        publicUrl: suite.server.url,
      });
      try {
        const before = await rowCounts(suite.database.pool);
        const reply = await platform.launch(suite.server.url, teacherLaunch("e"), second.url);
        expect(reply.status, reply.body).toBe(303);
        expect(reply.location).toMatch(/^\/teacher\/assignments\//);
        expect((await rowCounts(suite.database.pool)).classes).toBe(before.classes + 1);
        // Its state is used up on every server.
        const replay = await platform.post(suite.server.url, reply.form);
        expect(replay.status).toBe(401);
      } finally {
        await second.close();
        await other.close();
      }
    });
  }
});
