import type { Queryable } from "../../core/database.js";

export interface CriterionRow {
  id: string;
  itemId: string;
  title: string;
  description: string;
  levels: Array<{ score: number; label: string; descriptor: string }>;
}

/** The rubric criteria of several exercises, in order. */
export async function selectCriteriaByItemIds(db: Queryable, itemIds: readonly string[]): Promise<CriterionRow[]> {
  const { rows } = await db.query<CriterionRow>(
    `SELECT c.id::text AS "id", c.item_id::text AS "itemId", c.title AS "title", c.description AS "description", c.levels AS "levels"
       FROM rubric_criteria c WHERE c.item_id = ANY($1::bigint[]) AND NOT c.retired ORDER BY c.item_id, c.position`,
    [itemIds],
  );
  return rows;
}
