import type { Queryable } from "../../core/database.js";

export interface TargetFields {
  /** The document when it is not the item's own; null: the item's own. */
  documentSlug: string | null;
  paragraphNumber: number;
  start: number;
  end: number;
  quote: string;
  note: string;
  /** KEY (default) or ACCEPTABLE. */
  role?: "KEY" | "ACCEPTABLE";
  countsForRecall?: boolean;
  /** An exercise's model passage: the claims (content ids) it serves; omitted: every position. */
  claims?: string[];
}

/** Replaces an item's evidence targets (a target's document by slug; null: the item's own). */
export async function replaceTargets(
  db: Queryable,
  itemId: string,
  targets: readonly TargetFields[],
): Promise<void> {
  await db.query(`DELETE FROM item_targets WHERE item_id = $1`, [itemId]);
  if (targets.length === 0) return;
  await db.query(
    `INSERT INTO item_targets (item_id, position, paragraph_number, start_offset, end_offset, quote, note, document_id,
                               role, counts_for_recall, claims)
     SELECT $1, t.position, t.paragraph_number, t.start_offset, t.end_offset, t.quote, t.note,
            (SELECT d.id FROM documents d WHERE d.slug = t.document_slug),
            t.role, t.counts_for_recall, (SELECT array_agg(c) FROM jsonb_array_elements_text(t.claims) c)
       FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::boolean[], $11::jsonb[])
            AS t(position, paragraph_number, start_offset, end_offset, quote, note, document_slug,
                 role, counts_for_recall, claims)`,
    [
      itemId,
      targets.map((_, i) => i + 1),
      targets.map((t) => t.paragraphNumber),
      targets.map((t) => t.start),
      targets.map((t) => t.end),
      targets.map((t) => t.quote),
      targets.map((t) => t.note),
      targets.map((t) => t.documentSlug),
      targets.map((t) => t.role ?? "KEY"),
      targets.map((t) => t.countsForRecall ?? false),
      targets.map((t) => (t.claims?.length ? JSON.stringify(t.claims) : null)),
    ],
  );
}
