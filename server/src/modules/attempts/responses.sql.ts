import type { Queryable } from "../../core/database.js";
import type { AnswerData } from "../../grading/index.js";
import { ATTEMPTS, EXTENSION, OVERDUE } from "./attempts.sql.js";

export interface ResponseRow {
  id: string;
  attemptId: string;
  itemId: string;
  itemKind: string;
  /** The slug of the item's own document (a span without one lies in it). */
  itemDocumentSlug: string;
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
  /** Tries mode: checks spent, the tries allowed (null: not checked), the revision last checked. */
  triesUsed: number;
  maxTries: number | null;
  checkedRevision: number | null;
  /** No more saves or checks (tries mode; every item of a submitted attempt is locked too). */
  locked: boolean;
}

export const RESPONSE_COLUMNS = `r.id::text AS "id", r.attempt_id::text AS "attemptId", r.item_id::text AS "itemId",
  (SELECT i.kind FROM items i WHERE i.id = r.item_id) AS "itemKind",
  (SELECT d.slug FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id = r.item_id) AS "itemDocumentSlug",
  r.answer AS "answer",
  r.revision AS "revision", r.saved_at AS "savedAt", r.auto_score AS "autoScore", r.max_score AS "maxScore",
  r.correct AS "correct", r.needs_review AS "needsReview", r.message AS "message", r.expected AS "expected",
  r.evidence_score AS "evidenceScore", r.rubric_scores AS "rubricScores", r.teacher_score AS "teacherScore",
  r.teacher_comment AS "teacherComment", r.tries_used AS "triesUsed", r.max_tries AS "maxTries",
  r.checked_revision AS "checkedRevision", r.locked AS "locked"`;

/**
 * What an autosave writes: the answer, its revision and the automatic scoring; `maxTries` is the
 * item's tries, set only if the attempt is in tries mode (a draft there writes no scoring).
 */
export type ResponseWrite = { maxTries: number | null } & Pick<
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
  | {
      kind:
        | "no-attempt"
        | "not-owner"
        | "submitted"
        | "not-in-lesson"
        | "locked"
        | "archived"
        | "paused";
    };

// The attempt's assignment belongs to an archived class (its work is read-only). Needs `g`.
const IN_ARCHIVED_CLASS = `EXISTS (SELECT 1 FROM classes c WHERE c.id = g.class_id AND c.archived_at IS NOT NULL)`;
// The class's teacher paused it (live classroom): no answers until resumed. Needs `g`.
const IN_PAUSED_CLASS = `EXISTS (SELECT 1 FROM classes c WHERE c.id = g.class_id AND c.paused_at IS NOT NULL)`;

/**
 * Stores a response in one statement, only into the student's own open attempt at a lesson
 * that holds the item, and only if no response with the same or a higher revision is stored.
 * The attempt row is locked for the statement, so a submit and a save never interleave. When
 * nothing was stored, a second query says why (or returns the stored response).
 * Tries mode (IMMEDIATE, an item with checks): a draft is not a checked answer, so it writes the
 * answer only; the scoring columns keep the last check (or stay empty before one), and a locked
 * response takes no more saves.
 */
export async function saveResponse(
  db: Queryable,
  write: ResponseWrite,
  guard: { studentId: string; lessonIds: readonly string[] },
): Promise<SaveOutcome> {
  const saved = await db.query<ResponseRow>({
    name: "save-response",
    text: `WITH open_attempt AS (
       SELECT a.id, (COALESCE(g.feedback_timing, a.feedback_timing) = 'IMMEDIATE' AND $14::int IS NOT NULL) AS tries
         FROM attempts a LEFT JOIN assignments g ON g.id = a.assignment_id ${EXTENSION}
        WHERE a.id = $1 AND a.student_id = $11 AND a.status = 'IN_PROGRESS' AND a.lesson_id = ANY($12::bigint[])
          AND NOT ${OVERDUE} AND NOT ${IN_ARCHIVED_CLASS} AND NOT ${IN_PAUSED_CLASS}
          FOR UPDATE OF a)
     INSERT INTO responses AS r (attempt_id, item_id, answer, revision, auto_score, max_score, correct, needs_review, message,
                                 expected, evidence_score, max_tries)
     SELECT open_attempt.id, $2, $3::jsonb, $4,
            CASE WHEN tries THEN NULL ELSE $5::double precision END, $6,
            CASE WHEN tries THEN NULL ELSE $7::boolean END, CASE WHEN tries THEN false ELSE $8::boolean END,
            CASE WHEN tries THEN 'Not checked yet.' ELSE $9::text END,
            CASE WHEN tries THEN NULL ELSE $10::jsonb END, CASE WHEN tries THEN NULL ELSE $13::double precision END,
            CASE WHEN tries THEN $14::int END
       FROM open_attempt
     ON CONFLICT (attempt_id, item_id) DO UPDATE SET
       answer = EXCLUDED.answer, revision = EXCLUDED.revision, saved_at = now(), max_score = EXCLUDED.max_score,
       -- Once checked, the scoring is the last check's until the next check.
       auto_score = CASE WHEN r.tries_used > 0 THEN r.auto_score ELSE EXCLUDED.auto_score END,
       correct = CASE WHEN r.tries_used > 0 THEN r.correct ELSE EXCLUDED.correct END,
       needs_review = CASE WHEN r.tries_used > 0 THEN r.needs_review ELSE EXCLUDED.needs_review END,
       message = CASE WHEN r.tries_used > 0 THEN r.message ELSE EXCLUDED.message END,
       expected = CASE WHEN r.tries_used > 0 THEN r.expected ELSE EXCLUDED.expected END,
       evidence_score = CASE WHEN r.tries_used > 0 THEN r.evidence_score ELSE EXCLUDED.evidence_score END,
       max_tries = CASE WHEN r.tries_used > 0 THEN r.max_tries ELSE EXCLUDED.max_tries END,
       -- A new answer needs judging again.
       rubric_scores = NULL, teacher_score = NULL, teacher_comment = NULL, scored_by = NULL, scored_at = NULL
     WHERE r.revision < EXCLUDED.revision AND NOT r.locked
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
      write.maxTries,
    ],
  });
  if (saved.rows[0]) return { kind: "saved", response: saved.rows[0] };
  const { rows } = await db.query<
    ResponseRow & {
      studentId: string;
      lessonId: string;
      status: string;
      archived: boolean;
      paused: boolean;
    }
  >(
    `SELECT a.student_id::text AS "studentId", a.lesson_id::text AS "lessonId",
            CASE WHEN ${OVERDUE} THEN 'SUBMITTED' ELSE a.status END AS "status",
            ${IN_ARCHIVED_CLASS} AS "archived", ${IN_PAUSED_CLASS} AS "paused", ${RESPONSE_COLUMNS}
       FROM ${ATTEMPTS} LEFT JOIN responses r ON r.attempt_id = a.id AND r.item_id = $2 WHERE a.id = $1`,
    [write.attemptId, write.itemId],
  );
  const found = rows[0];
  if (!found) return { kind: "no-attempt" };
  if (found.studentId !== guard.studentId) return { kind: "not-owner" };
  if (found.archived) return { kind: "archived" };
  if (found.status !== "IN_PROGRESS") return { kind: "submitted" };
  if (!guard.lessonIds.includes(found.lessonId)) return { kind: "not-in-lesson" };
  if (found.locked) return { kind: "locked" };
  if (found.paused) return { kind: "paused" };
  const { studentId: _s, lessonId: _l, status: _st, archived: _a, paused: _p, ...response } = found;
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

/** An item's readable name for the audit trail: an exercise's slug, else its content key. */
export async function selectItemLabel(db: Queryable, itemId: string): Promise<string> {
  const { rows } = await db.query<{ label: string }>(
    `SELECT COALESCE(i.slug, i.content_key) AS "label" FROM items i WHERE i.id = $1`,
    [itemId],
  );
  return rows[0]?.label ?? itemId;
}
