import type { Queryable } from "../core/database.js";

/** The content version ("0" before the first sync): it changes with every content or document change. */
export async function selectContentVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ version: string }>(
    `SELECT version::text AS "version" FROM content_state`,
  );
  return rows[0]?.version ?? "0";
}

/** Bumps the content version so every server drops its cached content (after a document import). */
export async function bumpContentVersion(db: Queryable): Promise<void> {
  await db.query(`UPDATE content_state SET version = version + 1`);
}
