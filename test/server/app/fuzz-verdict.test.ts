import { describe, expect, it } from "vitest";
import { changedTables, stateDigest } from "../../support/fuzz/database-state.js";
import { mutationOf, refusedWhole } from "../../support/fuzz/refusal.js";
import { createPreparedTestDatabase } from "../../support/prepared-databases.js";
import { faultsOf, secretsOf } from "../../support/fuzz/verdict.js";

/** The fuzzers' judge must see each fault it is there to catch. */
describe("the fuzzers' verdict on an answer", () => {
  const ok = JSON.stringify({ errors: [{ message: "No.", extensions: { code: "FORBIDDEN" } }] });

  it("passes a refusal with a client code", () => {
    expect(faultsOf(200, ok, [], true)).toEqual([]);
  });

  it("finds a 500, a stack frame, an unknown or masked code, and a secret", async () => {
    expect(faultsOf(500, ok, [], true)).toEqual(["status 500"]);
    const stack = JSON.stringify({
      errors: [{ message: "at run (/srv/app.js:3:9)", extensions: { code: "FORBIDDEN" } }],
    });
    expect(faultsOf(400, stack, [], true)).toHaveLength(1);
    const masked = JSON.stringify({ errors: [{ extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    expect(faultsOf(200, masked, [], true)).toEqual(["error code INTERNAL_SERVER_ERROR"]);
    const secrets = await secretsOf();
    const [what, exemplar] = secrets.student[0]!;
    expect(
      faultsOf(200, JSON.stringify({ data: { x: `…${exemplar}…` } }), secrets.student, true),
    ).toEqual([`leaks ${what}`]);
    expect(
      faultsOf(200, JSON.stringify({ data: { x: `…${exemplar}…` } }), secrets.teacher, true),
    ).toEqual([]);
  });

  it("tells a mutation refused whole from one that may have run in part", () => {
    expect(mutationOf("{ lessons { slug } }")).toBeNull();
    expect(mutationOf("mutation {")).toBeNull();
    expect(mutationOf("query A { lessons { slug } } mutation B { logOut }", "A")).toBeNull();
    const two = mutationOf(`mutation { a: logOut b: createClass(name: "x") { id } }`)!;
    expect(two).not.toBeNull();
    const refusal = (path?: string[]) => ({ message: "No.", ...(path ? { path } : {}) });
    // Rejected before running: no error has a path.
    expect(refusedWhole(two, { errors: [refusal()] })).toBe(true);
    // Every root field failed, under its alias.
    expect(refusedWhole(two, { data: null, errors: [refusal(["a"]), refusal(["b"])] })).toBe(true);
    // One root field failed and nulled the data: the other may have run.
    expect(refusedWhole(two, { data: null, errors: [refusal(["b"])] })).toBe(false);
    expect(refusedWhole(two, { data: { a: true, b: { id: "1" } } })).toBe(false);
    const spread = mutationOf("mutation { ...M } fragment M on Mutation { logOut }")!;
    expect(refusedWhole(spread, { data: null, errors: [refusal(["logOut"])] })).toBe(false);
  });

  it("sees a new row or a changed one, but not a rate limit's hit or a session's last use", async () => {
    const database = await createPreparedTestDatabase("pglite");
    try {
      const db = database.pool;
      const start = await stateDigest(db);
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO users (role, display_name) VALUES ('TEACHER', 'T') RETURNING id::text AS id`,
      );
      const added = await stateDigest(db);
      expect(changedTables(start, added)).toEqual(["users"]);
      await db.query(`INSERT INTO sessions (user_id, token_hash) VALUES ($1, '\\x00')`, [
        rows[0]!.id,
      ]);
      const signedIn = await stateDigest(db);
      expect(changedTables(added, signedIn)).toEqual(["sessions"]);
      await db.query(`UPDATE sessions SET last_seen_at = now() + interval '1 minute'`);
      await db.query(`INSERT INTO rate_limits VALUES ('login:x', now(), 1)`);
      expect(changedTables(signedIn, await stateDigest(db))).toEqual([]);
      await db.query(`UPDATE users SET display_name = 'U' WHERE id = $1`, [rows[0]!.id]);
      expect(changedTables(signedIn, await stateDigest(db))).toEqual(["users"]);
    } finally {
      await database.close();
    }
  });
});
