import type { Queryable } from "../../core/database.js";

export interface ProfileRow {
  id: string;
  role: string;
  displayName: string;
  signInCode: string | null;
  guest: boolean;
  createdAt: Date;
}

export interface MembershipRow {
  classId: string;
  className: string;
  teacherName: string;
  joinedAt: Date;
  label: string | null;
  inactiveAt: Date | null;
  archivedAt: Date | null;
}

export interface ExportAttemptRow {
  id: string;
  classId: string | null;
  assignmentId: string | null;
  lessonSlug: string;
  lessonTitle: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  feedbackTiming: "IMMEDIATE" | "PRACTICE" | "ON_SUBMIT" | "AFTER_DUE";
  dueAt: Date | null;
  startedAt: Date;
  submittedAt: Date | null;
  late: boolean;
  closedByDue: boolean;
  returnedAt: Date | null;
  returnComment: string | null;
  scratch: boolean;
}

export interface ExportResponseRow {
  attemptId: string;
  itemId: string;
  itemKind: string;
  itemDocumentSlug: string;
  answer: unknown;
  revision: number;
  savedAt: Date;
  autoScore: number | null;
  maxScore: number;
  correct: boolean | null;
  needsReview: boolean;
  message: string;
  expected: unknown;
  evidenceScore: number | null;
  rubricScores: unknown;
  teacherScore: number | null;
  teacherComment: string | null;
  scoredAt: Date | null;
  triesUsed: number;
  maxTries: number | null;
  locked: boolean;
}

/** A user's own account row (no password hash: that is no record of theirs to read). */
export async function selectProfile(
  db: Queryable,
  userId: string,
): Promise<ProfileRow | undefined> {
  const { rows } = await db.query<ProfileRow>(
    `SELECT id::text AS "id", role AS "role", display_name AS "displayName", sign_in_code AS "signInCode",
            guest AS "guest", created_at AS "createdAt" FROM users WHERE id = $1`,
    [userId],
  );
  return rows[0];
}

/** A student's class memberships (all, or one class's). */
export async function selectMemberships(
  db: Queryable,
  studentId: string,
  classId: string | null,
): Promise<MembershipRow[]> {
  const { rows } = await db.query<MembershipRow>(
    `SELECT c.id::text AS "classId", c.name AS "className", t.display_name AS "teacherName",
            m.joined_at AS "joinedAt", m.label AS "label", m.inactive_at AS "inactiveAt", c.archived_at AS "archivedAt"
       FROM class_students m JOIN classes c ON c.id = m.class_id JOIN users t ON t.id = c.teacher_id
      WHERE m.student_id = $1 AND ($2::bigint IS NULL OR c.id = $2) ORDER BY m.joined_at, c.id`,
    [studentId, classId],
  );
  return rows;
}

/** A student's attempts (all, practice included; or only those at one class's assignments). */
export async function selectAttempts(
  db: Queryable,
  studentId: string,
  classId: string | null,
): Promise<ExportAttemptRow[]> {
  const { rows } = await db.query<ExportAttemptRow>(
    `SELECT a.id::text AS "id", g.class_id::text AS "classId", a.assignment_id::text AS "assignmentId",
            l.slug AS "lessonSlug", l.title AS "lessonTitle", a.status AS "status",
            COALESCE(g.feedback_timing, a.feedback_timing) AS "feedbackTiming",
            COALESCE(x.due_at, g.due_at) AS "dueAt", a.started_at AS "startedAt", a.submitted_at AS "submittedAt",
            a.late AS "late", a.closed_by_due AS "closedByDue", a.returned_at AS "returnedAt",
            a.return_comment AS "returnComment", a.scratch AS "scratch"
       FROM attempts a JOIN lessons l ON l.id = a.lesson_id LEFT JOIN assignments g ON g.id = a.assignment_id
       LEFT JOIN assignment_extensions x ON x.assignment_id = a.assignment_id AND x.student_id = a.student_id
      WHERE a.student_id = $1 AND ($2::bigint IS NULL OR g.class_id = $2) ORDER BY a.started_at, a.id`,
    [studentId, classId],
  );
  return rows;
}

/** The responses of some attempts, with every score and comment. */
export async function selectResponses(
  db: Queryable,
  attemptIds: readonly string[],
): Promise<ExportResponseRow[]> {
  const { rows } = await db.query<ExportResponseRow>(
    `SELECT r.attempt_id::text AS "attemptId", r.item_id::text AS "itemId", i.kind AS "itemKind",
            (SELECT d.slug FROM documents d WHERE d.id = i.document_id) AS "itemDocumentSlug",
            r.answer AS "answer", r.revision AS "revision", r.saved_at AS "savedAt", r.auto_score AS "autoScore",
            r.max_score AS "maxScore", r.correct AS "correct", r.needs_review AS "needsReview", r.message AS "message",
            r.expected AS "expected", r.evidence_score AS "evidenceScore", r.rubric_scores AS "rubricScores",
            r.teacher_score AS "teacherScore", r.teacher_comment AS "teacherComment", r.scored_at AS "scoredAt",
            r.tries_used AS "triesUsed", r.max_tries AS "maxTries", r.locked AS "locked"
       FROM responses r JOIN items i ON i.id = r.item_id
      WHERE r.attempt_id = ANY($1::bigint[]) ORDER BY r.attempt_id, r.id`,
    [attemptIds],
  );
  return rows;
}
