import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Queryable } from "../../../../server/src/core/database.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  acceptDeepLinks,
  autoPostForm,
  DL,
  type DeepLinkReturn,
  deepLinkSpec,
} from "../../../support/lti-deep-linking.js";
import {
  LTI,
  LEARNER,
  startPlatformSimulator,
  type LaunchSpec,
  type PlatformSimulator,
} from "../../../support/lti-platform.js";
import { serveForSuite } from "../../../support/server.js";
import { LESSON, registerPlatform, rowCounts, studentLaunch, teacherLaunch } from "./lti-world.js";

const ASSIGNMENT = `query ($id: ID!) { assignment(id: $id) { id dueAt feedback lesson { slug title } classroom { name } } }`;

/** Row counts of everything a launch or a pick may create, deep-link requests included. */
const TITLE = "Who wrote this down, and why? Sourcing a secret record";

async function counts(db: Queryable): Promise<Record<string, number>> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM lti_deep_links`);
  return { ...(await rowCounts(db)), lti_deep_links: rows[0]!.n };
}

async function lessonPoints(db: Queryable, slug: string): Promise<number> {
  const { rows } = await db.query<{ points: number }>(
    `SELECT sum(i.points)::float8 AS points FROM lessons l
       JOIN lesson_steps s ON s.lesson_id = l.id AND s.position IS NOT NULL
       JOIN items i ON (i.question_set_id = s.question_set_id AND NOT i.retired) OR i.id = s.exercise_item_id
      WHERE l.slug = $1`,
    [slug],
  );
  return rows[0]!.points;
}

describe.each(DATABASE_KINDS)("LTI Deep Linking 2.0 on %s", (kind) => {
  const suite = serveForSuite(kind);
  let platform: PlatformSimulator;
  let returns: DeepLinkReturn[];
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    await registerPlatform(suite.database.pool, platform);
    returns = acceptDeepLinks(platform, suite.server.url);
  });
  afterAll(() => platform?.close());

  /** A deep-linking launch: the teacher's session cookie and the picker's path. */
  async function openPicker(spec: LaunchSpec) {
    const reply = await platform.launch(suite.server.url, spec);
    expect(reply.status, reply.body).toBe(303);
    expect(reply.location).toMatch(/^\/lti\/deep-link\/[\w-]{40,}$/);
    return { cookie: reply.cookie!, path: reply.location! };
  }

  const getPicker = (path: string, cookie: string | null) =>
    fetch(`${suite.server.url}${path}`, { headers: cookie ? { cookie } : {} });

  const pick = (path: string, cookie: string | null, fields: Record<string, string>) =>
    fetch(`${suite.server.url}${path}`, {
      method: "POST",
      headers: cookie ? { cookie } : {},
      body: new URLSearchParams(fields),
    });

  /** Posts the tool's return page's form to the platform, as the browser's script would. */
  async function carryBack(page: Response): Promise<DeepLinkReturn> {
    expect(page.status).toBe(200);
    const html = await page.text();
    const { action, fields } = autoPostForm(html);
    expect(action).toBe(`${platform.issuer}/deep-link-return`);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain(`form-action 'self' ${platform.issuer}`);
    const before = returns.length;
    const answer = await fetch(action, { method: "POST", body: new URLSearchParams(fields) });
    expect(answer.status).toBe(200);
    expect(returns.length).toBe(before + 1);
    return returns.at(-1)!;
  }

  it("a teacher's deep link shows the picker; the pick assigns the lesson and returns a signed response with one graded resource link", async () => {
    const before = await counts(suite.database.pool);
    const { cookie, path } = await openPicker(deepLinkSpec(platform, "dl"));
    const opened = await counts(suite.database.pool);
    expect(opened).toEqual({
      ...before,
      users: before.users + 1,
      sessions: before.sessions + 1,
      classes: before.classes + 1,
      lti_users: before.lti_users + 1,
      lti_contexts: before.lti_contexts + 1,
      lti_deep_links: before.lti_deep_links + 1,
    });

    const picker = await getPicker(path, cookie);
    expect(picker.status).toBe(200);
    const html = await picker.text();
    expect(html).toContain("<h1>Add a lesson to History 11 dl</h1>");
    expect(html).toContain(`name="lesson" value="${LESSON}"`);
    expect(html).toContain(`name="feedback" value="AFTER_DUE"`);
    expect(html).toContain(`type="datetime-local" id="due" name="due"`);

    // 14:30 in a zone two hours behind UTC (getTimezoneOffset 120) is 16:30 UTC.
    const page = await pick(path, cookie, {
      action: "add",
      lesson: LESSON,
      due: "2030-03-15T14:30",
      timezoneOffset: "120",
      feedback: "AFTER_DUE",
    });
    const back = await carryBack(page);
    expect(back.error).toBeNull();
    const keys = (await (await fetch(`${suite.server.url}/lti/jwks`)).json()) as {
      keys: Array<{ kid: string }>;
    };
    expect(keys.keys.map((k) => k.kid)).toContain(back.kid);
    const payload = back.payload!;
    expect(payload.iss).toBe(platform.clientId);
    expect(payload.aud).toBe(platform.issuer);
    expect(typeof payload.nonce).toBe("string");
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(600);
    expect(payload[`${LTI}message_type`]).toBe("LtiDeepLinkingResponse");
    expect(payload[`${LTI}version`]).toBe("1.3.0");
    expect(payload[`${LTI}deployment_id`]).toBe(platform.deploymentId);
    expect(payload[`${DL}data`]).toBe("opaque-dl");
    const items = payload[`${DL}content_items`] as Array<Record<string, any>>;
    expect(items).toHaveLength(1);
    const item = items[0]!;
    const assignmentId = item.custom.assignment as string;
    expect(item).toEqual({
      type: "ltiResourceLink",
      title: TITLE,
      text: expect.any(String),
      url: `${suite.server.url}/lessons/${LESSON}`,
      custom: { lesson: LESSON, assignment: assignmentId },
      window: { targetName: "_blank" },
      lineItem: {
        scoreMaximum: await lessonPoints(suite.database.pool, LESSON),
        label: TITLE,
        resourceId: assignmentId,
        tag: "lesson",
      },
      submission: { endDateTime: "2030-03-15T16:30:00.000Z" },
    });
    expect(item.lineItem.scoreMaximum).toBeGreaterThan(0);

    // The assignment exists for the course's class, with the due date and timing picked.
    const seen = await suite.server.gql(ASSIGNMENT, { id: assignmentId }, { cookie });
    expect(seen.data.assignment).toEqual({
      id: assignmentId,
      dueAt: "2030-03-15T16:30:00.000Z",
      feedback: "AFTER_DUE",
      lesson: { slug: LESSON, title: TITLE },
      classroom: { name: "History 11 dl" },
    });
    expect(await counts(suite.database.pool)).toEqual({
      ...opened,
      assignments: opened.assignments + 1,
    });

    // The platform's link, launched later, carries the custom parameters: a learner lands in
    // that assignment's player (the resource link id is new to the tool), and so does its teacher.
    const link = {
      context: { id: "course-dl", title: "History 11 dl" },
      resourceLinkId: "platform-made-link-dl",
      targetPath: `/lessons/${LESSON}`,
      custom: item.custom as Record<string, string>,
    };
    const learner = await platform.launch(suite.server.url, {
      ...studentLaunch("dl", "Mensah"),
      ...link,
    });
    expect(learner.status, learner.body).toBe(303);
    expect(learner.location).toBe(`/assignments/${assignmentId}`);
    const teacher = await platform.launch(suite.server.url, {
      ...deepLinkSpec(platform, "dl"),
      ...link,
      claims: {},
    });
    expect(teacher.location).toBe(`/teacher/assignments/${assignmentId}`);
    const after = await counts(suite.database.pool);
    expect(after.assignments).toBe(opened.assignments + 1);
    expect(after.lti_resource_links).toBe(opened.lti_resource_links + 1);

    // The picker is used up.
    expect((await getPicker(path, cookie)).status).toBe(401);
  });

  it("cancel answers with no content items, the data echoed, and creates no assignment", async () => {
    const { cookie, path } = await openPicker(deepLinkSpec(platform, "cancel"));
    const before = await counts(suite.database.pool);
    const back = await carryBack(await pick(path, cookie, { action: "cancel" }));
    expect(back.payload![`${DL}content_items`]).toEqual([]);
    expect(back.payload![`${DL}data`]).toBe("opaque-cancel");
    expect(back.payload![`${LTI}message_type`]).toBe("LtiDeepLinkingResponse");
    expect(await counts(suite.database.pool)).toEqual(before);
  });

  it("practice has no grade column; a platform that ignores line items gets none", async () => {
    const practice = await openPicker(deepLinkSpec(platform, "practice"));
    const one = await carryBack(
      await pick(practice.path, practice.cookie, {
        action: "add",
        lesson: "voices-in-the-record",
        due: "",
        feedback: "PRACTICE",
      }),
    );
    const [item] = one.payload![`${DL}content_items`] as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ custom: { lesson: "voices-in-the-record" } });
    expect(item).not.toHaveProperty("lineItem");
    expect(item).not.toHaveProperty("submission");

    const noLines = await openPicker(
      deepLinkSpec(platform, "nolines", {
        settings: { accept_lineitem: false, accept_presentation_document_targets: ["iframe"] },
      }),
    );
    const two = await carryBack(
      await pick(noLines.path, noLines.cookie, {
        action: "add",
        lesson: LESSON,
        feedback: "ON_SUBMIT",
      }),
    );
    const [plain] = two.payload![`${DL}content_items`] as Array<Record<string, unknown>>;
    expect(plain).not.toHaveProperty("lineItem");
    expect(plain).not.toHaveProperty("window");
  });

  /** A step that must be refused with `status` and `message`, creating nothing. */
  async function refused(status: 400 | 401, message: string, step: () => Promise<Response>) {
    const before = await counts(suite.database.pool);
    const reply = await step();
    const body = await reply.text();
    expect(reply.status, body).toBe(status);
    expect(body).toContain("<h1>");
    expect(body).toContain(message);
    expect(reply.headers.get("set-cookie")).toBeNull();
    expect(await counts(suite.database.pool)).toEqual(before);
  }

  const launchOf = (spec: LaunchSpec) => async () => {
    const reply = await platform.launch(suite.server.url, spec);
    return new Response(reply.body, {
      status: reply.status,
      headers: reply.cookie ? { "set-cookie": reply.cookie } : {},
    });
  };

  it("refuses a learner's deep link, and requests without a return URL or resource links", async () => {
    await refused(
      401,
      "for its instructors",
      launchOf(deepLinkSpec(platform, "learner", { roles: [LEARNER], sub: "learner-dl" })),
    );
    await refused(
      400,
      "no deep_link_return_url",
      launchOf(
        deepLinkSpec(platform, "noreturn", { settings: { deep_link_return_url: undefined } }),
      ),
    );
    await refused(
      400,
      "is not https://",
      launchOf(
        deepLinkSpec(platform, "plainhttp", {
          settings: { deep_link_return_url: "http://lms.example.org/return" },
        }),
      ),
    );
    await refused(
      400,
      "does not accept",
      launchOf(deepLinkSpec(platform, "links", { settings: { accept_types: ["link"] } })),
    );
  });

  it("refuses a used, an expired, an unknown picker, and one posted from another session", async () => {
    const mine = await openPicker(deepLinkSpec(platform, "owner"));
    const other = await openPicker(deepLinkSpec(platform, "intruder"));
    const add = { action: "add", lesson: LESSON, feedback: "ON_SUBMIT" };
    await refused(401, "belongs to another sign-in", () => pick(mine.path, other.cookie, add));
    await refused(401, "belongs to another sign-in", () => getPicker(mine.path, other.cookie));
    await refused(401, "belongs to another sign-in", () => pick(mine.path, null, add));
    await refused(401, "belongs to another sign-in", () =>
      pick("/lti/deep-link/made-up-token", mine.cookie, add),
    );
    // A pick to correct leaves the picker open and creates nothing.
    await refused(400, "needs a due date", () =>
      pick(mine.path, mine.cookie, { ...add, feedback: "AFTER_DUE" }),
    );
    await refused(400, "not a real date", () =>
      pick(mine.path, mine.cookie, { ...add, due: "2030-02-30T10:00" }),
    );
    await refused(400, "Choose a lesson", () =>
      pick(mine.path, mine.cookie, { action: "add", feedback: "ON_SUBMIT" }),
    );
    // The owner's session still answers it, once.
    expect((await carryBack(await pick(mine.path, mine.cookie, add))).error).toBeNull();
    await refused(401, "already used", () => pick(mine.path, mine.cookie, add));
    await refused(401, "already used", () => pick(mine.path, mine.cookie, { action: "cancel" }));

    await suite.database.pool.query(
      `UPDATE lti_deep_links SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
    );
    await refused(401, "expired", () => pick(other.path, other.cookie, add));
  });

  it("a link's assignment parameter binds only to an assignment a deep link made for that course", async () => {
    // A plain launch makes an assignment in course "plain"; a link in course "dl2" naming it is
    // not bound to it (the teacher gets a new assignment from the lesson instead).
    const plain = await platform.launch(suite.server.url, teacherLaunch("plain"));
    const foreignId = /([\w-]+)$/.exec(plain.location!)![1]!;
    const reply = await platform.launch(
      suite.server.url,
      teacherLaunch("plain", {
        resourceLinkId: "link-plain-2",
        custom: { lesson: LESSON, assignment: foreignId },
      }),
    );
    expect(reply.status).toBe(303);
    expect(reply.location).not.toBe(plain.location);
  });
});
