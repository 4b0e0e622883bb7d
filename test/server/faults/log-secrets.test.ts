import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../server/src/content/lessons/load-content.js";
import { withTransaction } from "../../../server/src/core/database.js";
import { addPlatform } from "../../../server/src/modules/lti/platforms.service.js";
import { createEmptyPostgresDatabase, DATABASE_KINDS } from "../../support/databases.js";
import { PLAYER_LESSON, rightAnswer, servedItems } from "../../support/lesson-answers.js";
import { INSTRUCTOR, startPlatformSimulator } from "../../support/lti-platform.js";
import { type ServerProcess, startServerProcess } from "../../support/server-process.js";
import { LESSONS_DIR } from "../../support/server.js";

const MARKER = "QUOKKA-LOGPROBE-5521";
const EMAIL = "log.probe.teacher@school.example";
const PASSWORD = "probe passphrase 8841 horse";
const WRONG_PASSWORD = "wrong probe passphrase 1177";

/**
 * Runs a real server process through a whole school's flow (sign-up and log-in, a class, a
 * join, answers with a marker text, sign-in codes, a new code, an LTI launch, and an internal
 * error whose database detail holds the marker) and scans everything it printed for each secret.
 */
describe.each(DATABASE_KINDS)("a server's logs on %s", (kind) => {
  let server: ServerProcess;
  let databaseUrl = "";
  let cleanup: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (kind === "postgres") {
      const db = await createEmptyPostgresDatabase();
      databaseUrl = db.url;
      cleanup = db.drop;
      server = await startServerProcess({ DATABASE_URL: db.url });
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "log-secrets-"));
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      server = await startServerProcess({ DATA_DIR: dir });
    }
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await cleanup();
  });

  it("never contain answer text, tokens, codes, passwords or emails", async () => {
    const secrets: Array<[string, string]> = [
      ["email", EMAIL],
      ["password", PASSWORD],
      ["wrong password", WRONG_PASSWORD],
      ["answer text", MARKER],
    ];
    const ok = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const result = await server.gql(query, variables, token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const email = EMAIL.replace("log.probe", `log.probe.${kind}`);
    secrets.push(["email", email]);
    const signUp = await ok(
      `mutation($e: String!, $p: String!) { signUpTeacher(email: $e, password: $p, displayName: "Ms Probe") { token } }`,
      { e: email, p: PASSWORD },
    );
    secrets.push(["sign-up token", signUp.signUpTeacher.token]);
    const wrong = await server.gql(
      `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`,
      { e: email, p: WRONG_PASSWORD },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const teacher = (
      await ok(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`, {
        e: email,
        p: PASSWORD,
      })
    ).logIn.token;
    secrets.push(["log-in token", teacher]);
    const room = (
      await ok(`mutation { createClass(name: "Probe class") { id joinCode } }`, {}, teacher)
    ).createClass;
    secrets.push(["join code", room.joinCode]);
    const joined = (
      await ok(
        `mutation($c: String!) { joinClass(joinCode: $c, displayName: "Probe Student") { token viewer { id signInCode } } }`,
        { c: room.joinCode },
      )
    ).joinClass;
    secrets.push(["student token", joined.token], ["sign-in code", joined.viewer.signInCode]);

    const content = (await loadContent(LESSONS_DIR)).content;
    const slug = content.lessons[0]!.slug;
    const items = servedItems((await ok(PLAYER_LESSON, { slug })).lesson);
    const assignment = (
      await ok(
        `mutation($c: ID!, $l: String!) { assignLesson(classId: $c, lessonSlug: $l) { id } }`,
        { c: room.id, l: slug },
        teacher,
      )
    ).assignLesson;
    const attemptId = (
      await ok(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignment.id },
        joined.token,
      )
    ).startAttempt.id;
    const save = (
      itemId: string,
      answer: Record<string, unknown>,
      revision = 1,
      token = joined.token,
    ) =>
      server.gql(
        `mutation($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { id } }`,
        { a: attemptId, i: itemId, x: answer, r: revision },
        token,
      );
    for (const kindOf of ["EXERCISE", "SHORT_ANSWER"]) {
      const item = items.find((i) => i.kind === kindOf)!;
      const saved = await save(item.id, { ...rightAnswer(content, item), text: `${MARKER} why` });
      expect(saved.errors).toBeUndefined();
    }

    const again = (
      await ok(`mutation($c: String!) { signInWithCode(signInCode: $c) { token } }`, {
        c: joined.viewer.signInCode,
      })
    ).signInWithCode.token;
    secrets.push(["code sign-in token", again]);
    const fresh = (
      await ok(
        `mutation($c: ID!, $s: ID!) { resetSignInCode(classId: $c, studentId: $s) { signInCode } }`,
        { c: room.id, s: joined.viewer.id },
        teacher,
      )
    ).resetSignInCode.signInCode;
    secrets.push(["new sign-in code", fresh]);
    const refused = await server.gql(
      `mutation($c: String!) { signInWithCode(signInCode: $c) { token } }`,
      { c: joined.viewer.signInCode },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const newJoin = (
      await ok(
        `mutation($c: ID!) { resetJoinCode(classId: $c) { joinCode } }`,
        { c: room.id },
        teacher,
      )
    ).resetJoinCode.joinCode;
    secrets.push(["new join code", newJoin]);
    await ok(`mutation { logOut }`, {}, again);

    if (kind === "postgres") {
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
      try {
        // An LTI launch: the platform's signed id_token and the session it opens.
        const platform = await startPlatformSimulator();
        await withTransaction(pool, (client) =>
          addPlatform(client, {
            issuer: platform.issuer,
            clientId: platform.clientId,
            authLoginUrl: platform.authUrl,
            tokenUrl: platform.tokenUrl,
            jwksUrl: platform.jwksUrl,
            deploymentIds: [platform.deploymentId],
          }),
        );
        const launch = await platform.launch(server.url, {
          sub: "probe-teacher",
          roles: [INSTRUCTOR],
          name: "Ms Launch",
          context: { id: "probe-course", title: "Probe course" },
          resourceLinkId: "probe-link",
          targetPath: `/lessons/${slug}`,
          claims: { email: "lti.probe@school.example" },
        });
        expect(launch.status).toBe(303);
        const cookie = /session=([^;]+)/.exec(launch.cookie ?? "")?.[1];
        expect(cookie).toBeTruthy();
        secrets.push(
          ["LTI session token", cookie!],
          ["LTI id_token", launch.form.id_token],
          ["LTI state", launch.form.state],
          ["LTI email", "lti.probe@school.example"],
        );
        await platform.close();

        // An internal error whose database detail ("Failing row contains …") holds the answer.
        await pool.query(
          `ALTER TABLE responses ADD CONSTRAINT log_probe CHECK (answer::text NOT LIKE '%FORCED%')`,
        );
        // The new code signs the student in again (the reset ended their sessions).
        const back = (
          await ok(`mutation($c: String!) { signInWithCode(signInCode: $c) { token } }`, {
            c: fresh,
          })
        ).signInWithCode.token;
        secrets.push(["second code sign-in token", back]);
        const item = items.find((i) => i.kind === "SHORT_ANSWER")!;
        const failed = await save(item.id, { text: `FORCED ${MARKER} again` }, 2, back);
        expect(failed.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      } finally {
        await pool.end();
      }
      await expect.poll(() => server.output()).toContain("graphql: internal error");
    }

    await server.stop();
    const output = server.output();
    expect(output).toContain("serving http");
    const leaked = secrets.filter(([, value]) => output.includes(value)).map(([what]) => what);
    expect(leaked, output).toEqual([]);
  }, 120_000);
});
