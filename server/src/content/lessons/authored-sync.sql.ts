import type { Queryable } from "../../core/database.js";

/** The catalogue's ids by authored key (what an authored set's distractors name). */
export async function selectMisconceptionIds(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; key: string }>(
    `SELECT id::text AS "id", content_key AS "key" FROM misconceptions WHERE NOT retired`,
  );
  return new Map(rows.map((row) => [row.key, row.id]));
}

/** Flags a set's items and exercises as a teacher's, so the content sync never retires them. */
export async function markItemsAuthored(
  db: Queryable,
  questionSetId: string,
  exerciseIds: readonly string[],
): Promise<void> {
  await db.query(
    `UPDATE items SET authored = true WHERE question_set_id = $1 OR id = ANY($2::bigint[])`,
    [questionSetId, exerciseIds],
  );
}

export interface AuthoredLessonFields {
  slug: string;
  ownerId: string;
  documentId: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  skills: string[];
  /** A draft's private preview rather than a published version. */
  preview: boolean;
  /** In order: the questions' step (when there are questions), then one per exercise. */
  steps: Array<{
    key: string;
    kind: "QUESTION_SET" | "EXERCISE";
    title: string;
    paragraphNumbers: number[];
    questionSetId: string | null;
    exerciseId: string | null;
  }>;
}

/** Inserts an authored lesson (no course position) over a question set and exercises; returns its id. */
export async function insertAuthoredLesson(
  db: Queryable,
  lesson: AuthoredLessonFields,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO lessons (slug, document_id, position, title, summary, estimated_minutes, objectives, skills, authored, authored_by, preview)
     VALUES ($1, $2, NULL, $3, $4, $5, ARRAY[$3]::text[], $6::text[], true, $7, $8)
     RETURNING id::text AS "id"`,
    [
      lesson.slug,
      lesson.documentId,
      lesson.title,
      lesson.summary,
      lesson.estimatedMinutes,
      lesson.skills,
      lesson.ownerId,
      lesson.preview,
    ],
  );
  const lessonId = rows[0]!.id;
  await db.query(
    `INSERT INTO lesson_steps (lesson_id, content_key, position, kind, title, body, paragraph_numbers, question_set_id, exercise_item_id)
     SELECT $1, s.key, s.position, s.kind, s.title, '',
            ARRAY(SELECT jsonb_array_elements_text(s.paragraphs)::int), s.question_set_id, s.exercise_id
       FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::jsonb[], $7::bigint[], $8::bigint[])
            AS s(key, position, kind, title, paragraphs, question_set_id, exercise_id)`,
    [
      lessonId,
      lesson.steps.map((step) => step.key),
      lesson.steps.map((_, index) => index + 1),
      lesson.steps.map((step) => step.kind),
      lesson.steps.map((step) => step.title),
      lesson.steps.map((step) => JSON.stringify(step.paragraphNumbers)),
      lesson.steps.map((step) => step.questionSetId),
      lesson.steps.map((step) => step.exerciseId),
    ],
  );
  return lessonId;
}

/**
 * Deletes a draft's preview lesson with everything written for it: its owner's scratch attempts
 * and their answers (nobody else can start one), its steps, items and question set.
 */
export async function deletePreviewLesson(
  db: Queryable,
  preview: { lessonId: string; questionSetId: string },
): Promise<void> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT exercise_item_id::text AS "id" FROM lesson_steps
      WHERE lesson_id = $1 AND exercise_item_id IS NOT NULL`,
    [preview.lessonId],
  );
  await db.query(
    `DELETE FROM responses r USING attempts a WHERE r.attempt_id = a.id AND a.lesson_id = $1`,
    [preview.lessonId],
  );
  await db.query(`DELETE FROM attempts WHERE lesson_id = $1`, [preview.lessonId]);
  await db.query(`DELETE FROM lessons WHERE id = $1 AND preview`, [preview.lessonId]);
  await db.query(`DELETE FROM items WHERE question_set_id = $1 OR id = ANY($2::bigint[])`, [
    preview.questionSetId,
    rows.map((row) => row.id),
  ]);
  await db.query(`DELETE FROM question_sets WHERE id = $1`, [preview.questionSetId]);
}
