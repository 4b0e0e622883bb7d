import type { Queryable } from "../../core/database.js";

// Teacher-only reads for the review of an assigned lesson.

export interface ExemplarRow {
  itemId: string;
  title: string;
  claimKey: string | null;
  levels: Record<string, number>;
  text: string;
  commentary: string;
}

/** Teachers only: the worked answers of several exercises, in order; levels keyed by criterion content key. */
export async function selectExemplarsByItemIds(
  db: Queryable,
  itemIds: readonly string[],
): Promise<Array<ExemplarRow & { criterionIds: Record<string, string> }>> {
  const { rows } = await db.query<ExemplarRow & { criterionIds: Record<string, string> }>(
    `SELECT e.item_id::text AS "itemId", e.title AS "title", e.claim_key AS "claimKey", e.levels AS "levels", e.text AS "text",
            e.commentary AS "commentary",
            (SELECT jsonb_object_agg(c.content_key, c.id::text) FROM rubric_criteria c WHERE c.item_id = e.item_id) AS "criterionIds"
       FROM exemplars e WHERE e.item_id = ANY($1::bigint[]) ORDER BY e.item_id, e.position`,
    [itemIds],
  );
  return rows;
}

/** Teachers only: each option's public key by (item, role, content key), to name exemplars' claims. */
export async function selectClaimKeys(
  db: Queryable,
  itemIds: readonly string[],
): Promise<Array<{ itemId: string; contentKey: string; id: string; text: string }>> {
  const { rows } = await db.query<{ itemId: string; contentKey: string; id: string; text: string }>(
    `SELECT o.item_id::text AS "itemId", o.content_key AS "contentKey", o.public_key::text AS "id", o.text AS "text"
       FROM item_options o WHERE o.item_id = ANY($1::bigint[]) AND o.role = 'CLAIM'`,
    [itemIds],
  );
  return rows;
}

/** Teachers only: the misconceptions each item probes (the teacher guide). */
export async function selectMisconceptions(
  db: Queryable,
  itemIds: readonly string[],
): Promise<Array<{ itemId: string; misconceptions: string[] }>> {
  const { rows } = await db.query<{ itemId: string; misconceptions: string[] }>(
    `SELECT i.id::text AS "itemId", i.misconceptions AS "misconceptions" FROM items i WHERE i.id = ANY($1::bigint[])`,
    [itemIds],
  );
  return rows;
}

export interface StepTimingRow {
  id: string;
  position: number;
  title: string;
  minutes: number | null;
}

/** Teachers only: the suggested minutes of a lesson's steps, in order (the teacher guide). */
export async function selectStepTimings(db: Queryable, lessonId: string): Promise<StepTimingRow[]> {
  const { rows } = await db.query<StepTimingRow>(
    `SELECT s.id::text AS "id", s.position AS "position", s.title AS "title", s.minutes AS "minutes"
       FROM lesson_steps s WHERE s.lesson_id = $1 AND s.position IS NOT NULL ORDER BY s.position`,
    [lessonId],
  );
  return rows;
}
