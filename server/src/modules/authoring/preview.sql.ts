import type { Queryable } from "../../core/database.js";

export interface PreviewRow {
  setId: string;
  revision: number;
  lessonId: string;
  questionSetId: string;
}

const PREVIEW_COLUMNS = `p.set_id::text AS "setId", p.revision AS "revision",
  p.lesson_id::text AS "lessonId", p.question_set_id::text AS "questionSetId"`;

/** A set's current preview, if it has one. */
export async function selectPreview(db: Queryable, setId: string): Promise<PreviewRow | null> {
  const { rows } = await db.query<PreviewRow>(
    `SELECT ${PREVIEW_COLUMNS} FROM authored_set_previews p WHERE p.set_id = $1`,
    [setId],
  );
  return rows[0] ?? null;
}

/** Forgets a set's preview (before its lesson is deleted). */
export async function deletePreview(db: Queryable, setId: string): Promise<void> {
  await db.query(`DELETE FROM authored_set_previews WHERE set_id = $1`, [setId]);
}

/** Records a set's new preview. */
export async function insertPreview(db: Queryable, preview: PreviewRow): Promise<void> {
  await db.query(
    `INSERT INTO authored_set_previews (set_id, revision, lesson_id, question_set_id)
     VALUES ($1, $2, $3, $4)`,
    [preview.setId, preview.revision, preview.lessonId, preview.questionSetId],
  );
}
