// The lean autosave (server/src/http/lean-save.ts) answers exactly as Apollo does: every request
// is sent twice, once as the client sends it (the lean path takes it) and once with an empty
// `extensions` member (the lean path passes it to Apollo), and the two answers must have the
// same status, the same headers but Date, and the same bytes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlayerSaveResponseDocument } from "../../../client/src/api/generated/graphql.js";
import { loadContent } from "../../../server/src/content/lessons/load-content.js";
import type { LoadedContent } from "../../../server/src/content/lessons/content.types.js";
import { leanSaveAnswered } from "../../../server/src/http/lean-save.js";
import { assign, joinAsNewStudent, newClass, newTeacher } from "../../support/classroom.js";
import { DATABASE_KINDS, type TestDatabase } from "../../support/databases.js";
import { createPreparedTestDatabase } from "../../support/prepared-databases.js";
import {
  PLAYER_LESSON,
  rightAnswer,
  servedItems,
  type ServedItem,
} from "../../support/lesson-answers.js";
import { LESSONS_DIR, startTestServer, type TestServer } from "../../support/server.js";

/** The client's own autosave, byte for byte as the player sends it. */
const CLIENT_SAVE = PlayerSaveResponseDocument.toString();
/** The benchmark's: anonymous, short variable names, the revision alone. */
const SHORT_SAVE = `mutation ($a: ID!, $i: ID!, $x: AnswerInput!, $r: Int!) {
  saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: $r) { revision }
}`;

type Headers = Record<string, string>;
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function post(url: string, body: unknown, headers: Headers): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const kept: Headers = {};
  response.headers.forEach((value, name) => {
    if (name !== "date") kept[name] = value;
  });
  return { status: response.status, headers: kept, text: await response.text() };
}

describe.each(DATABASE_KINDS)("the lean autosave on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let content: LoadedContent;
  let items: ServedItem[];
  let slug: string;

  /** The request through the lean path, then through Apollo; both answers. */
  const twice = async (body: Record<string, unknown>, headers: Headers, lean = true) => {
    const before = leanSaveAnswered();
    const first = await post(server.url, body, headers);
    expect(leanSaveAnswered() - before).toBe(lean ? 1 : 0);
    const second = await post(server.url, { ...body, extensions: {} }, headers);
    expect(leanSaveAnswered() - before).toBe(lean ? 1 : 0);
    return [first, second] as const;
  };
  /** Same status, headers and bytes both ways; the parsed answer. */
  const same = async (body: Record<string, unknown>, headers: Headers, lean = true) => {
    const [first, second] = await twice(body, headers, lean);
    expect(first).toEqual(second);
    return { status: first.status, ...JSON.parse(first.text) } as Record<string, any>;
  };
  const clientSave = (variables: Record<string, unknown>) => ({
    query: CLIENT_SAVE,
    operationName: "PlayerSaveResponse",
    variables,
  });
  const guest = async (name: string) => {
    const { data } = await server.gql(
      `mutation($n: String!) { startGuestSession(displayName: $n) { token } }`,
      { n: name },
    );
    return { authorization: `Bearer ${data.startGuestSession.token}` };
  };
  const start = async (auth: Headers, assignmentId?: string) =>
    (
      await server.gql(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignmentId ?? null },
        auth,
      )
    ).data.startAttempt.id as string;
  const storedRevision = async (auth: Headers, attemptId: string, itemId: string) =>
    (
      await server.gql(
        `query($id: ID!) { attempt(id: $id) { responses { itemId revision } } }`,
        { id: attemptId },
        auth,
      )
    ).data.attempt.responses.find((r: { itemId: string }) => r.itemId === itemId)?.revision;

  beforeAll(async () => {
    database = await createPreparedTestDatabase(kind);
    server = await startTestServer(database.pool);
    content = (await loadContent(LESSONS_DIR)).content;
    slug = content.lessons[0]!.slug;
    items = servedItems((await server.gql(PLAYER_LESSON, { slug })).data.lesson);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it("answers every item's save as Apollo does, whichever stores it", async () => {
    for (const [feedback, name] of [
      [undefined, "practice"],
      ["PRACTICE", "ungraded practice"],
      ["ON_SUBMIT", "feedback on submit"],
    ] as const) {
      const auth = await guest(`Lean ${name}`);
      let attemptId: string;
      if (feedback) {
        const teacher = await newTeacher(server);
        const classroom = await newClass(server, teacher.auth);
        const student = await joinAsNewStudent(server, classroom.joinCode, `Lean ${name}`);
        const assignment = await assign(server, teacher.auth, classroom.id, slug, { feedback });
        Object.assign(auth, student.auth);
        attemptId = await start(auth, assignment.id);
      } else attemptId = await start(auth);
      for (const item of items) {
        const answer = rightAnswer(content, item);
        // The lean path stores revision 1 and Apollo answers the same save; then the other way.
        const saved = await same(
          clientSave({ attemptId, itemId: item.id, answer, revision: 1 }),
          auth,
        );
        expect(saved.errors).toBeUndefined();
        expect(saved.data.saveResponse).toMatchObject({ itemId: item.id, revision: 1 });
        const apolloFirst = await post(
          server.url,
          {
            ...clientSave({ attemptId, itemId: item.id, answer: {}, revision: 2 }),
            extensions: {},
          },
          auth,
        );
        const lean = await post(
          server.url,
          clientSave({ attemptId, itemId: item.id, answer: {}, revision: 2 }),
          auth,
        );
        expect(lean).toEqual(apolloFirst);
        expect(await storedRevision(auth, attemptId, item.id)).toBe(2);
      }
    }
  });

  it("takes any spelling of the save, and keeps the highest revision of interleaved saves", async () => {
    const auth = await guest("Lean interleaved");
    const attemptId = await start(auth);
    const item = items.find((i) => i.kind === "SHORT_ANSWER" || i.kind === "REFLECTION")!;
    const short = await same(
      { query: SHORT_SAVE, variables: { a: attemptId, i: item.id, x: { text: "a" }, r: 3 } },
      auth,
    );
    expect(short).toEqual({ status: 200, data: { saveResponse: { revision: 3 } } });
    // A lower revision than stored is ignored: both answer with the stored one.
    const stale = await same(
      { query: SHORT_SAVE, variables: { a: attemptId, i: item.id, x: { text: "old" }, r: 2 } },
      auth,
    );
    expect(stale.data.saveResponse.revision).toBe(3);
    const revisions = Array.from({ length: 24 }, (_, n) => n + 4).sort(() => Math.random() - 0.5);
    const answers = await Promise.all(
      revisions.map((r, n) =>
        post(
          server.url,
          {
            query: SHORT_SAVE,
            variables: { a: attemptId, i: item.id, x: { text: `draft ${r}` }, r },
            ...(n % 2 ? { extensions: {} } : {}),
          },
          auth,
        ),
      ),
    );
    expect(answers.every((a) => a.status === 200 && !a.text.includes("errors"))).toBe(true);
    expect(await storedRevision(auth, attemptId, item.id)).toBe(27);
  });

  it("refuses as Apollo does: signed out, someone else's attempt, bad input, a closed attempt", async () => {
    const owner = await guest("Lean owner");
    const attemptId = await start(owner);
    const item = items.find((i) => i.kind === "SINGLE_CHOICE")!;
    const text = items.find((i) => i.kind === "SHORT_ANSWER" || i.kind === "REFLECTION")!;
    const vars = { attemptId, itemId: item.id, answer: { choiceIds: [] }, revision: 1 };
    const code = (answer: Record<string, any>) => answer.errors?.[0]?.extensions?.code;

    expect(code(await same(clientSave(vars), {}))).toBe("UNAUTHENTICATED");
    expect(code(await same(clientSave(vars), { authorization: "Bearer nonsense" }))).toBe(
      "UNAUTHENTICATED",
    );
    expect(code(await same(clientSave(vars), await guest("Lean intruder")))).toBe("FORBIDDEN");
    const teacher = await newTeacher(server);
    expect(code(await same(clientSave(vars), teacher.auth))).toMatch(/FORBIDDEN|NOT_FOUND/);

    const revision = await same(clientSave({ ...vars, revision: 0 }), owner);
    expect(revision.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "revision" });
    expect(revision.data).toBeNull();
    const shape = await same(
      clientSave({ ...vars, itemId: text.id, answer: { order: ["x"] } }),
      owner,
    );
    expect(code(shape)).toBe("BAD_USER_INPUT");
    const noItem = await same(clientSave({ ...vars, itemId: "bm90aGluZw" }), owner);
    expect(code(noItem)).toBe("NOT_FOUND");
    const noAttempt = await same(clientSave({ ...vars, attemptId: "bm90aGluZw" }), owner);
    expect(code(noAttempt)).toBe("NOT_FOUND");

    // Variables of the wrong type, a NUL, or no JSON content type: Apollo's own answers, never lean.
    const wrongType = await same(clientSave({ ...vars, revision: "one" }), owner, false);
    expect([wrongType.status, code(wrongType)]).toEqual([400, "BAD_USER_INPUT"]);
    const nul = await same(
      clientSave({ ...vars, itemId: text.id, answer: { text: "a\u0000b" } }),
      owner,
      false,
    );
    expect([nul.status, code(nul)]).toEqual([400, "BAD_USER_INPUT"]);
    const before = leanSaveAnswered();
    const forged = await post(server.url, JSON.stringify(clientSave(vars)), {
      ...owner,
      "content-type": "text/plain",
    });
    expect(forged.status).toBe(400);
    expect(leanSaveAnswered()).toBe(before);

    await server.gql(
      `mutation($id: ID!) { submitAttempt(attemptId: $id) { id } }`,
      { id: attemptId },
      owner,
    );
    const submitted = await same(clientSave({ ...vars, revision: 2 }), owner);
    expect(code(submitted)).toBe("CONFLICT");
  });

  it("reads a body as Express's JSON parser does, before Express", async () => {
    const auth = await guest("Lean bodies");
    const attemptId = await start(auth);
    const item = items.find((i) => i.kind === "SHORT_ANSWER" || i.kind === "REFLECTION")!;
    const save = JSON.stringify(
      clientSave({ attemptId, itemId: item.id, answer: { text: "x" }, revision: 1 }),
    );
    // "application/json" is read ahead of Express; with no space before the charset, by Express.
    for (const body of ["{not json", '"text"', "null", "[]", "{}", `\uFEFF${save}`, save]) {
      const early = await post(server.url, body, auth);
      const late = await post(server.url, body, {
        ...auth,
        "content-type": "application/json;charset=utf-8",
      });
      expect({ body, ...early }).toEqual({ body, ...late });
      expect(early.status).toBe(body.includes("saveResponse") ? 200 : 400);
    }
  });

  it("refuses a save in an archived class as Apollo does, and answers a cookie's session", async () => {
    const teacher = await newTeacher(server);
    const classroom = await newClass(server, teacher.auth);
    const student = await joinAsNewStudent(server, classroom.joinCode, "Lean archived");
    const assignment = await assign(server, teacher.auth, classroom.id, slug);
    const attemptId = await start(student.auth, assignment.id);
    const item = items.find((i) => i.kind === "SHORT_ANSWER" || i.kind === "REFLECTION")!;
    const cookie = { cookie: `session=${student.auth.authorization!.slice(7)}` };
    const vars = { attemptId, itemId: item.id, answer: { text: "by cookie" }, revision: 1 };
    const saved = await same(clientSave(vars), { ...cookie, accept: "application/json" });
    expect(saved.data.saveResponse.revision).toBe(1);

    await server.gql(
      `mutation($id: ID!) { archiveClass(id: $id) { id } }`,
      { id: classroom.id },
      teacher.auth,
    );
    const archived = await same(clientSave({ ...vars, revision: 2 }), student.auth);
    expect(archived.errors[0].extensions).toEqual({ code: "CONFLICT", reason: "CLASS_ARCHIVED" });
    expect(await storedRevision(teacher.auth, attemptId, item.id)).toBe(1);
  });
});
