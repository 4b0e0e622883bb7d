import crypto from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../../server/src/core/database.js";
import { bumpContentVersion } from "../../../server/src/content/content-version.sql.js";
import { countQueries, DATABASE_KINDS } from "../../support/databases.js";
import { type RawResponse, rawRequest } from "../../support/raw-http.js";
import { serveForSuite } from "../../support/server.js";

const LESSON = `query Wire($slug: String!) { lesson(slug: $slug) { title steps { title body } } }`;
const VARIABLES = { slug: "sourcing-the-record" };
const PREFLIGHT = { "apollo-require-preflight": "true" };

/** One request to the test server, as it came over the wire (GraphQL unless a path is given). */
const raw = (
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
) =>
  rawRequest(`${url}${options.path ?? "/graphql"}`, {
    ...options,
    method: options.method ?? "POST",
  });

function decoded(response: RawResponse): unknown {
  const encoding = response.headers["content-encoding"];
  const body =
    encoding === "br"
      ? zlib.brotliDecompressSync(response.body)
      : encoding === "gzip"
        ? zlib.gunzipSync(response.body)
        : response.body;
  return JSON.parse(body.toString("utf8"));
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(url, {
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

const getPath = (params: Record<string, unknown>) =>
  "/graphql?" +
  new URLSearchParams(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "string" ? value : JSON.stringify(value),
    ]),
  ).toString();

const strongTag = /^"[A-Za-z0-9_-]+"$/;

describe.each(DATABASE_KINDS)("public reads on the wire (%s)", (kind) => {
  const suite = serveForSuite(kind);

  it("sends brotli and gzip that decode to the very JSON sent uncompressed, each with its own strong ETag", async () => {
    const body = { query: LESSON, variables: VARIABLES };
    const plain = await post(suite.server.url, body);
    const br = await post(suite.server.url, body, { "accept-encoding": "gzip, deflate, br" });
    const gzip = await post(suite.server.url, body, { "accept-encoding": "gzip;q=1, br;q=0" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(br.body.length).toBeLessThan(gzip.body.length);
    expect(gzip.body.length).toBeLessThan(plain.body.length);
    expect(decoded(br)).toEqual(JSON.parse(plain.body.toString("utf8")));
    expect(decoded(gzip)).toEqual(JSON.parse(plain.body.toString("utf8")));
    const tags = [plain, br, gzip].map((response) => response.headers.etag!);
    expect(tags[0]).toMatch(strongTag);
    expect(tags[1]).toBe(tags[0]!.replace(/"$/, '-br"'));
    expect(tags[2]).toBe(tags[0]!.replace(/"$/, '-gzip"'));
    for (const response of [plain, br, gzip]) {
      expect(response.headers["cache-control"]).toBe(
        "public, max-age=60, stale-while-revalidate=600",
      );
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(response.headers["content-length"])).toBe(response.body.length);
    }
  });

  it("answers If-None-Match with an empty 304 from the cache, and on a first read that went through the app", async () => {
    const body = { query: LESSON, variables: VARIABLES };
    const first = await post(suite.server.url, body, { "accept-encoding": "br" });
    const etag = first.headers.etag!;
    const cached = await countQueries(suite.database.pool, () =>
      post(suite.server.url, body, { "accept-encoding": "br", "if-none-match": etag }),
    );
    expect(cached.queries).toBe(0);
    expect(cached.result.status).toBe(304);
    expect(cached.result.body.length).toBe(0);
    expect(cached.result.headers.etag).toBe(etag);
    expect(cached.result.headers["cache-control"]).toMatch(/^public\b/);
    // The same read spelled differently is not in the cache yet: the app answers it, and its
    // bytes (so its tag) are the same.
    const spelledAnew = { query: `${LESSON}\n`, variables: VARIABLES };
    const uncached = await post(suite.server.url, spelledAnew, {
      "accept-encoding": "br",
      "if-none-match": `"other", ${etag}`,
    });
    expect(uncached.status).toBe(304);
    expect(uncached.body.length).toBe(0);
    expect(uncached.headers.etag).toBe(etag);
    const otherEncoding = await post(suite.server.url, body, {
      "accept-encoding": "gzip",
      "if-none-match": etag,
    });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.headers["content-encoding"]).toBe("gzip");
  });

  it("reads by GET with an automatic persisted query: a miss, then the query by POST, then the hash alone", async () => {
    const query = `query WireByHash($slug: String!) { lesson(slug: $slug) { slug title steps { body } } }`;
    const sha256Hash = crypto.createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const byHash = getPath({ variables: VARIABLES, extensions });
    const miss = await raw(suite.server.url, { method: "GET", path: byHash, headers: PREFLIGHT });
    expect((decoded(miss) as any).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(miss.headers.etag).toBeUndefined();
    expect(miss.headers["cache-control"]).not.toMatch(/public/);

    const registered = await post(suite.server.url, { query, variables: VARIABLES, extensions });
    expect((decoded(registered) as any).data.lesson.slug).toBe("sourcing-the-record");
    const first = await raw(suite.server.url, { method: "GET", path: byHash, headers: PREFLIGHT });
    expect(first.status).toBe(200);
    expect(decoded(first)).toEqual(decoded(registered));
    expect(first.headers.etag).toBe(registered.headers.etag);
    const again = await countQueries(suite.database.pool, () =>
      raw(suite.server.url, {
        method: "GET",
        path: byHash,
        headers: { ...PREFLIGHT, "accept-encoding": "br", "if-none-match": first.headers.etag! },
      }),
    );
    expect(again.queries).toBe(0);
    expect(again.result.status).toBe(200);
    expect(again.result.headers["content-encoding"]).toBe("br");
    expect(decoded(again.result)).toEqual(decoded(first));
    const revalidated = await raw(suite.server.url, {
      method: "GET",
      path: byHash,
      headers: {
        ...PREFLIGHT,
        "accept-encoding": "br",
        "if-none-match": again.result.headers.etag!,
      },
    });
    expect(revalidated.status).toBe(304);
  });

  it("refuses a GET without a header that forces a CORS preflight, cached or not", async () => {
    const path = getPath({ query: LESSON, variables: VARIABLES });
    const allowed = await raw(suite.server.url, { method: "GET", path, headers: PREFLIGHT });
    expect(allowed.status).toBe(200);
    const forged = await raw(suite.server.url, { method: "GET", path });
    expect(forged.status).toBe(400);
    expect(forged.body.toString()).toMatch(/Cross-Site Request Forgery/);
    expect(forged.headers.etag).toBeUndefined();
  });

  it("never marks a personal answer public nor tags it, and compresses it all the same", async () => {
    const started = await post(suite.server.url, {
      query: `mutation { startGuestSession(displayName: "Wire") { token } }`,
    });
    expect(started.headers["cache-control"]).toBe("private, no-store");
    expect(started.headers.etag).toBeUndefined();
    const token = (decoded(started) as any).data.startGuestSession.token as string;
    const body = { query: LESSON, variables: VARIABLES };
    const publicTag = (await post(suite.server.url, body)).headers.etag!;
    const sessions: Array<Record<string, string>> = [
      { authorization: `Bearer ${token}` },
      { cookie: `session=${token}` },
    ];
    for (const session of sessions) {
      const personal = await post(suite.server.url, body, {
        ...session,
        "accept-encoding": "br",
        "if-none-match": publicTag,
      });
      expect(personal.status).toBe(200);
      expect(personal.headers.etag).toBeUndefined();
      expect(personal.headers["cache-control"]).toBe("private, no-store");
      expect(personal.headers["content-encoding"]).toBe("br");
      expect(personal.headers.vary).toMatch(/accept-encoding/i);
      expect(decoded(personal)).toEqual(decoded(await post(suite.server.url, body)));
    }
  });

  it("answers the same first read arriving many times at once from one trip through the app", async () => {
    const body = { query: `${LESSON}\n\n# at once`, variables: VARIABLES };
    const single = await countQueries(suite.database.pool, () =>
      post(suite.server.url, { ...body, query: `${body.query} (alone)` }),
    );
    const many = await countQueries(suite.database.pool, () =>
      Promise.all(
        Array.from({ length: 8 }, () => post(suite.server.url, body, { "accept-encoding": "br" })),
      ),
    );
    expect(single.queries).toBeGreaterThan(0);
    expect(many.queries).toBe(single.queries);
    expect(new Set(many.result.map((response) => response.status))).toEqual(new Set([200]));
    expect(new Set(many.result.map((response) => response.headers.etag)).size).toBe(1);
    expect(decoded(many.result[7]!)).toEqual(decoded(single.result));
  });

  it("changes the tag when the content version changes", async () => {
    const body = { query: LESSON, variables: VARIABLES };
    const before = await post(suite.server.url, body, { "accept-encoding": "br" });
    await suite.database.pool.query(
      `UPDATE lessons SET title = 'Renamed on the wire' WHERE slug = 'sourcing-the-record'`,
    );
    await withTransaction(suite.database.pool, (client) => bumpContentVersion(client));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await post(suite.server.url, body, {
      "accept-encoding": "br",
      "if-none-match": before.headers.etag!,
    });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((decoded(after) as any).data.lesson.title).toBe("Renamed on the wire");
  });
});
