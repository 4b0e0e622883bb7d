// Query.myAttempts(lessonSlug, status): the viewer's own attempts, narrowed (the player asks for
// its lesson's open practice this way).
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../../support/databases.js";
import { serveForSuite } from "../../../support/server.js";

const MINE = `query($slug: String, $status: AttemptStatus) {
  myAttempts(lessonSlug: $slug, status: $status) { id status lesson { slug } }
}`;

describe.each(DATABASE_KINDS)("myAttempts narrowed by lesson and status on %s", (kind) => {
  const suite = serveForSuite(kind);
  const gql = (query: string, variables: Record<string, unknown>, auth?: Record<string, string>) =>
    suite.server.gql(query, variables, auth);
  const guest = async (name: string) => {
    const { data } = await gql(
      `mutation($n: String!) { startGuestSession(displayName: $n) { token } }`,
      { n: name },
    );
    return { authorization: `Bearer ${data.startGuestSession.token}` };
  };
  const start = async (auth: Record<string, string>, slug: string) =>
    (await gql(`mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`, { s: slug }, auth))
      .data.startAttempt.id as string;

  it("keeps the viewer's attempts at that lesson, in that status, and no one else's", async () => {
    const { data } = await gql(`{ lessons { slug } }`, {});
    const [first, second] = data.lessons.map((l: { slug: string }) => l.slug) as string[];
    const ana = await guest("Ana");
    const submitted = await start(ana, first!);
    await gql(`mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`, { a: submitted }, ana);
    const open = await start(ana, first!);
    const other = await start(ana, second!);
    const ids = async (variables: Record<string, unknown>, auth = ana) => {
      const answer = await gql(MINE, variables, auth);
      expect(answer.errors).toBeUndefined();
      return answer.data.myAttempts.map((a: { id: string }) => a.id).sort();
    };
    expect(await ids({})).toEqual([submitted, open, other].sort());
    expect(await ids({ slug: first })).toEqual([submitted, open].sort());
    expect(await ids({ status: "IN_PROGRESS" })).toEqual([open, other].sort());
    expect(await ids({ slug: first, status: "IN_PROGRESS" })).toEqual([open]);
    expect(await ids({ slug: first, status: "SUBMITTED" })).toEqual([submitted]);
    expect(await ids({ slug: "no-such-lesson" })).toEqual([]);
    expect(await ids({ slug: first }, await guest("Bea"))).toEqual([]);
    expect((await gql(MINE, { slug: first })).data.myAttempts).toEqual([]);
  });

  it("refuses a status that does not exist", async () => {
    const answer = await gql(MINE, { status: "LOST" }, await guest("Ana"));
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
