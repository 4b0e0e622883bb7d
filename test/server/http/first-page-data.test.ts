// A page's HTML carries what its first paint would otherwise ask for: the route's first public
// read, as the API answers it to anyone, and whether the visitor came without a session.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../../support/databases.js";
import { clientOperations, firstPage } from "../../support/first-page.js";
import { serveForSuite } from "../../support/server.js";

const LESSON = "/lessons/sourcing-the-record";

describe.each(DATABASE_KINDS)("the first page's data in its HTML on %s", (kind) => {
  const suite = serveForSuite(kind);
  const page = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${suite.server.url}${path}`, { headers });

  it("is the API's own answer to the client's query, for a visitor without a session", async () => {
    const queries = clientOperations();
    for (const [path, operation, slug] of [
      ["/", "Home", "puzanov-kim-il-sung-1957-11-13"],
      [LESSON, "PlayerLesson", "sourcing-the-record"],
      [
        "/documents/puzanov-kim-il-sung-1957-11-13",
        "ReaderDocument",
        "puzanov-kim-il-sung-1957-11-13",
      ],
    ] as const) {
      const data = firstPage(await (await page(path)).text());
      expect(data.anonymous).toBe(true);
      expect(data.read.operation).toBe(operation);
      expect(data.read.variables).toEqual({ slug });
      const asked = await suite.server.gql(queries[operation], { slug });
      expect(data.read.body).toEqual({ data: asked.data });
    }
  });

  it("says a visitor with a session cookie has one, and carries no read where a route has none or anyone may not read it", async () => {
    const guest = await fetch(`${suite.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { startGuestSession(displayName: "Ada") { viewer { id } } }`,
      }),
    });
    const cookie = guest.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const withSession = firstPage(await (await page(LESSON, { cookie })).text());
    expect(withSession.anonymous).toBe(false);
    expect(withSession.read.body.data.lesson.slug).toBe("sourcing-the-record");
    const signIn = firstPage(await (await page("/signin", { cookie })).text());
    expect(signIn.read).toBeNull();
    expect(signIn.personal.map((read: { operation: string }) => read.operation)).toEqual([
      "Viewer",
    ]);
    expect(firstPage(await (await page("/signin")).text())).toEqual({
      anonymous: true,
      read: null,
      personal: [],
    });
    // A lesson not everyone may read: the page asks with its own session.
    expect(firstPage(await (await page("/lessons/no-such-lesson")).text())).toEqual({
      anonymous: true,
      read: null,
      personal: [],
    });
  });

  it("goes out compressed with a strong ETag, varies by cookie, and revalidates with 304", async () => {
    const first = await page(LESSON, { "accept-encoding": "br" });
    expect(first.headers.get("content-encoding")).toBe("br");
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(first.headers.get("vary")).toMatch(/Cookie/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+-br"$/);
    const again = await page(LESSON, { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    const plain = await page(LESSON, { "accept-encoding": "identity", "if-none-match": etag });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-encoding")).toBeNull();
  });
});
