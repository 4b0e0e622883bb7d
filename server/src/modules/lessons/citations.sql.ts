import type { Queryable } from "../../core/database.js";

/**
 * One place in the published lessons that may cite a document: a step's body, or one of the
 * questions or the exercise it holds (their prompt; an exercise's guidance too). Answer keys
 * (explanations, evidence targets, a short answer's scoring guide) are never read: citations
 * are public.
 */
export interface CitationSourceRow {
  lessonSlug: string;
  lessonTitle: string;
  stepTitle: string;
  itemId: string | null;
  itemKind: string | null;
  /**
   * The document the lesson (for a step) or the item is about, or another document the item
   * offers passages of (its `sources`; such a row has empty text).
   */
  documentId: string;
  paragraphNumbers: number[];
  prompt: string | null;
  text: string;
}

/** Every published step and the items it holds, in course order. */
export async function selectCitationSources(db: Queryable): Promise<CitationSourceRow[]> {
  const { rows } = await db.query<CitationSourceRow>(
    `SELECT l.slug AS "lessonSlug", l.title AS "lessonTitle", s.title AS "stepTitle",
            NULL::text AS "itemId", NULL::text AS "itemKind", l.document_id::text AS "documentId",
            s.paragraph_numbers AS "paragraphNumbers", NULL::text AS "prompt", s.body AS "text",
            l.position AS "lessonPosition", s.position AS "stepPosition", 0 AS "itemPosition"
       FROM lessons l JOIN lesson_steps s ON s.lesson_id = l.id AND s.position IS NOT NULL
      WHERE NOT l.retired AND NOT l.authored
     UNION ALL
     SELECT l.slug, l.title, s.title, i.id::text, i.kind, i.document_id::text, i.paragraph_numbers, i.prompt,
            concat_ws(E'\\n\\n', i.prompt, CASE WHEN i.kind = 'EXERCISE' THEN i.guidance END), l.position, s.position, coalesce(i.position, 1)
       FROM lessons l JOIN lesson_steps s ON s.lesson_id = l.id AND s.position IS NOT NULL
       JOIN items i ON (i.question_set_id = s.question_set_id AND NOT i.retired) OR i.id = s.exercise_item_id
      WHERE NOT l.retired AND NOT l.authored
     UNION ALL
     SELECT l.slug, l.title, s.title, i.id::text, i.kind, o.document_id::text, o.paragraph_numbers, i.prompt,
            '', l.position, s.position, coalesce(i.position, 1)
       FROM lessons l JOIN lesson_steps s ON s.lesson_id = l.id AND s.position IS NOT NULL
       JOIN items i ON (i.question_set_id = s.question_set_id AND NOT i.retired) OR i.id = s.exercise_item_id
       JOIN item_sources o ON o.item_id = i.id
      WHERE NOT l.retired AND NOT l.authored
     ORDER BY "lessonPosition", "stepPosition", "itemPosition"`,
  );
  return rows;
}
