import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError, redact } from "../../../server/src/core/safe-log.js";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../../support/databases.js";

const MARKER = "OKAPI-ANSWER-3390";

describe("redact", () => {
  it("blanks quoted values and emails", () => {
    expect(redact(`invalid input syntax for type bigint: "${MARKER}"`)).toBe(
      'invalid input syntax for type bigint: "…"',
    );
    expect(redact("no user ms.kim@school.example here")).toBe("no user …@… here");
  });
});

describe.each(DATABASE_KINDS)("describeError on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.pool.query(
      `CREATE TABLE probe (email text UNIQUE, answer text CHECK (answer NOT LIKE '%FORCED%'))`,
    );
    await db.pool.query(`INSERT INTO probe (email, answer) VALUES ('a@school.example', 'x')`);
  });
  afterAll(() => db?.close());

  const failure = async (sql: string) => {
    try {
      await db.pool.query(sql);
    } catch (error) {
      return error;
    }
    throw new Error("the statement should have failed");
  };

  it("keeps the database's code and constraint but not the failing row or the duplicate key", async () => {
    const check = await failure(`INSERT INTO probe (answer) VALUES ('FORCED ${MARKER}')`);
    const unique = await failure(`INSERT INTO probe (email) VALUES ('a@school.example')`);
    // What a plain console.error(error) would print: the row and the key, word for word.
    expect(inspect(check)).toContain(MARKER);
    expect(inspect(unique)).toContain("a@school.example");
    const described = [describeError(check), describeError(unique)].join("\n");
    expect(described).toContain("23514");
    expect(described).toContain("23505");
    expect(described).not.toContain(MARKER);
    expect(described).not.toContain("a@school.example");
    // A GraphQL error wrapping it is described by its cause.
    expect(describeError({ originalError: check })).toBe(describeError(check));
  });
});
