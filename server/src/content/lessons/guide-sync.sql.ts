import type { Queryable } from "../../core/database.js";

// The teacher guide's fields, written beside the content upserts: each step's suggested minutes
// and the misconceptions each item probes.

/** Sets the suggested minutes of steps, by their authored keys (null: none given). */
export async function updateStepMinutes(
  db: Queryable,
  steps: ReadonlyArray<{ contentKey: string; minutes: number | null }>,
): Promise<void> {
  if (steps.length === 0) return;
  await db.query(
    `UPDATE lesson_steps s SET minutes = m.minutes
       FROM unnest($1::text[], $2::int[]) AS m(content_key, minutes)
      WHERE s.content_key = m.content_key AND s.minutes IS DISTINCT FROM m.minutes`,
    [steps.map((s) => s.contentKey), steps.map((s) => s.minutes)],
  );
}

/** Sets an item's own tries in tries mode (null: its kind's default). */
export async function updateTries(
  db: Queryable,
  itemId: string,
  tries: number | null,
): Promise<void> {
  await db.query(`UPDATE items SET tries = $2 WHERE id = $1 AND tries IS DISTINCT FROM $2`, [
    itemId,
    tries,
  ]);
}

/** Sets the misconceptions an item probes. */
export async function updateMisconceptions(
  db: Queryable,
  itemId: string,
  misconceptions: readonly string[],
): Promise<void> {
  await db.query(`UPDATE items SET misconceptions = $2::text[] WHERE id = $1`, [
    itemId,
    misconceptions,
  ]);
}
