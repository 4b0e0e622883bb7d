import type { Queryable } from "../../core/database.js";

// The rubric side of an exercise: its criteria and exemplars.

export interface CriterionFields {
  contentKey: string;
  title: string;
  description: string;
  levels: Array<{ score: number; label: string; descriptor: string }>;
}

/** Inserts or revives an exercise's rubric criteria, keeping their ids. */
export async function upsertCriteria(
  db: Queryable,
  itemId: string,
  criteria: readonly CriterionFields[],
): Promise<void> {
  if (criteria.length === 0) return;
  await db.query(
    `INSERT INTO rubric_criteria (item_id, content_key, position, title, description, levels, max_score)
     SELECT $1, c.content_key, c.position, c.title, c.description, c.levels, c.max_score
       FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::jsonb[], $7::int[])
            AS c(content_key, position, title, description, levels, max_score)
     ON CONFLICT (item_id, content_key) DO UPDATE SET
       position = EXCLUDED.position, title = EXCLUDED.title, description = EXCLUDED.description,
       levels = EXCLUDED.levels, max_score = EXCLUDED.max_score, retired = false`,
    [
      itemId,
      criteria.map((c) => c.contentKey),
      criteria.map((_, i) => i + 1),
      criteria.map((c) => c.title),
      criteria.map((c) => c.description),
      criteria.map((c) => JSON.stringify(c.levels)),
      criteria.map((c) => Math.max(...c.levels.map((level) => level.score))),
    ],
  );
}

export interface ExemplarFields {
  title: string;
  claimKey: string | null;
  levels: Record<string, number>;
  text: string;
  commentary: string;
}

/** Replaces an exercise's exemplars. */
export async function replaceExemplars(
  db: Queryable,
  itemId: string,
  exemplars: readonly ExemplarFields[],
): Promise<void> {
  await db.query(`DELETE FROM exemplars WHERE item_id = $1`, [itemId]);
  if (exemplars.length === 0) return;
  await db.query(
    `INSERT INTO exemplars (item_id, position, title, claim_key, levels, text, commentary)
     SELECT $1, e.position, e.title, e.claim_key, e.levels, e.text, e.commentary
       FROM unnest($2::int[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[])
            AS e(position, title, claim_key, levels, text, commentary)`,
    [
      itemId,
      exemplars.map((_, i) => i + 1),
      exemplars.map((e) => e.title),
      exemplars.map((e) => e.claimKey),
      exemplars.map((e) => JSON.stringify(e.levels)),
      exemplars.map((e) => e.text),
      exemplars.map((e) => e.commentary),
    ],
  );
}
