import type { Queryable } from "../../core/database.js";
import type { AnswerData } from "../../grading/index.js";
import { ATTEMPTS, EXTENSION, OVERDUE } from "./attempts.sql.js";

export interface ResponseRow {
  id: string;
  attemptId: string;
  itemId: string;
  itemKind: string;
  answer: AnswerData;
  revision: number;
  savedAt: Date;
  autoScore: number | null;
  maxScore: number;
  correct: boolean | null;
  needsReview: boolean;
  message: string;
  expected: AnswerData | null;
  evidenceScore: number | null;
  rubricScores: Array<{ criterionId: string; score: number }> | null;
  teacherScore: number | null;
  teacherComment: string | null;
}

const RESPONSE_COLUMNS = `r.id::text AS "id", r.attempt_id::text AS "attemptId", r.item_id::text AS "itemId",
  (SELECT i.kind FROM items i WHERE i.id = r.item_id) AS "itemKind", r.answer AS "answer",
  r.revision AS "revision", r.saved_at AS "savedAt", r.auto_score AS "autoScore", r.max_score AS "maxScore",
  r.correct AS "correct", r.needs_review AS "needsReview", r.message AS "message", r.expected AS "expected",
  r.evidence_score AS "evidenceScore", r.rubric_scores AS "rubricScores", r.teacher_score AS "teacherScore",
  r.teacher_comment AS "teacherComment"`;

/** What an autosave writes: the answer, its revision and the automatic scoring. */
export type ResponseWrite = Pick<
  ResponseRow,
  | "attemptId"
  | "itemId"
  | "answer"
  | "revision"
  | "autoScore"
  | "maxScore"
  | "correct"
  | "needsReview"
  | "message"
  | "expected"
  | "evidenceScore"
>;

export type SaveOutcome =
  | { kind: "saved"; response: ResponseRow }
  | { kind: "stale"; response: ResponseRow }
  | { kind: "no-attempt" | "not-owner" | "submitted" | "not-in-lesson" };

/**
 * Stores a response in one statement, only into the student's own open attempt at a lesson
 * that holds the item, and only if no response with the same or a higher revision is stored.
 * The attempt row is locked for the statement, so a submit and a save never interleave. When
 * nothing was stored, a second query says why (or returns the stored response).
 */
export async function saveResponse(
  db: Queryable,
  write: ResponseWrite,
  guard: { studentId: string; lessonIds: readonly string[] },
): Promise<SaveOutcome> {
  const saved = await db.query<ResponseRow>({
    name: "save-response",
    text: `WITH open_attempt AS (
       SELECT a.id FROM attempts a LEFT JOIN assignments g ON g.id = a.assignment_id ${EXTENSION}
        WHERE a.id = $1 AND a.student_id = $11 AND a.status = 'IN_PROGRESS' AND a.lesson_id = ANY($12::bigint[])
          AND NOT ${OVERDUE}
          FOR UPDATE OF a)
     INSERT INTO responses AS r (attempt_id, item_id, answer, revision, auto_score, max_score, correct, needs_review, message,
                                 expected, evidence_score)
     SELECT open_attempt.id, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10::jsonb, $13 FROM open_attempt
     ON CONFLICT (attempt_id, item_id) DO UPDATE SET
       answer = EXCLUDED.answer, revision = EXCLUDED.revision, saved_at = now(), auto_score = EXCLUDED.auto_score,
       max_score = EXCLUDED.max_score, correct = EXCLUDED.correct, needs_review = EXCLUDED.needs_review,
       message = EXCLUDED.message, expected = EXCLUDED.expected, evidence_score = EXCLUDED.evidence_score,
       -- A new answer needs judging again.
       rubric_scores = NULL, teacher_score = NULL, teacher_comment = NULL, scored_by = NULL, scored_at = NULL
     WHERE r.revision < EXCLUDED.revision
     RETURNING ${RESPONSE_COLUMNS}`,
    values: [
      write.attemptId,
      write.itemId,
      JSON.stringify(write.answer),
      write.revision,
      write.autoScore,
      write.maxScore,
      write.correct,
      write.needsReview,
      write.message,
      write.expected === null ? null : JSON.stringify(write.expected),
      guard.studentId,
      guard.lessonIds,
      write.evidenceScore,
    ],
  });
  if (saved.rows[0]) return { kind: "saved", response: saved.rows[0] };
  const { rows } = await db.query<
    ResponseRow & { studentId: string; lessonId: string; status: string }
  >(
    `SELECT a.student_id::text AS "studentId", a.lesson_id::text AS "lessonId",
            CASE WHEN ${OVERDUE} THEN 'SUBMITTED' ELSE a.status END AS "status", ${RESPONSE_COLUMNS}
       FROM ${ATTEMPTS} LEFT JOIN responses r ON r.attempt_id = a.id AND r.item_id = $2 WHERE a.id = $1`,
    [write.attemptId, write.itemId],
  );
  const found = rows[0];
  if (!found) return { kind: "no-attempt" };
  if (found.studentId !== guard.studentId) return { kind: "not-owner" };
  if (found.status !== "IN_PROGRESS") return { kind: "submitted" };
  if (!guard.lessonIds.includes(found.lessonId)) return { kind: "not-in-lesson" };
  const { studentId: _s, lessonId: _l, status: _st, ...response } = found;
  if (!response.id)
    throw new Error(
      `response to item ${write.itemId} of attempt ${write.attemptId} was neither stored nor found`,
    );
  return { kind: "stale", response: response as ResponseRow };
}

/** A response by id, with its attempt (for a teacher's scoring). */
export async function selectResponseById(
  db: Queryable,
  id: string,
): Promise<ResponseRow | undefined> {
  const { rows } = await db.query<ResponseRow>(
    `SELECT ${RESPONSE_COLUMNS} FROM responses r WHERE r.id = $1`,
    [id],
  );
  return rows[0];
}

/** Records a teacher's judgement of a response; the response no longer needs review. */
export async function updateTeacherScore(
  db: Queryable,
  id: string,
  score: {
    teacherScore: number;
    rubricScores: Array<{ criterionId: string; score: number }> | null;
    comment: string | null;
    teacherId: string;
  },
): Promise<ResponseRow> {
  const { rows } = await db.query<ResponseRow>(
    `UPDATE responses r SET teacher_score = $2, rubric_scores = $3::jsonb, teacher_comment = $4, scored_by = $5, scored_at = now(),
            needs_review = false
      WHERE r.id = $1 RETURNING ${RESPONSE_COLUMNS}`,
    [
      id,
      score.teacherScore,
      score.rubricScores === null ? null : JSON.stringify(score.rubricScores),
      score.comment,
      score.teacherId,
    ],
  );
  return rows[0]!;
}

/** The responses of several attempts, in the order they were first saved. */
export async function selectResponsesByAttemptIds(
  db: Queryable,
  attemptIds: readonly string[],
): Promise<ResponseRow[]> {
  const { rows } = await db.query<ResponseRow>(
    `SELECT ${RESPONSE_COLUMNS} FROM responses r WHERE r.attempt_id = ANY($1::bigint[]) ORDER BY r.attempt_id, r.id`,
    [attemptIds],
  );
  return rows;
}
