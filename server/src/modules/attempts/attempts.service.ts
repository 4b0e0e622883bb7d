import type { ContentCache } from "../../content/content-cache.js";
import { type PoolClient, withTransaction } from "../../core/database.js";
import { badUserInput, forbidden, notFound } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import type { AssignmentLoaders } from "../assignments/assignments.loaders.js";
import { dueDateFor } from "../assignments/assignments.service.js";
import type { ClassLoaders } from "../classes/classes.loaders.js";
import { refuseArchived } from "../classes/classes.service.js";
import { assignmentSubject, type RelationLoader } from "../classes/relations.js";
import type { DocumentLoaders } from "../documents/documents.loaders.js";
import type { ExerciseLoaders } from "../exercises/exercises.loaders.js";
import type { LessonLoaders } from "../lessons/lessons.loaders.js";
import { mayUseLesson } from "../lessons/lessons.policy.js";
import type { QuestionLoaders } from "../questions/questions.loaders.js";
import type { ServiceDeps, Viewer } from "../users/viewer.js";
import type { AttemptLoaders } from "./attempts.loaders.js";
import {
  canChangeAttempt,
  canStartAssignment,
  requireAnswerer,
  requireStudent,
} from "./attempts.policy.js";
import * as sql from "./attempts.sql.js";

export type AttemptsDeps = ServiceDeps<{
  attempts: AttemptLoaders;
  assignments: AssignmentLoaders;
  lessons: LessonLoaders;
  questions: QuestionLoaders;
  exercises: ExerciseLoaders;
  documents: DocumentLoaders;
  relations: RelationLoader;
  classes: Pick<ClassLoaders, "classById">;
}> & {
  /** Grading input is public content, cached per content version. */
  contentCache: ContentCache;
};

/**
 * The student's attempt: for an assignment, its one attempt (as it stands once submitted); for
 * practice, the open attempt at the lesson or a new one.
 */
export async function startAttempt(
  deps: AttemptsDeps,
  lessonSlug: string,
  assignmentId: string | null,
): Promise<sql.AttemptRow> {
  const student = requireStudent(deps.viewer);
  if (assignmentId !== null) return startAssignmentAttempt(deps, student, lessonSlug, assignmentId);
  const lesson = await deps.loaders.lessons.lessonBySlug.load(lessonSlug);
  if (!lesson || !mayUseLesson(student.id, lesson))
    throw notFound(`There is no lesson "${lessonSlug}".`);
  return sql.openPracticeAttempt(deps.db, student.id, lesson.id);
}

const DUE_DATE_FORMAT = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "full",
  timeStyle: "short",
  timeZone: "UTC",
});

/** "Friday 4 December 2026 at 15:00 UTC": a due date in a message. */
export const formatDueDate = (date: Date): string => `${DUE_DATE_FORMAT.format(date)} UTC`;

/**
 * The student's one attempt at an assignment of a class they are in. AFTER_DUE work that closed
 * (for them: an extension counts) before they started is refused rather than submitted empty.
 */
async function startAssignmentAttempt(
  deps: AttemptsDeps,
  student: Viewer,
  lessonSlug: string,
  assignmentId: string,
): Promise<sql.AttemptRow> {
  const key = decodeId("Assignment", assignmentId);
  const assignment = key ? await deps.loaders.assignments.assignmentById.load(key) : null;
  const allowed = assignment
    ? canStartAssignment(await deps.loaders.relations.load(assignmentSubject(assignment)))
    : false;
  if (!assignment || !allowed) throw notFound("There is no such assignment in your classes.");
  refuseArchived(await deps.loaders.classes.classById.load(assignment.classId));
  const lesson = await deps.loaders.lessons.lessonById.load(assignment.lessonId);
  if (lesson?.slug !== lessonSlug)
    throw badUserInput(`This assignment is the lesson "${lesson?.slug}".`, "lessonSlug");
  await sql.closeOverdueAttempts(deps.db);
  const existing = await sql.selectAssignmentAttempt(deps.db, student.id, assignment.id);
  if (existing) return existing;
  if (assignment.feedbackTiming === "AFTER_DUE") {
    const due = await dueDateFor(deps, assignment, student.id);
    if (due && due.getTime() <= Date.now())
      throw forbidden(`This assignment closed on ${formatDueDate(due)}.`);
  }
  return sql.openAssignmentAttempt(deps.db, student.id, assignment);
}

/** The viewer's own attempts, newest first (none for a teacher or an anonymous caller). */
export async function attemptsOfViewer(
  { db, viewer, loaders }: Pick<AttemptsDeps, "db" | "viewer" | "loaders">,
  only: { lessonSlug?: string | null; status?: string | null } = {},
): Promise<sql.AttemptRow[]> {
  if (viewer?.role !== "STUDENT") return [];
  const rows = (await sql.selectAttemptsByStudent(db, viewer.id)).filter(
    (row) => !only.status || row.status === only.status,
  );
  if (!only.lessonSlug) return rows;
  const lessons = await loaders.lessons.lessonById.loadMany(rows.map((row) => row.lessonId));
  return rows.filter((_row, i) => {
    const lesson = lessons[i];
    return lesson && !(lesson instanceof Error) && lesson.slug === only.lessonSlug;
  });
}

/**
 * An attempt the viewer may change (a student's own; a teacher's own scratch attempt), or the
 * contract's error.
 */
export async function ownAttempt(deps: AttemptsDeps, attemptId: string): Promise<sql.AttemptRow> {
  const viewer = requireAnswerer(deps.viewer);
  const key = decodeId("Attempt", attemptId);
  const attempt = key ? await deps.loaders.attempts.attemptById.load(key) : null;
  if (!attempt) throw notFound("There is no such attempt.");
  if (!canChangeAttempt(viewer, attempt))
    throw forbidden(
      viewer.role === "STUDENT"
        ? "This attempt belongs to someone else."
        : "Teachers answer only their own scratch attempts (Try as a student).",
    );
  await refuseArchivedWork(deps, attempt);
  return attempt;
}

/** Work in an archived class is read-only: CONFLICT (CLASS_ARCHIVED); practice has no class. */
export async function refuseArchivedWork(
  deps: Pick<AttemptsDeps, "loaders">,
  attempt: Pick<sql.AttemptRow, "classId">,
): Promise<void> {
  if (attempt.classId !== null)
    refuseArchived(await deps.loaders.classes.classById.load(attempt.classId));
}

/**
 * Submits an attempt; submitting it again returns it unchanged. `beforeSubmit` runs in the
 * submit's transaction with the open attempt locked (tries mode scores and locks its items).
 */
export async function submitAttempt(
  deps: AttemptsDeps,
  attemptId: string,
  beforeSubmit?: (client: PoolClient, attempt: sql.AttemptRow) => Promise<void>,
): Promise<sql.AttemptRow> {
  const attempt = await ownAttempt(deps, attemptId);
  if (attempt.status === "SUBMITTED") return attempt;
  return withTransaction(deps.db, async (client) => {
    const locked = (await sql.selectAttemptForUpdate(client, attempt.id))!;
    if (locked.status === "SUBMITTED") return locked;
    await beforeSubmit?.(client, locked);
    return sql.markSubmitted(client, attempt.id);
  });
}
