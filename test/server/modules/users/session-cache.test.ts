// The in-memory session lookups on each database kind: kept while nothing changes, dropped when
// the session is revoked or the user renamed by any connection (NOTIFY from migration 0030).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../../../server/src/app/startup.js";
import { createSessionCache } from "../../../../server/src/modules/users/session-cache.js";
import { startSession } from "../../../../server/src/modules/users/sessions.service.js";
import { insertStudent } from "../../../../server/src/modules/users/users.sql.js";
import {
  DATABASE_KINDS,
  createTestDatabase,
  type TestDatabase,
} from "../../../support/databases.js";
import { LESSONS_DIR } from "../../../support/server.js";

const IDLE = 3600;

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + 1_000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

describe.each(DATABASE_KINDS)("session lookups kept in memory (%s)", (kind) => {
  let db: TestDatabase;
  let cache: ReturnType<typeof createSessionCache>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await prepareDatabase(db.pool, { lessonsDir: LESSONS_DIR, syncContent: false });
    cache = createSessionCache(db.pool, db.listen);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }, 60_000);
  afterAll(async () => {
    await cache?.close();
    await db?.close();
  });

  async function student(name: string) {
    const user = await insertStudent(db.pool, {
      displayName: name,
      signInCode: `C${name}`,
      guest: true,
    });
    return { user, token: await startSession(db.pool, user.id) };
  }

  it("answers from memory while the session is unchanged", async () => {
    const { token } = await student("Kept");
    expect((await cache.viewerFromToken(token, IDLE))?.displayName).toBe("Kept");
    // Revoked without a notification (the trigger off for this one statement): memory still answers.
    await db.pool.query("ALTER TABLE sessions DISABLE TRIGGER sessions_ended");
    await db.pool.query(
      "UPDATE sessions SET revoked_at = now() WHERE user_id = (SELECT id FROM users WHERE display_name = 'Kept')",
    );
    await db.pool.query("ALTER TABLE sessions ENABLE TRIGGER sessions_ended");
    expect((await cache.viewerFromToken(token, IDLE))?.displayName).toBe("Kept");
    cache.forget(token);
    expect(await cache.viewerFromToken(token, IDLE)).toBeNull();
  });

  it("stops answering for a session revoked by another connection", async () => {
    const { user, token } = await student("Revoked");
    const { token: other } = await student("Bystander");
    expect(await cache.viewerFromToken(token, IDLE)).not.toBeNull();
    expect(await cache.viewerFromToken(other, IDLE)).not.toBeNull();
    await db.pool.query("UPDATE sessions SET revoked_at = now() WHERE user_id = $1", [user.id]);
    expect(await eventually(async () => (await cache.viewerFromToken(token, IDLE)) === null)).toBe(
      true,
    );
    expect((await cache.viewerFromToken(other, IDLE))?.displayName).toBe("Bystander");
  });

  it("shows a renamed user's new name", async () => {
    const { user, token } = await student("Before");
    expect((await cache.viewerFromToken(token, IDLE))?.displayName).toBe("Before");
    await db.pool.query("UPDATE users SET display_name = 'After' WHERE id = $1", [user.id]);
    expect(
      await eventually(
        async () => (await cache.viewerFromToken(token, IDLE))?.displayName === "After",
      ),
    ).toBe(true);
  });
});
