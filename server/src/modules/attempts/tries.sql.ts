import type { Queryable } from "../../core/database.js";
import type { TryScoring } from "../../grading/index.js";
import { RESPONSE_COLUMNS, type ResponseRow } from "./responses.sql.js";

/** One response of an attempt, locked until the transaction ends. */
export async function selectResponseForUpdate(
  db: Queryable,
  attemptId: string,
  itemId: string,
): Promise<ResponseRow | undefined> {
  const { rows } = await db.query<ResponseRow>(
    `SELECT ${RESPONSE_COLUMNS} FROM responses r WHERE r.attempt_id = $1 AND r.item_id = $2 FOR UPDATE`,
    [attemptId, itemId],
  );
  return rows[0];
}

/** An attempt's checked items that are not locked yet, locked until the transaction ends. */
export async function selectUnlockedTriesForUpdate(
  db: Queryable,
  attemptId: string,
): Promise<ResponseRow[]> {
  const { rows } = await db.query<ResponseRow>(
    `SELECT ${RESPONSE_COLUMNS} FROM responses r
      WHERE r.attempt_id = $1 AND r.max_tries IS NOT NULL AND NOT r.locked ORDER BY r.id FOR UPDATE`,
    [attemptId],
  );
  return rows;
}

/** Writes a check's (or a lock's) scoring; a check also counts the try and the revision checked. */
export async function writeTry(
  db: Queryable,
  id: string,
  scoring: TryScoring & { triesUsed: number; checkedRevision: number | null },
): Promise<ResponseRow> {
  const { rows } = await db.query<ResponseRow>(
    `UPDATE responses r SET auto_score = $2, evidence_score = $3, correct = $4, needs_review = $5, message = $6,
            expected = $7::jsonb, locked = $8, tries_used = $9, checked_revision = $10,
            -- A new try: a teacher's judgement of an older answer no longer stands.
            rubric_scores = CASE WHEN $9 > r.tries_used THEN NULL ELSE r.rubric_scores END,
            teacher_score = CASE WHEN $9 > r.tries_used THEN NULL ELSE r.teacher_score END,
            teacher_comment = CASE WHEN $9 > r.tries_used THEN NULL ELSE r.teacher_comment END,
            scored_by = CASE WHEN $9 > r.tries_used THEN NULL ELSE r.scored_by END,
            scored_at = CASE WHEN $9 > r.tries_used THEN NULL ELSE r.scored_at END
      WHERE r.id = $1 RETURNING ${RESPONSE_COLUMNS}`,
    [
      id,
      scoring.autoScore,
      scoring.evidenceScore,
      scoring.correct,
      scoring.needsReview,
      scoring.message,
      scoring.expected === null ? null : JSON.stringify(scoring.expected),
      scoring.locked,
      scoring.triesUsed,
      scoring.checkedRevision,
    ],
  );
  return rows[0]!;
}
