// The deep-linking picker offers a teacher's own published question sets after the course's
// lessons, to that teacher only; picking one assigns its latest version like any lesson.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTeacher } from "../../../support/classroom.js";
import { DATABASE_KINDS } from "../../../support/databases.js";
import {
  acceptDeepLinks,
  autoPostForm,
  DL,
  deepLinkSpec,
} from "../../../support/lti-deep-linking.js";
import { startPlatformSimulator, type PlatformSimulator } from "../../../support/lti-platform.js";
import { serveForSuite } from "../../../support/server.js";
import { LESSON, registerPlatform } from "./lti-world.js";

const DUPLICATE_AND_PUBLISH = async (
  gql: (q: string, v: Record<string, unknown>, h: Record<string, string>) => Promise<any>,
  headers: Record<string, string>,
): Promise<string> => {
  const builtIn = (await gql(`{ questionSet(slug: "voices-interference") { id } }`, {}, {})).data
    .questionSet;
  const set = (
    await gql(
      `mutation($id: ID!) { duplicateQuestionSet(id: $id) { id } }`,
      { id: builtIn.id },
      headers,
    )
  ).data.duplicateQuestionSet;
  const published = await gql(
    `mutation($id: ID!) { publishQuestionSet(id: $id) { authoring { versions { lessonSlug } } } }`,
    { id: set.id },
    headers,
  );
  return published.data.publishQuestionSet.authoring.versions[0].lessonSlug;
};

describe.each(DATABASE_KINDS)("the deep-linking picker and a teacher's own sets on %s", (kind) => {
  const suite = serveForSuite(kind);
  let platform: PlatformSimulator;
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    await registerPlatform(suite.database.pool, platform);
    acceptDeepLinks(platform, suite.server.url);
  });
  afterAll(() => platform?.close());

  it("lists the teacher's own published set, refuses another's, and assigns its version", async () => {
    const reply = await platform.launch(suite.server.url, deepLinkSpec(platform, "own"));
    expect(reply.status, reply.body).toBe(303);
    const cookie = reply.cookie!;
    const path = reply.location!;
    const gql = suite.server.gql.bind(suite.server);
    const mine = await DUPLICATE_AND_PUBLISH(gql, { cookie });
    const other = await newTeacher(suite.server, "Someone else");
    const theirs = await DUPLICATE_AND_PUBLISH(gql, other.auth);

    const html = await (await fetch(`${suite.server.url}${path}`, { headers: { cookie } })).text();
    expect(html).toContain(`name="lesson" value="${LESSON}"`);
    expect(html).toContain(`name="lesson" value="${mine}"`);
    expect(html).not.toContain(theirs);

    const pick = (lesson: string) =>
      fetch(`${suite.server.url}${path}`, {
        method: "POST",
        headers: { cookie },
        body: new URLSearchParams({ action: "add", lesson, feedback: "ON_SUBMIT" }),
      });
    const refused = await pick(theirs);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Choose a lesson");

    const page = await pick(mine);
    expect(page.status).toBe(200);
    const { action, fields } = autoPostForm(await page.text());
    const jwt = fields.JWT!;
    const payload = JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString("utf8"));
    const [item] = payload[`${DL}content_items`];
    expect(item.custom.lesson).toBe(mine);
    expect(action).toContain("deep-link-return");
    const assignment = await gql(
      `query($id: ID!) { assignment(id: $id) { lesson { slug } } }`,
      { id: item.custom.assignment },
      { cookie },
    );
    expect(assignment.data.assignment.lesson.slug).toBe(mine);
  });
});
