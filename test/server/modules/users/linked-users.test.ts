import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTransaction } from "../../../../server/src/core/database.js";
import { migrate } from "../../../../server/src/core/migrate.js";
import { createLinkedUser } from "../../../../server/src/modules/users/linked-users.service.js";
import { createTestDatabase, type TestDatabase } from "../../../support/databases.js";

const codes = vi.hoisted(() => ({ queue: [] as string[] }));
vi.mock("../../../../server/src/modules/users/sign-in-code.js", async (importOriginal) => {
  const real =
    await importOriginal<typeof import("../../../../server/src/modules/users/sign-in-code.js")>();
  return { ...real, newSignInCode: () => codes.queue.shift() ?? real.newSignInCode() };
});

describe("users who arrive from a platform", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await migrate(database.pool);
  });
  afterAll(() => database?.close());

  it("makes a teacher without email or password, and a student with a sign-in code", async () => {
    const inTransaction = (role: "TEACHER" | "STUDENT", name: string, fallback: string) =>
      withTransaction(database.pool, (client) => createLinkedUser(client, role, name, fallback));
    const teacher = await inTransaction("TEACHER", "Ms Rivera", "Teacher");
    expect(teacher).toMatchObject({ role: "TEACHER", displayName: "Ms Rivera", email: null });
    const student = await inTransaction("STUDENT", "x".repeat(61), "Student");
    expect(student).toMatchObject({ role: "STUDENT", displayName: "Student" });
    expect(student.signInCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  });

  it("retries a sign-in code clash inside the caller's transaction, which stays usable", async () => {
    codes.queue.push("KKKKK-22222");
    await withTransaction(database.pool, (client) =>
      createLinkedUser(client, "STUDENT", "First", "Student"),
    );
    codes.queue.push("KKKKK-22222");
    const second = await withTransaction(database.pool, async (client) => {
      const row = await createLinkedUser(client, "STUDENT", "Second", "Student");
      await client.query("SELECT 1");
      return row;
    });
    expect(second.signInCode).not.toBe("KKKKK-22222");
    const { rows } = await database.pool.query(
      `SELECT display_name FROM users WHERE display_name IN ('First', 'Second') ORDER BY id`,
    );
    expect(rows.map((r) => r.display_name)).toEqual(["First", "Second"]);
  });
});
