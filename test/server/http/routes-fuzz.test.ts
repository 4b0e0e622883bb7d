import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DATABASE_KINDS } from "../../support/databases.js";
import { fuzzHttpRequests } from "../../support/fuzz/http-requests.js";
import {
  faultsOf,
  fuzzRuns,
  fuzzSeed,
  send,
  type Secrets,
  secretsOf,
} from "../../support/fuzz/verdict.js";
import { serveForSuite } from "../../support/server.js";
import {
  buildVisibilityWorld,
  type Role,
  ROLES,
  type VisibilityWorld,
} from "../../support/visibility-world.js";

/**
 * Generated requests to every HTTP route (exports, LTI, GraphQL over GET, health): any
 * method, path, header and body. Never a 500, never a stack trace, never someone else's work,
 * and the server healthy after. FUZZ_SEED replays a run.
 */
// Building the visibility world takes a while on a busy machine.
vi.setConfig({ hookTimeout: 180_000 });

describe.each(DATABASE_KINDS)("HTTP route fuzzing on %s", (kind) => {
  const suite = serveForSuite(kind);
  let world: VisibilityWorld;
  let secrets: Secrets;
  beforeAll(async () => {
    world = await buildVisibilityWorld(suite.server);
    secrets = await secretsOf();
  });

  it("answers every generated request without a server error or internals", async () => {
    const seed = fuzzSeed();
    console.log(`HTTP route fuzzing on ${kind}: FUZZ_SEED=${seed}`);
    const values = [
      ...Object.values(world.vars).filter((v): v is string => typeof v === "string"),
      "puzanov-kim-il-sung-1957-11-13",
    ];
    const requests = fc
      .constantFrom(...ROLES)
      .chain((role: Role) =>
        fuzzHttpRequests(values, [world.auth[role]]).map((request) => ({ role, request })),
      );
    await fc.assert(
      fc.asyncProperty(requests, async ({ role, request }) => {
        const { method, path, headers, body } = request;
        const response = await send(`${suite.server.url}${path}`, {
          method,
          headers,
          body,
          redirect: "manual",
        });
        const text = await response.text();
        const graphql =
          method !== "HEAD" &&
          path.startsWith("/graphql") &&
          /json/.test(response.headers.get("content-type") ?? "");
        const faults = faultsOf(response.status, text, secrets[role], graphql);
        expect(
          faults,
          `${role}: ${JSON.stringify(request)} → ${response.status} ${text.slice(0, 300)}`,
        ).toEqual([]);
      }),
      { seed, numRuns: fuzzRuns(400), endOnFailure: true },
    );
    expect((await fetch(`${suite.server.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
