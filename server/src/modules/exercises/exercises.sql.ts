import type { Queryable } from "../../core/database.js";
import type { AnswerSlots } from "../../grading/index.js";

// Student-facing reads of exercises (items of kind EXERCISE): no column of the answer key
// (targets, exemplars) is ever selected here.

export interface ExerciseRow {
  id: string;
  documentId: string;
  slug: string;
  title: string;
  skill: string;
  prompt: string;
  guidance: string;
  paragraphNumbers: number[];
  minEvidence: number;
  points: number;
  answerSlots: AnswerSlots | null;
  /** Set when the exercise is only in a teacher's draft preview: that teacher, who alone may read it. */
  previewOwner?: string | null;
}

export interface CriterionRow {
  id: string;
  itemId: string;
  title: string;
  description: string;
  levels: Array<{ score: number; label: string; descriptor: string }>;
}

const EXERCISE_COLUMNS = `i.id::text AS "id", i.document_id::text AS "documentId", i.slug AS "slug", i.title AS "title",
  i.skill AS "skill", i.prompt AS "prompt", i.guidance AS "guidance", i.paragraph_numbers AS "paragraphNumbers",
  i.min_selections AS "minEvidence", i.points AS "points", i.answer_slots AS "answerSlots"`;

/** Published exercises by slug, with the owner of a draft preview that alone holds one. */
export async function selectExercisesBySlugs(
  db: Queryable,
  slugs: readonly string[],
): Promise<ExerciseRow[]> {
  const { rows } = await db.query<ExerciseRow>(
    `SELECT ${EXERCISE_COLUMNS},
       (SELECT min(l.authored_by::text) FROM lesson_steps s JOIN lessons l ON l.id = s.lesson_id
         WHERE s.exercise_item_id = i.id AND l.preview
           AND NOT EXISTS (SELECT 1 FROM lesson_steps s2 JOIN lessons l2 ON l2.id = s2.lesson_id
                           WHERE s2.exercise_item_id = i.id AND NOT l2.preview)) AS "previewOwner"
     FROM items i WHERE i.slug = ANY($1::text[]) AND i.kind = 'EXERCISE' AND NOT i.retired`,
    [slugs],
  );
  return rows;
}

/** Exercises by id, retired ones included: lesson steps and attempts still point at them. */
export async function selectExercisesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<ExerciseRow[]> {
  const { rows } = await db.query<ExerciseRow>(
    `SELECT ${EXERCISE_COLUMNS} FROM items i WHERE i.id = ANY($1::bigint[]) AND i.kind = 'EXERCISE'`,
    [ids],
  );
  return rows;
}

/** The rubric criteria of several exercises, in order. */
export async function selectCriteriaByItemIds(
  db: Queryable,
  itemIds: readonly string[],
): Promise<CriterionRow[]> {
  const { rows } = await db.query<CriterionRow>(
    `SELECT c.id::text AS "id", c.item_id::text AS "itemId", c.title AS "title", c.description AS "description", c.levels AS "levels"
       FROM rubric_criteria c WHERE c.item_id = ANY($1::bigint[]) AND NOT c.retired ORDER BY c.item_id, c.position`,
    [itemIds],
  );
  return rows;
}
