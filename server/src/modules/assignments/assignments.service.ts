import { type Queryable, withTransaction } from "../../core/database.js";
import { badUserInput, forbidden, notFound } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { auditValue, recordAudit } from "../audit/audit.service.js";
import type { ClassLoaders } from "../classes/classes.loaders.js";
import type { Relation } from "../classes/classes.policy.js";
import { ownClass, refuseArchived } from "../classes/classes.service.js";
import { assignmentSubject, type RelationLoader } from "../classes/relations.js";
import type { LessonLoaders } from "../lessons/lessons.loaders.js";
import { mayAssignLesson } from "../lessons/lessons.policy.js";
import { requireTeacher } from "../users/users.policy.js";
import type { ServiceDeps } from "../users/viewer.js";
import type { AssignmentLoaders } from "./assignments.loaders.js";
import { canChangeAssignment, canSeeAssignment } from "./assignments.policy.js";
import * as sql from "./assignments.sql.js";

export type FeedbackTimingValue = sql.AssignmentRow["feedbackTiming"];

export type AssignmentsDeps = ServiceDeps<{
  assignments: AssignmentLoaders;
  classes: ClassLoaders;
  lessons: LessonLoaders;
  relations: RelationLoader;
}>;

/** The assignment and how the viewer stands to it, if assignments.canSeeAssignment lets them see it. */
export async function visibleAssignment(
  { loaders }: Pick<AssignmentsDeps, "loaders">,
  assignmentId: string,
): Promise<{ assignment: sql.AssignmentRow; relation: Exclude<Relation, null> } | null> {
  const key = decodeId("Assignment", assignmentId);
  const assignment = key ? await loaders.assignments.assignmentById.load(key) : null;
  if (!assignment) return null;
  const relation = await loaders.relations.load(assignmentSubject(assignment));
  return relation && canSeeAssignment(relation) ? { assignment, relation } : null;
}

function checkTiming(dueAt: Date | null, feedback: FeedbackTimingValue): void {
  if (feedback === "AFTER_DUE" && dueAt === null) {
    throw badUserInput("Feedback after the due date needs a due date.", "dueAt");
  }
}

/** A teacher assigns a lesson to their class. */
export async function assignLesson(
  deps: AssignmentsDeps,
  args: {
    classId: string;
    lessonSlug: string;
    dueAt: Date | null;
    feedback: FeedbackTimingValue | null;
  },
): Promise<sql.AssignmentRow> {
  const classRow = await ownClass(deps, args.classId);
  const lesson = await deps.loaders.lessons.lessonBySlug.load(args.lessonSlug);
  if (!lesson || !mayAssignLesson(deps.viewer!.id, lesson))
    throw badUserInput(`There is no lesson "${args.lessonSlug}".`, "lessonSlug");
  const feedback = args.feedback ?? "ON_SUBMIT";
  checkTiming(args.dueAt, feedback);
  return sql.insertAssignment(deps.db, {
    classId: classRow.id,
    lessonId: lesson.id,
    dueAt: args.dueAt,
    feedbackTiming: feedback,
  });
}

/** Changes the due date (null removes it, undefined keeps it) or the feedback timing. */
export async function updateAssignment(
  deps: AssignmentsDeps,
  args: {
    assignmentId: string;
    dueAt: Date | null | undefined;
    feedback: FeedbackTimingValue | null | undefined;
  },
): Promise<sql.AssignmentRow> {
  const assignment = await changeableAssignment(deps, args.assignmentId);
  const dueAt = args.dueAt === undefined ? assignment.dueAt : args.dueAt;
  const feedback = args.feedback ?? assignment.feedbackTiming;
  checkTiming(dueAt, feedback);
  const teacher = deps.viewer!;
  const entry = { actorId: teacher.id, classId: assignment.classId, assignmentId: assignment.id };
  return withTransaction(deps.db, async (tx) => {
    const updated = await sql.updateAssignment(tx, assignment.id, {
      dueAt,
      feedbackTiming: feedback,
    });
    const [before, after] = [auditValue.date(assignment.dueAt), auditValue.date(updated.dueAt)];
    if (before !== after)
      await recordAudit(tx, { ...entry, action: "DUE_DATE", oldValue: before, newValue: after });
    if (assignment.feedbackTiming !== updated.feedbackTiming)
      await recordAudit(tx, {
        ...entry,
        action: "FEEDBACK_TIMING",
        oldValue: assignment.feedbackTiming,
        newValue: updated.feedbackTiming,
      });
    return updated;
  });
}

/** The assignment a teacher may change, or UNAUTHENTICATED / FORBIDDEN (CONFLICT in an archived class unless deleting). */
export async function changeableAssignment(
  deps: AssignmentsDeps,
  assignmentId: string,
  archived: "refuse" | "allow" = "refuse",
): Promise<sql.AssignmentRow> {
  requireTeacher(deps.viewer);
  const found = await visibleAssignment(deps, assignmentId);
  if (!found || !canChangeAssignment(found.relation))
    throw forbidden("You do not teach this class.");
  if (archived === "refuse")
    refuseArchived(await deps.loaders.classes.classById.load(found.assignment.classId));
  return found.assignment;
}

/** A student's own due date for an assignment of the teacher's class (replacing an earlier one). */
export async function extendAssignment(
  deps: AssignmentsDeps,
  args: { assignmentId: string; studentId: string; dueAt: Date },
): Promise<sql.AssignmentRow> {
  const assignment = await changeableAssignment(deps, args.assignmentId);
  const key = decodeId("User", args.studentId);
  const students = await deps.loaders.classes.studentsByClass.load(assignment.classId);
  if (!key || !students.some((student) => student.id === key))
    throw notFound("That student is not in this class.");
  if (Number.isNaN(args.dueAt.getTime())) throw badUserInput("Give a due date.", "dueAt");
  const before = await dueDateFor(deps, assignment, key);
  await withTransaction(deps.db, async (tx) => {
    await sql.upsertExtension(tx, assignment.id, key, args.dueAt);
    await recordAudit(tx, {
      actorId: deps.viewer!.id,
      classId: assignment.classId,
      assignmentId: assignment.id,
      studentId: key,
      action: "STUDENT_DUE_DATE",
      oldValue: auditValue.date(before),
      newValue: auditValue.date(args.dueAt),
    });
  });
  deps.loaders.assignments.extensionsByAssignment.clear(assignment.id);
  return assignment;
}

/** When an assignment is due for one student: their extension, else the assignment's due date. */
export async function dueDateFor(
  { loaders }: { loaders: Pick<AssignmentsDeps["loaders"], "assignments"> },
  assignment: sql.AssignmentRow,
  studentId: string,
): Promise<Date | null> {
  const extensions = await loaders.assignments.extensionsByAssignment.load(assignment.id);
  return extensions.find((x) => x.studentId === studentId)?.dueAt ?? assignment.dueAt;
}

/** Merging a duplicate student: their extensions go to the kept student where that one has none. */
export function moveStudentExtensions(db: Queryable, fromId: string, toId: string): Promise<void> {
  return sql.moveExtensions(db, fromId, toId);
}

/**
 * Assigns a lesson from a platform's resource link or deep link (LTI), inside the caller's
 * transaction: no due date and ON_SUBMIT unless the teacher picked them.
 */
export function assignLinkedLesson(
  db: Queryable,
  classId: string,
  lessonId: string,
  timing: { dueAt: Date | null; feedback: FeedbackTimingValue } = {
    dueAt: null,
    feedback: "ON_SUBMIT",
  },
): Promise<sql.AssignmentRow> {
  checkTiming(timing.dueAt, timing.feedback);
  return sql.insertAssignment(db, {
    classId,
    lessonId,
    dueAt: timing.dueAt,
    feedbackTiming: timing.feedback,
  });
}

/** The assignment with this id, or undefined. */
export async function assignmentById(db: Queryable, id: string) {
  return (await sql.selectAssignmentsByIds(db, [id]))[0];
}

/**
 * Moves open assignments of earlier versions of a set to its new version's lesson (authoring),
 * each move in the class's audit trail. Call inside the publishing transaction.
 */
export async function moveAssignmentsToLesson(
  tx: Queryable,
  actorId: string,
  from: ReadonlyArray<{ lessonId: string; slug: string }>,
  to: { lessonId: string; slug: string },
): Promise<string[]> {
  const moved = await sql.moveAssignmentsToLesson(
    tx,
    from.map((lesson) => lesson.lessonId),
    to.lessonId,
  );
  for (const assignment of moved)
    await recordAudit(tx, {
      actorId,
      classId: assignment.classId,
      assignmentId: assignment.id,
      action: "LESSON_VERSION",
      field: "lesson",
      oldValue: from.find((lesson) => lesson.lessonId === assignment.fromLessonId)?.slug ?? null,
      newValue: to.slug,
    });
  return moved.map((assignment) => assignment.id);
}
