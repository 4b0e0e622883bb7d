import type { Queryable } from "../../core/database.js";

/** The catalogue's ids by authored key (what an authored set's distractors name). */
export async function selectMisconceptionIds(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; key: string }>(
    `SELECT id::text AS "id", content_key AS "key" FROM misconceptions WHERE NOT retired`,
  );
  return new Map(rows.map((row) => [row.key, row.id]));
}

/** Flags a set's items as a teacher's, so the content sync never retires them. */
export async function markItemsAuthored(db: Queryable, questionSetId: string): Promise<void> {
  await db.query(`UPDATE items SET authored = true WHERE question_set_id = $1`, [questionSetId]);
}

export interface AuthoredLessonFields {
  slug: string;
  ownerId: string;
  documentId: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  skills: string[];
  paragraphNumbers: number[];
  questionSetId: string;
}

/** Inserts an authored one-step lesson (no course position) over a question set; returns its id. */
export async function insertAuthoredLesson(
  db: Queryable,
  lesson: AuthoredLessonFields,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO lessons (slug, document_id, position, title, summary, estimated_minutes, objectives, skills, authored, authored_by)
     VALUES ($1, $2, NULL, $3, $4, $5, ARRAY[$3]::text[], $6::text[], true, $7)
     RETURNING id::text AS "id"`,
    [
      lesson.slug,
      lesson.documentId,
      lesson.title,
      lesson.summary,
      lesson.estimatedMinutes,
      lesson.skills,
      lesson.ownerId,
    ],
  );
  const lessonId = rows[0]!.id;
  await db.query(
    `INSERT INTO lesson_steps (lesson_id, content_key, position, kind, title, body, paragraph_numbers, question_set_id)
     VALUES ($1, $2, 1, 'QUESTION_SET', $3, '', $4::int[], $5)`,
    [
      lessonId,
      `${lesson.slug}-questions`,
      lesson.title,
      lesson.paragraphNumbers,
      lesson.questionSetId,
    ],
  );
  return lessonId;
}
