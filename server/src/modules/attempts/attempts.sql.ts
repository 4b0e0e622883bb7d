import type { Queryable } from "../../core/database.js";
import type { AnswerData } from "../grading/scoring.types.js";

export interface AttemptRow {
  id: string;
  studentId: string;
  lessonId: string;
  assignmentId: string | null;
  status: "IN_PROGRESS" | "SUBMITTED";
  feedbackTiming: "IMMEDIATE" | "ON_SUBMIT" | "AFTER_DUE";
  startedAt: Date;
  submittedAt: Date | null;
  late: boolean;
  /** The assignment's due date (null in practice). */
  dueAt: Date | null;
}

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

// Read through the assignment: its current feedback timing counts, and once an AFTER_DUE due date
// has passed an open attempt reads as submitted at the due date (server time decides), even
// before the sweep (closeOverdueAttempts) writes it down.
const OVERDUE = `COALESCE(a.status = 'IN_PROGRESS' AND g.feedback_timing = 'AFTER_DUE' AND g.due_at <= now(), false)`;
const ATTEMPT_COLUMNS = `a.id::text AS "id", a.student_id::text AS "studentId", a.lesson_id::text AS "lessonId",
  a.assignment_id::text AS "assignmentId", CASE WHEN ${OVERDUE} THEN 'SUBMITTED' ELSE a.status END AS "status",
  COALESCE(g.feedback_timing, a.feedback_timing) AS "feedbackTiming", a.started_at AS "startedAt",
  CASE WHEN ${OVERDUE} THEN g.due_at ELSE a.submitted_at END AS "submittedAt", a.late AS "late", g.due_at AS "dueAt"`;
const ATTEMPTS = `attempts a LEFT JOIN assignments g ON g.id = a.assignment_id`;

const RESPONSE_COLUMNS = `r.id::text AS "id", r.attempt_id::text AS "attemptId", r.item_id::text AS "itemId",
  (SELECT i.kind FROM items i WHERE i.id = r.item_id) AS "itemKind", r.answer AS "answer",
  r.revision AS "revision", r.saved_at AS "savedAt", r.auto_score AS "autoScore", r.max_score AS "maxScore",
  r.correct AS "correct", r.needs_review AS "needsReview", r.message AS "message", r.expected AS "expected",
  r.evidence_score AS "evidenceScore", r.rubric_scores AS "rubricScores", r.teacher_score AS "teacherScore",
  r.teacher_comment AS "teacherComment"`;

/** Opens a practice attempt unless the student has one open for the lesson; returns the open one. */
export async function openPracticeAttempt(db: Queryable, studentId: string, lessonId: string): Promise<AttemptRow> {
  await db.query(
    `INSERT INTO attempts (student_id, lesson_id, feedback_timing) VALUES ($1, $2, 'IMMEDIATE')
     ON CONFLICT (student_id, lesson_id) WHERE assignment_id IS NULL AND status = 'IN_PROGRESS' DO NOTHING`,
    [studentId, lessonId],
  );
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS}
      WHERE a.student_id = $1 AND a.lesson_id = $2 AND a.assignment_id IS NULL AND a.status = 'IN_PROGRESS'`,
    [studentId, lessonId],
  );
  return rows[0]!;
}

/** The student's attempt for an assignment, made if there is none (one per student and assignment). */
export async function openAssignmentAttempt(
  db: Queryable,
  studentId: string,
  assignment: { id: string; lessonId: string; feedbackTiming: string },
): Promise<AttemptRow> {
  await db.query(
    `INSERT INTO attempts (student_id, lesson_id, assignment_id, feedback_timing) VALUES ($1, $2, $3, $4)
     ON CONFLICT (student_id, assignment_id) WHERE assignment_id IS NOT NULL DO NOTHING`,
    [studentId, assignment.lessonId, assignment.id, assignment.feedbackTiming],
  );
  const { rows } = await db.query<AttemptRow>(`SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.student_id = $1 AND a.assignment_id = $2`, [
    studentId,
    assignment.id,
  ]);
  return rows[0]!;
}

/** Attempts by id. */
export async function selectAttemptsByIds(db: Queryable, ids: readonly string[]): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(`SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.id = ANY($1::bigint[])`, [ids]);
  return rows;
}

/** The attempts of several assignments, oldest first. */
export async function selectAttemptsByAssignmentIds(db: Queryable, assignmentIds: readonly string[]): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.assignment_id = ANY($1::bigint[]) ORDER BY a.assignment_id, a.started_at, a.id`,
    [assignmentIds],
  );
  return rows;
}

/** An attempt, locked until the transaction ends (saves and the submit take turns). */
export async function selectAttemptForUpdate(db: Queryable, id: string): Promise<AttemptRow | undefined> {
  const { rows } = await db.query<AttemptRow>(`SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
  return rows[0];
}

/** Writes down the submission of open attempts whose AFTER_DUE due date has passed; returns how many. */
export async function closeOverdueAttempts(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE attempts a SET status = 'SUBMITTED', submitted_at = g.due_at
       FROM assignments g
      WHERE g.id = a.assignment_id AND a.status = 'IN_PROGRESS' AND g.feedback_timing = 'AFTER_DUE' AND g.due_at <= now()`,
  );
  return rowCount ?? 0;
}

/** A student's attempts, newest first. */
export async function selectAttemptsByStudent(db: Queryable, studentId: string): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.student_id = $1 ORDER BY a.started_at DESC, a.id DESC`,
    [studentId],
  );
  return rows;
}

/** Marks an open attempt submitted (late if its assignment's due date has passed); returns it. */
export async function markSubmitted(db: Queryable, id: string): Promise<AttemptRow> {
  await db.query(
    `UPDATE attempts a SET status = 'SUBMITTED', submitted_at = now(),
            late = COALESCE((SELECT g.due_at < now() FROM assignments g WHERE g.id = a.assignment_id), false)
      WHERE a.id = $1 AND a.status = 'IN_PROGRESS'`,
    [id],
  );
  const { rows } = await db.query<AttemptRow>(`SELECT ${ATTEMPT_COLUMNS} FROM ${ATTEMPTS} WHERE a.id = $1`, [id]);
  return rows[0]!;
}

export interface ResponseWrite {
  attemptId: string;
  itemId: string;
  answer: AnswerData;
  revision: number;
  autoScore: number | null;
  maxScore: number;
  correct: boolean | null;
  needsReview: boolean;
  message: string;
  expected: AnswerData | null;
  evidenceScore: number | null;
}

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
       SELECT a.id FROM attempts a LEFT JOIN assignments g ON g.id = a.assignment_id
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
      write.attemptId, write.itemId, JSON.stringify(write.answer), write.revision, write.autoScore, write.maxScore,
      write.correct, write.needsReview, write.message, write.expected === null ? null : JSON.stringify(write.expected),
      guard.studentId, guard.lessonIds, write.evidenceScore,
    ],
  });
  if (saved.rows[0]) return { kind: "saved", response: saved.rows[0] };
  const { rows } = await db.query<ResponseRow & { studentId: string; lessonId: string; status: string }>(
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
  if (!response.id) throw new Error(`response to item ${write.itemId} of attempt ${write.attemptId} was neither stored nor found`);
  return { kind: "stale", response: response as ResponseRow };
}

/** A response by id, with its attempt (for a teacher's scoring). */
export async function selectResponseById(db: Queryable, id: string): Promise<ResponseRow | undefined> {
  const { rows } = await db.query<ResponseRow>(`SELECT ${RESPONSE_COLUMNS} FROM responses r WHERE r.id = $1`, [id]);
  return rows[0];
}

/** Records a teacher's judgement of a response; the response no longer needs review. */
export async function updateTeacherScore(
  db: Queryable,
  id: string,
  score: { teacherScore: number; rubricScores: Array<{ criterionId: string; score: number }> | null; comment: string | null; teacherId: string },
): Promise<ResponseRow> {
  const { rows } = await db.query<ResponseRow>(
    `UPDATE responses r SET teacher_score = $2, rubric_scores = $3::jsonb, teacher_comment = $4, scored_by = $5, scored_at = now(),
            needs_review = false
      WHERE r.id = $1 RETURNING ${RESPONSE_COLUMNS}`,
    [id, score.teacherScore, score.rubricScores === null ? null : JSON.stringify(score.rubricScores), score.comment, score.teacherId],
  );
  return rows[0]!;
}

/** The responses of several attempts, in the order they were first saved. */
export async function selectResponsesByAttemptIds(db: Queryable, attemptIds: readonly string[]): Promise<ResponseRow[]> {
  const { rows } = await db.query<ResponseRow>(
    `SELECT ${RESPONSE_COLUMNS} FROM responses r WHERE r.attempt_id = ANY($1::bigint[]) ORDER BY r.attempt_id, r.id`,
    [attemptIds],
  );
  return rows;
}

export interface LessonItemRow {
  lessonId: string;
  itemId: string;
  kind: string;
  points: number;
  documentId: string;
}

/** The lessons (published or not) whose steps hold an item. */
export async function selectLessonIdsOfItem(db: Queryable, itemId: string): Promise<string[]> {
  const { rows } = await db.query<{ lessonId: string }>(
    `SELECT DISTINCT s.lesson_id::text AS "lessonId" FROM lesson_steps s
       JOIN items i ON i.id = $1 AND (i.question_set_id = s.question_set_id OR i.id = s.exercise_item_id)
      WHERE s.position IS NOT NULL`,
    [itemId],
  );
  return rows.map((row) => row.lessonId);
}

/** The items (questions and exercises) of several lessons, in the order the lesson presents them. */
export async function selectLessonItems(db: Queryable, lessonIds: readonly string[]): Promise<LessonItemRow[]> {
  const { rows } = await db.query<LessonItemRow>(
    `SELECT s.lesson_id::text AS "lessonId", i.id::text AS "itemId", i.kind AS "kind", i.points AS "points",
            i.document_id::text AS "documentId"
       FROM lesson_steps s
       JOIN items i ON (i.question_set_id = s.question_set_id AND NOT i.retired) OR i.id = s.exercise_item_id
      WHERE s.lesson_id = ANY($1::bigint[]) AND s.position IS NOT NULL
      ORDER BY s.lesson_id, s.position, i.position NULLS FIRST`,
    [lessonIds],
  );
  return rows;
}
