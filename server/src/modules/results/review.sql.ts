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
