import type { Queryable } from "../../core/database.js";

// Teachers only: which distractor of an item encodes which misconception (an answer key).

export interface DistractorRow {
  itemId: string;
  /** The misconception's authored id. */
  misconception: string;
  /** Options as raw keys (answers store these), with their texts for the teacher. */
  choiceId: string | null;
  leftId: string | null;
  rightId: string | null;
  firstId: string | null;
  thenId: string | null;
  answerText: string | null;
  choiceText: string | null;
  leftText: string | null;
  rightText: string | null;
  firstText: string | null;
  thenText: string | null;
}

/** The tagged distractors of several items, in item and authored order (one round trip). */
export async function selectDistractorsByItemIds(
  db: Queryable,
  itemIds: readonly string[],
): Promise<DistractorRow[]> {
  if (itemIds.length === 0) return [];
  const { rows } = await db.query<DistractorRow>(
    `SELECT d.item_id::text AS "itemId", m.content_key AS "misconception",
            c.public_key::text AS "choiceId", l.public_key::text AS "leftId", r.public_key::text AS "rightId",
            f.public_key::text AS "firstId", t.public_key::text AS "thenId", d.answer_text AS "answerText",
            c.text AS "choiceText", l.text AS "leftText", r.text AS "rightText", f.text AS "firstText", t.text AS "thenText"
       FROM item_distractors d
       JOIN misconceptions m ON m.id = d.misconception_id
       LEFT JOIN item_options c ON c.item_id = d.item_id AND c.role = 'CHOICE' AND c.content_key = d.choice_key
       LEFT JOIN item_options l ON l.item_id = d.item_id AND l.role = 'LEFT' AND l.content_key = d.left_key
       LEFT JOIN item_options r ON r.item_id = d.item_id AND r.role = 'RIGHT' AND r.content_key = d.right_key
       LEFT JOIN item_options f ON f.item_id = d.item_id AND f.role = 'ORDER' AND f.content_key = d.first_key
       LEFT JOIN item_options t ON t.item_id = d.item_id AND t.role = 'ORDER' AND t.content_key = d.then_key
      WHERE d.item_id = ANY($1::bigint[])
      ORDER BY d.item_id, d.position`,
    [itemIds],
  );
  return rows;
}

/** The database's time `minutes` ago: saves are stamped by the database's clock, so windows are too. */
export async function selectMinutesAgo(db: Queryable, minutes: number): Promise<Date> {
  const { rows } = await db.query<{ since: Date }>(
    `SELECT now() - make_interval(mins => $1::int) AS "since"`,
    [minutes],
  );
  return rows[0]!.since;
}
