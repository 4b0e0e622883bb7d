import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../../../server/src/app/startup.js";
import { ITEM_KINDS } from "../../../../server/src/content/lessons/content-sync.service.js";
import { upsertItemKinds } from "../../../../server/src/content/lessons/content-sync.sql.js";
import { DATABASE_KINDS, type TestDatabase } from "../../../support/databases.js";
import { createPreparedTestDatabase } from "../../../support/prepared-databases.js";
import { LESSONS_DIR } from "../../../support/server.js";

describe.each(DATABASE_KINDS)("item kinds on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createPreparedTestDatabase(kind);
    await prepareDatabase(database.pool, { lessonsDir: LESSONS_DIR });
  });
  afterAll(async () => {
    await database?.close();
  });

  /** Gives the first single-choice item another kind, in a transaction rolled back afterwards; the error or null. */
  async function retype(newKind: string, before?: (db: any) => Promise<void>): Promise<unknown> {
    const client = await database.pool.connect();
    try {
      await client.query("BEGIN");
      await before?.(client);
      return await client
        .query(
          `UPDATE items SET kind = $1 WHERE id = (SELECT min(id) FROM items WHERE kind = 'SINGLE_CHOICE')`,
          [newKind],
        )
        .then(() => null)
        .catch((error: unknown) => error);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  }

  it("holds every kind the server's registries know", async () => {
    const { rows } = await database.pool.query<{ kind: string }>(`SELECT kind FROM item_kinds`);
    expect(rows.map((row) => row.kind).sort()).toEqual([...ITEM_KINDS].sort());
  });

  it("refuses an item of a kind it does not hold", async () => {
    const error = (await retype("TIMELINE")) as { code?: string } | null;
    expect(error?.code).toBe("23503");
  });

  it("takes an item of a new kind once the kind is added, without a migration", async () => {
    expect(await retype("TIMELINE", (db) => upsertItemKinds(db, ["TIMELINE"]))).toBeNull();
  });
});
