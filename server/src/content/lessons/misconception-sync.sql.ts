import type { Queryable } from "../../core/database.js";
import type { LoadedDistractor, LoadedMisconception } from "./content.types.js";

// The misconception catalogue and the distractors that name it, written beside the content upserts.

/**
 * Inserts or revives the catalogue's entries by their authored ids, in authored order; entries the
 * file no longer holds are retired. Returns the database id of each authored id.
 */
export async function upsertMisconceptions(
  db: Queryable,
  entries: readonly LoadedMisconception[],
): Promise<Map<string, string>> {
  await db.query("SET CONSTRAINTS misconceptions_position_key DEFERRED");
  await db.query(`UPDATE misconceptions SET retired = true, position = NULL`);
  if (entries.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; contentKey: string }>(
    `INSERT INTO misconceptions (content_key, position, name, belief, habit, reteach)
     SELECT m.content_key, m.position, m.name, m.belief, m.habit, m.reteach
       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])
            AS m(content_key, position, name, belief, habit, reteach)
     ON CONFLICT (content_key) DO UPDATE SET
       position = EXCLUDED.position, name = EXCLUDED.name, belief = EXCLUDED.belief,
       habit = EXCLUDED.habit, reteach = EXCLUDED.reteach, retired = false
     RETURNING id::text AS "id", content_key AS "contentKey"`,
    [
      entries.map((e) => e.id),
      entries.map((_, i) => i + 1),
      entries.map((e) => e.name),
      entries.map((e) => e.belief),
      entries.map((e) => e.habit),
      entries.map((e) => e.reteach),
    ],
  );
  return new Map(rows.map((row) => [row.contentKey, row.id]));
}

/** Replaces an item's tagged distractors. */
export async function replaceDistractors(
  db: Queryable,
  itemId: string,
  distractors: readonly LoadedDistractor[],
  misconceptionIds: ReadonlyMap<string, string>,
): Promise<void> {
  await db.query(`DELETE FROM item_distractors WHERE item_id = $1`, [itemId]);
  if (distractors.length === 0) return;
  await db.query(
    `INSERT INTO item_distractors (item_id, position, misconception_id, choice_key, left_key, right_key, first_key, then_key, answer_text)
     SELECT $1, d.position, d.misconception_id, d.choice_key, d.left_key, d.right_key, d.first_key, d.then_key, d.answer_text
       FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
            AS d(position, misconception_id, choice_key, left_key, right_key, first_key, then_key, answer_text)`,
    [
      itemId,
      distractors.map((_, i) => i + 1),
      distractors.map((d) => {
        const id = misconceptionIds.get(d.misconception);
        if (!id)
          throw new Error(
            `distractor names misconception "${d.misconception}", not in the catalogue`,
          );
        return id;
      }),
      distractors.map((d) => d.choiceKey),
      distractors.map((d) => d.leftKey),
      distractors.map((d) => d.rightKey),
      distractors.map((d) => d.firstKey),
      distractors.map((d) => d.thenKey),
      distractors.map((d) => d.answerText),
    ],
  );
}
