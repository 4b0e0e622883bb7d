import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildAppSchema } from "../../../server/src/app/schema.js";
import { DATABASE_KINDS } from "../../support/databases.js";
import { changedTables, stateDigest } from "../../support/fuzz/database-state.js";
import { fuzzRequests, type FuzzWorld } from "../../support/fuzz/graphql-operations.js";
import { mutationOf, refusedWhole } from "../../support/fuzz/refusal.js";
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
  ROLES,
  type VisibilityWorld,
} from "../../support/visibility-world.js";

/**
 * Thousands of operations generated from the served schema, well-formed and mangled, sent by
 * every role of the visibility world: never a 500, never an unmasked error, never a key or
 * another student's work, a mutation refused whole changes nothing in the database, and the
 * server is still healthy after. FUZZ_SEED replays a run.
 */
// Building the visibility world takes a while on a busy machine.
vi.setConfig({ hookTimeout: 180_000 });

describe.each(DATABASE_KINDS)("GraphQL fuzzing on %s", (kind) => {
  const suite = serveForSuite(kind);
  let world: VisibilityWorld;
  let secrets: Secrets;
  let ids: FuzzWorld;
  beforeAll(async () => {
    world = await buildVisibilityWorld(suite.server);
    secrets = await secretsOf();
    const { lessonSlug, joinCode, extendedDueAt, ...rest } = world.vars;
    ids = {
      ids: [...Object.values(rest).filter((v) => typeof v === "string"), world.exerciseItemId],
      strings: [lessonSlug, joinCode, extendedDueAt, "puzanov-kim-il-sung-1957-11-13"],
    };
  });

  it("answers every generated request with data or a known error code, and leaks nothing", async () => {
    const schema = await buildAppSchema();
    const seed = fuzzSeed();
    const tally = new Map<string, number>();
    console.log(`GraphQL fuzzing on ${kind}: FUZZ_SEED=${seed}`);
    const requests = fc
      .tuple(fc.constantFrom(...ROLES), fc.constant(null))
      .chain(([role]) => fuzzRequests(schema, ids).map((request) => ({ role, request })));
    const db = suite.database.pool;
    let state = await stateDigest(db);
    let refusedMutations = 0;
    await fc.assert(
      fc.asyncProperty(requests, async ({ role, request }) => {
        const response = await send(`${suite.server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...world.auth[role] },
          body: JSON.stringify(request),
        });
        const text = await response.text();
        const codes = text.match(/"code":"[A-Z_]+"/g) ?? ["data"];
        for (const code of new Set(codes)) tally.set(code, (tally.get(code) ?? 0) + 1);
        const faults = faultsOf(response.status, text, secrets[role], true);
        expect(faults, `${role}: ${JSON.stringify(request)}`).toEqual([]);
        const mutation = mutationOf(request.query, request.operationName);
        if (!mutation) return;
        const before = state;
        state = await stateDigest(db);
        if (!refusedWhole(mutation, JSON.parse(text))) return;
        refusedMutations++;
        const changed = changedTables(before, state);
        expect(changed, `refused, yet changed: ${role}: ${JSON.stringify(request)}`).toEqual([]);
      }),
      { seed, numRuns: fuzzRuns(600), endOnFailure: true },
    );
    console.log(`outcomes on ${kind}:`, Object.fromEntries(tally), { refusedMutations });
    expect(refusedMutations).toBeGreaterThan(0);
    const health = await fetch(`${suite.server.url}/healthz`);
    expect(health.status).toBe(200);
  }, 120_000);
});
