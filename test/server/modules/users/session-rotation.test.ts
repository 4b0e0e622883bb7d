import { describe, expect, it } from "vitest";
import { joinAsNewStudent, newClass, newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { startPlatformSimulator } from "../../../support/lti-platform.js";
import { serveForSuite } from "../../../support/server.js";
import { registerPlatform, teacherLaunch } from "../../http/lti/lti-world.js";

const VIEWER = `{ viewer { id } }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token viewer { id } } }`;
const GUEST = `mutation { startGuestSession(displayName: "Guest") { token viewer { id signInCode } } }`;
const JOIN = `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Ignored") { token viewer { id } } }`;
const CODE = `mutation($c: String!) { signInWithCode(signInCode: $c) { token viewer { id } } }`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(DATABASE_KINDS)("session tokens rotate on %s", (kind) => {
  const suite = serveForSuite(kind);
  const viewerOf = async (headers: Record<string, string>) =>
    (await suite.server.gql(VIEWER, {}, headers)).data.viewer?.id ?? null;

  it("a sign-in ends the session the request came with, and only that one", async () => {
    const teacher = await newTeacher(suite.server);
    const before = teacher.auth.authorization.slice("Bearer ".length);
    const otherDevice = (
      await suite.server.gql(LOG_IN, { e: teacher.email, p: "correct horse battery" })
    ).data.logIn.token;
    // Signing in on another device leaves the first session alone.
    expect(await viewerOf(bearer(before))).toBe(teacher.id);
    const again = await suite.server.gql(
      LOG_IN,
      { e: teacher.email, p: "correct horse battery" },
      bearer(before),
    );
    const after = again.data.logIn.token;
    expect(after).not.toBe(before);
    expect(await viewerOf(bearer(before))).toBeNull();
    expect(await viewerOf(bearer(after))).toBe(teacher.id);
    expect(await viewerOf(bearer(otherDevice))).toBe(teacher.id);
  });

  it("rotates the cookie's session too: the old cookie stops working at once", async () => {
    const teacher = await newTeacher(suite.server);
    const token = teacher.auth.authorization.slice("Bearer ".length);
    const response = await fetch(`${suite.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `session=${token}` },
      body: JSON.stringify({
        query: LOG_IN,
        variables: { e: teacher.email, p: "correct horse battery" },
      }),
    });
    const cookie = /session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    expect(cookie).toBeTruthy();
    expect(cookie).not.toBe(token);
    expect(await viewerOf({ cookie: `session=${token}` })).toBeNull();
    expect(await viewerOf({ cookie: `session=${cookie}` })).toBe(teacher.id);
  });

  it("a new password renews the browser's cookie and ends every other session; a bearer token stays", async () => {
    const CHANGE = `mutation($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) }`;
    const teacher = await newTeacher(suite.server);
    const login = async (password: string) =>
      (await suite.server.gql(LOG_IN, { e: teacher.email, p: password })).data.logIn.token;
    const browser = await login("correct horse battery");
    const elsewhere = await login("correct horse battery");
    const response = await fetch(`${suite.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `session=${browser}` },
      body: JSON.stringify({
        query: CHANGE,
        variables: { old: "correct horse battery", new: "a brand new passphrase" },
      }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ changePassword: true });
    const renewed = /session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(browser);
    expect(await viewerOf({ cookie: `session=${browser}` })).toBeNull();
    expect(await viewerOf({ cookie: `session=${renewed}` })).toBe(teacher.id);
    expect(await viewerOf(bearer(elsewhere))).toBeNull();

    // An API client changing it with its bearer token goes on with that token, and gets no cookie.
    const api = await login("a brand new passphrase");
    const byApi = await fetch(`${suite.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(api) },
      body: JSON.stringify({
        query: CHANGE,
        variables: { old: "a brand new passphrase", new: "a third good passphrase" },
      }),
    });
    expect(((await byApi.json()) as { data: unknown }).data).toEqual({ changePassword: true });
    expect(byApi.headers.get("set-cookie")).toBeNull();
    expect(await viewerOf(bearer(api))).toBe(teacher.id);
    expect(await viewerOf({ cookie: `session=${renewed}` })).toBeNull();
  });

  it("a guest who joins a class gets a fresh token, and the guest token dies", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const guest = (await suite.server.gql(GUEST)).data.startGuestSession;
    const joined = (await suite.server.gql(JOIN, { c: room.joinCode }, bearer(guest.token))).data
      .joinClass;
    expect(joined.viewer.id).toBe(guest.viewer.id);
    expect(joined.token).not.toBe(guest.token);
    expect(await viewerOf(bearer(guest.token))).toBeNull();
    expect(await viewerOf(bearer(joined.token))).toBe(guest.viewer.id);
  });

  it("a student signing in with a code on a device that held a guest session ends the guest's", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Ada");
    const guest = (await suite.server.gql(GUEST)).data.startGuestSession;
    const signedIn = (await suite.server.gql(CODE, { c: student.signInCode }, bearer(guest.token)))
      .data.signInWithCode;
    expect(signedIn.viewer.id).toBe(student.id);
    expect(await viewerOf(bearer(guest.token))).toBeNull();
    expect(await viewerOf(bearer(signedIn.token))).toBe(student.id);
  });

  it("a launch from an LMS in a browser that still holds an old session ends that session", async () => {
    const platform = await startPlatformSimulator();
    try {
      await registerPlatform(suite.database.pool, platform);
      const guest = (await suite.server.gql(GUEST)).data.startGuestSession;
      const form = await platform.authorize(suite.server.url, teacherLaunch("rotation"));
      const response = await fetch(`${suite.server.url}/lti/launch`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: `session=${guest.token}` },
        body: new URLSearchParams(form),
      });
      expect(response.status).toBe(303);
      const fresh = /session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
      expect(fresh).toBeTruthy();
      expect(await viewerOf(bearer(guest.token))).toBeNull();
      expect(await viewerOf(bearer(fresh!))).not.toBeNull();
    } finally {
      await platform.close();
    }
  });

  it("a new sign-in code kills the old code and signs the student out everywhere", async () => {
    const teacher = await newTeacher(suite.server);
    const room = await newClass(suite.server, teacher.auth);
    const student = await joinAsNewStudent(suite.server, room.joinCode, "Ada");
    const elsewhere = (await suite.server.gql(CODE, { c: student.signInCode })).data.signInWithCode
      .token;
    const fresh = (
      await suite.server.gql(
        `mutation($c: ID!, $s: ID!) { resetSignInCode(classId: $c, studentId: $s) { signInCode } }`,
        { c: room.id, s: student.id },
        teacher.auth,
      )
    ).data.resetSignInCode.signInCode;
    expect(await viewerOf(student.auth)).toBeNull();
    expect(await viewerOf(bearer(elsewhere))).toBeNull();
    expect(await viewerOf(teacher.auth)).toBe(teacher.id);
    const old = await suite.server.gql(CODE, { c: student.signInCode });
    expect(old.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await suite.server.gql(CODE, { c: fresh })).data.signInWithCode.viewer.id).toBe(
      student.id,
    );
  });
});
