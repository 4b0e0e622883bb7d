import type { Queryable } from "../../core/database.js";

// The other documents an evidence question or exercise offers passages from (item_sources).

export interface SourceFields {
  documentSlug: string;
  paragraphNumbers: number[];
}

/** Replaces the other documents an item offers, in order (documents by slug). */
export async function replaceSources(
  db: Queryable,
  itemId: string,
  sources: readonly SourceFields[],
): Promise<void> {
  await db.query(`DELETE FROM item_sources WHERE item_id = $1`, [itemId]);
  if (sources.length === 0) return;
  await db.query(
    `INSERT INTO item_sources (item_id, position, document_id, paragraph_numbers)
     SELECT $1, s.position, d.id, ARRAY(SELECT jsonb_array_elements_text(s.paragraph_numbers)::int)
       FROM unnest($2::int[], $3::text[], $4::jsonb[]) AS s(position, document_slug, paragraph_numbers)
       JOIN documents d ON d.slug = s.document_slug`,
    [
      itemId,
      sources.map((_, i) => i + 1),
      sources.map((s) => s.documentSlug),
      sources.map((s) => JSON.stringify(s.paragraphNumbers)),
    ],
  );
}
