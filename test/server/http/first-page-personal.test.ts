// A page's HTML for a visitor with a session carries their own first reads (the viewer; a
// lesson's open practice), answered with their session: theirs alone, never anyone else's.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../support/databases.js";
import { clientOperations, firstPage } from "../../support/first-page.js";
import { serveForSuite } from "../../support/server.js";

const LESSON = "sourcing-the-record";

describe.each(DATABASE_KINDS)("a visitor's own first reads in the HTML on %s", (kind) => {
  const suite = serveForSuite(kind);
  const page = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${suite.server.url}${path}`, { headers });
  const guest = async (displayName: string) => {
    const response = await fetch(`${suite.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($n: String!) { startGuestSession(displayName: $n) { viewer { id } } }`,
        variables: { n: displayName },
      }),
    });
    return response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  };
  const startPractice = async (cookie: string) =>
    (
      await suite.server.gql(
        `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
        { s: LESSON },
        { cookie },
      )
    ).data.startAttempt.id as string;

  it("are the API's own answers to the client's queries with the visitor's session", async () => {
    const queries = clientOperations();
    const cookie = await guest("Ada");
    const attemptId = await startPractice(cookie);
    const response = await page(`/lessons/${LESSON}?step=2`, { cookie });
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const { anonymous, personal } = firstPage(await response.text());
    expect(anonymous).toBe(false);
    const byOperation = Object.fromEntries(personal.map((read: any) => [read.operation, read]));
    expect(Object.keys(byOperation).sort()).toEqual(["PlayerOpenPractice", "Viewer"]);
    expect(byOperation.Viewer.variables).toBeNull();
    const viewer = await suite.server.gql(queries.Viewer, {}, { cookie });
    expect(byOperation.Viewer.body).toEqual({ data: viewer.data });
    expect(byOperation.Viewer.body.data.viewer.displayName).toBe("Ada");
    expect(byOperation.PlayerOpenPractice.variables).toEqual({ lessonSlug: LESSON });
    const open = await suite.server.gql(
      queries.PlayerOpenPractice,
      { lessonSlug: LESSON },
      { cookie },
    );
    expect(byOperation.PlayerOpenPractice.body).toEqual({ data: open.data });
    expect(open.data.myAttempts.map((a: { id: string }) => a.id)).toEqual([attemptId]);
  });

  it("never carry another visitor's work, and nothing for one without a session", async () => {
    const ada = await guest("Ada");
    const adaAttempt = await startPractice(ada);
    const bea = await guest("Bea");
    const html = await (await page(`/lessons/${LESSON}`, { cookie: bea })).text();
    expect(html).not.toContain(adaAttempt);
    expect(html).not.toContain('"Ada"');
    const { personal } = firstPage(html);
    const open = personal.find((read: any) => read.operation === "PlayerOpenPractice");
    expect(open.body.data.myAttempts).toEqual([]);
    const viewer = personal.find((read: any) => read.operation === "Viewer");
    expect(viewer.body.data.viewer.displayName).toBe("Bea");

    const anonymous = await page(`/lessons/${LESSON}`);
    expect(anonymous.headers.get("cache-control")).toBe("no-cache");
    expect(firstPage(await anonymous.text()).personal).toEqual([]);
  });

  it("leave out a read the session cannot make: a signed-out cookie gets no viewer", async () => {
    const cookie = await guest("Ada");
    await suite.server.gql(`mutation { logOut }`, {}, { cookie });
    const data = firstPage(await (await page("/signin", { cookie })).text());
    expect(data?.personal ?? []).toEqual([]);
  });

  it("revalidate with 304 for the same visitor while nothing changed", async () => {
    const cookie = await guest("Ada");
    const first = await page(`/lessons/${LESSON}`, { cookie, "accept-encoding": "br" });
    expect(first.headers.get("content-encoding")).toBe("br");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const again = await page(`/lessons/${LESSON}`, {
      cookie,
      "accept-encoding": "br",
      "if-none-match": etag,
    });
    expect(again.status).toBe(304);
    await startPractice(cookie);
    const changed = await page(`/lessons/${LESSON}`, {
      cookie,
      "accept-encoding": "br",
      "if-none-match": etag,
    });
    expect(changed.status).toBe(200);
  });
});
