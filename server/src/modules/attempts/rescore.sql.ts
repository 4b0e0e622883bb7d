import type { Queryable } from "../../core/database.js";
import { RESPONSE_COLUMNS, type ResponseRow } from "./responses.sql.js";

// Re-scoring stored responses after a key changes (npm run rescore).

/** A lesson's id by its slug, or null. */
export async function selectLessonIdBySlug(db: Queryable, slug: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id::text AS "id" FROM lessons WHERE slug = $1`,
    [slug],
  );
  return rows[0]?.id ?? null;
}

/** The items of a lesson's steps (retired questions too: their stored answers still count), with a label. */
export async function selectLessonItemsForRescore(
  db: Queryable,
  lessonId: string,
): Promise<Array<{ itemId: string; label: string }>> {
  const { rows } = await db.query<{ itemId: string; label: string }>(
    `SELECT DISTINCT ON (i.id) i.id::text AS "itemId", COALESCE(i.slug, i.content_key) AS "label"
       FROM lesson_steps s
       JOIN items i ON i.question_set_id = s.question_set_id OR i.id = s.exercise_item_id
      WHERE s.lesson_id = $1 AND s.position IS NOT NULL
      ORDER BY i.id`,
    [lessonId],
  );
  return rows;
}

/** Every stored response to an item, locked for the re-scoring transaction. */
export async function selectResponsesOfItemForUpdate(
  db: Queryable,
  itemId: string,
): Promise<ResponseRow[]> {
  const { rows } = await db.query<ResponseRow>(
    `SELECT ${RESPONSE_COLUMNS} FROM responses r WHERE r.item_id = $1 ORDER BY r.id FOR UPDATE OF r`,
    [itemId],
  );
  return rows;
}

export interface RescoredColumns {
  autoScore: number | null;
  maxScore: number;
  correct: boolean | null;
  message: string;
  expected: unknown;
  evidenceScore: number | null;
  teacherScore: number | null;
}

/** Writes a response's new scoring columns. */
export async function updateRescored(
  db: Queryable,
  id: string,
  columns: RescoredColumns,
): Promise<void> {
  await db.query(
    `UPDATE responses SET auto_score = $2, max_score = $3, correct = $4, message = $5, expected = $6::jsonb,
            evidence_score = $7, teacher_score = $8
      WHERE id = $1`,
    [
      id,
      columns.autoScore,
      columns.maxScore,
      columns.correct,
      columns.message,
      columns.expected === null || columns.expected === undefined
        ? null
        : JSON.stringify(columns.expected),
      columns.evidenceScore,
      columns.teacherScore,
    ],
  );
}
