import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase } from "../../support/databases.js";
import { createPreparedTestDatabase } from "../../support/prepared-databases.js";
import { startTestServer, type TestServer } from "../../support/server.js";

describe("hostile requests", () => {
  let database: TestDatabase;
  let server: TestServer;
  const post = (
    body: string,
    headers: Record<string, string> = { "content-type": "application/json" },
  ) => fetch(`${server.url}/graphql`, { method: "POST", headers, body });

  beforeAll(async () => {
    database = await createPreparedTestDatabase("pglite");
    server = await startTestServer(database.pool);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it("answers the standard introspection query: the API is public", async () => {
    const { data, errors } = await server.gql(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    expect(data.__schema.types.length).toBeGreaterThan(40);
  });

  it.each([
    ["too deep", `{ ${"lessons { document { ".repeat(7)} slug ${"} } ".repeat(7)} }`],
    [
      "too many aliases",
      `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: lessons { slug }`).join(" ")} }`,
    ],
    ["too many directives", `{ lessons { slug ${"@include(if: true) ".repeat(21)} } }`],
    ["too many tokens", `{ ${"__typename ".repeat(4100)} }`],
  ])("refuses a query that is %s, before running it", async (_what, query) => {
    const { errors } = await server.gql(query);
    expect(errors?.[0]?.extensions?.code).toMatch(
      /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|GRAPHQL_PARSE_FAILED/,
    );
  });

  it.each([
    ["a syntax error", `{ viewer { id `],
    ["more tokens than the limit", `{ ${"__typename ".repeat(4100)} }`],
  ])("answers %s with 400 GRAPHQL_PARSE_FAILED, not a server error", async (_what, query) => {
    const { status, errors } = await server.gql(query);
    expect(status).toBe(400);
    expect(errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_PARSE_FAILED"]);
  });

  it.each(["/graphql", "/api/assignments/x/results.csv"])(
    "takes a session cookie with a broken escape for no session at %s, not a server error",
    async (path) => {
      const response = await fetch(`${server.url}${path}`, {
        method: path === "/graphql" ? "POST" : "GET",
        headers: { "content-type": "application/json", cookie: "session=%ZZ" },
        body: path === "/graphql" ? JSON.stringify({ query: "{ viewer { id } }" }) : undefined,
      });
      expect(response.status).toBeLessThan(500);
      if (path === "/graphql") expect(await response.json()).toEqual({ data: { viewer: null } });
    },
  );

  it.each([
    ["a variable", `query($s: String!) { document(slug: $s) { slug } }`, { s: "a\u0000b" }],
    ["a literal", `{ document(slug: "a\\u0000b") { slug } }`, {}],
  ])("refuses a NUL character in %s as bad input, not a server error", async (_w, query, vars) => {
    const { status, errors } = await server.gql(query, vars);
    expect(status).toBe(400);
    expect(errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("takes a cookie with a broken escape for none at an LTI launch, not a server error", async () => {
    const response = await fetch(`${server.url}/lti/launch`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: "lti_binding=%" },
      body: "state=x&id_token=y",
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it("refuses batched requests", async () => {
    const response = await post(
      JSON.stringify([{ query: "{ lessons { slug } }" }, { query: "{ lessons { slug } }" }]),
    );
    expect(response.status).toBe(400);
  });

  it("refuses a body over 1 MB with 413, clearly", async () => {
    const response = await post(
      JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(1_100_000) } }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("refuses malformed JSON with 400 and no stack trace", async () => {
    const response = await post("{ not json");
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.(ts|js)|node_modules|\/work\//);
  });

  it("refuses cross-site requests: a text/plain POST, and a mutation over GET", async () => {
    const plain = await post(
      JSON.stringify({ query: `mutation { startGuestSession(displayName: "x") { token } }` }),
      { "content-type": "text/plain" },
    );
    expect(plain.status).toBe(400);
    const get = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent(`mutation { logOut }`)}`,
      { headers: { "apollo-require-preflight": "1" } },
    );
    expect(get.status).toBe(405);
    const { rows } = await database.pool.query(`SELECT count(*)::int AS n FROM users`);
    expect(rows[0].n).toBe(0);
  });

  it("does not suggest field names outside development", async () => {
    const { errors } = await server.gql(`{ documnts { slug } }`);
    expect(errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("sends security headers with a Content-Security-Policy", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const graphiql = await fetch(`${server.url}/graphiql`);
    expect(graphiql.status).toBe(200);
    expect(graphiql.headers.get("content-security-policy")).toMatch(/worker-src 'self' blob:/);
    expect(await graphiql.text()).toContain("startGuestSession");
  });

  it("lets a whole class start practising from one address, but not a flood of new guests", async () => {
    const start = () =>
      server.gql(`mutation { startGuestSession(displayName: "Pupil") { token } }`);
    const classOf40 = await Promise.all(Array.from({ length: 40 }, start));
    expect(classOf40.filter((r) => r.errors)).toEqual([]);
    let refused: any;
    for (let i = 40; i < 260 && !refused; i++) {
      const result = await start();
      if (result.errors) refused = result.errors[0];
    }
    expect(refused?.extensions).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      retryAfter: expect.any(Number),
    });
    await database.pool.query(`DELETE FROM rate_limits`);
  }, 60_000);

  it("treats injection strings as plain data everywhere", async () => {
    const hostile = [
      "Robert'); DROP TABLE users;--",
      "<script>alert(1)</script>",
      "\u202Eevil",
      "Ким Ир Сен 김일성 金日成",
      "x".repeat(60),
    ];
    for (const name of hostile) {
      const { data, errors } = await server.gql(
        `mutation($n: String!) { startGuestSession(displayName: $n) { viewer { displayName } } }`,
        { n: name },
      );
      expect(errors).toBeUndefined();
      expect(data.startGuestSession.viewer.displayName).toBe(name);
    }
    const { data } = await server.gql(
      `query($s: String!) { document(slug: $s) { id } lesson(slug: $s) { id } }`,
      { s: "'; DROP TABLE documents; --" },
    );
    expect(data).toEqual({ document: null, lesson: null });
    expect((await server.gql(`{ documents { slug } }`)).data.documents).toHaveLength(4);
    const long = await server.gql(`query($s: String!) { document(slug: $s) { id } }`, {
      s: "é".repeat(100_000),
    });
    expect(long.data.document).toBeNull();
  });
});
