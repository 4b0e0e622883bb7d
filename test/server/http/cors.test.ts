import { afterAll, describe, expect, it } from "vitest";
import { type TestDatabase } from "../../support/databases.js";
import { createPreparedTestDatabase } from "../../support/prepared-databases.js";
import { startTestServer, type TestServer } from "../../support/server.js";

describe("cross-origin calls", () => {
  let database: TestDatabase;
  afterAll(() => database?.close());

  it("are same-origin by default, and open only to the origins named in CORS_ORIGINS", async () => {
    database = await createPreparedTestDatabase("pglite");
    const plain = await startTestServer(database.pool);
    const preflight = (server: TestServer, origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST" },
      });
    expect(
      (await preflight(plain, "https://school.example")).headers.get("access-control-allow-origin"),
    ).toBeNull();
    await plain.close();
    const open = await startTestServer(database.pool, {
      prepare: false,
      corsOrigins: ["https://school.example"],
    });
    const allowed = await preflight(open, "https://school.example");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://school.example");
    expect(
      (await preflight(open, "https://evil.example")).headers.get("access-control-allow-origin"),
    ).toBeNull();
    await open.close();
  });
});
