import type { Context } from "../../app/context.js";
import { badUserInput, forbidden, notFound } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import * as attemptsSql from "../attempts/attempts.sql.js";
import { ownClass, requireTeacher } from "../classes/classes.service.js";
import type { ClassRow } from "../classes/classes.sql.js";
import { selectMemberships } from "../classes/classes.sql.js";
import type { Viewer } from "../users/sessions.service.js";
import * as sql from "./assignments.sql.js";

export type FeedbackTimingValue = sql.AssignmentRow["feedbackTiming"];

/** How the viewer stands to a class: its teacher, one of its students, or neither. */
export async function relationToClass(context: Context, row: ClassRow): Promise<"teacher" | "student" | null> {
  const viewer = context.viewer;
  if (!viewer) return null;
  if (viewer.role === "TEACHER") return row.teacherId === viewer.id ? "teacher" : null;
  const students = await context.loaders.classes.studentsByClass.load(row.id);
  return students.some((student) => student.id === viewer.id) ? "student" : null;
}

/** The assignment and its class, if the viewer may see them. */
export async function visibleAssignment(
  context: Context,
  assignmentId: string,
): Promise<{ assignment: sql.AssignmentRow; classRow: ClassRow; relation: "teacher" | "student" } | null> {
  const key = decodeId("Assignment", assignmentId);
  const assignment = key ? await context.loaders.classes.assignmentById.load(key) : null;
  if (!assignment) return null;
  const classRow = (await context.loaders.classes.classById.load(assignment.classId))!;
  const relation = await relationToClass(context, classRow);
  return relation ? { assignment, classRow, relation } : null;
}

function checkTiming(dueAt: Date | null, feedback: FeedbackTimingValue): void {
  if (feedback === "AFTER_DUE" && dueAt === null) {
    throw badUserInput("Feedback after the due date needs a due date.", "dueAt");
  }
}

export async function assignLesson(
  context: Context,
  args: { classId: string; lessonSlug: string; dueAt: Date | null; feedback: FeedbackTimingValue | null },
): Promise<sql.AssignmentRow> {
  const classRow = await ownClass(context, args.classId);
  const lesson = await context.loaders.content.lessonBySlug.load(args.lessonSlug);
  if (!lesson) throw badUserInput(`There is no lesson "${args.lessonSlug}".`, "lessonSlug");
  const feedback = args.feedback ?? "ON_SUBMIT";
  checkTiming(args.dueAt, feedback);
  return sql.insertAssignment(context.db, { classId: classRow.id, lessonId: lesson.id, dueAt: args.dueAt, feedbackTiming: feedback });
}

/** Changes the due date (null removes it, undefined keeps it) or the feedback timing. */
export async function updateAssignment(
  context: Context,
  args: { assignmentId: string; dueAt: Date | null | undefined; feedback: FeedbackTimingValue | null | undefined },
): Promise<sql.AssignmentRow> {
  const teacher = requireTeacher(context.viewer);
  const found = await visibleAssignment(context, args.assignmentId);
  if (!found || found.classRow.teacherId !== teacher.id) throw forbidden("You do not teach this class.");
  const dueAt = args.dueAt === undefined ? found.assignment.dueAt : args.dueAt;
  const feedback = args.feedback ?? found.assignment.feedbackTiming;
  checkTiming(dueAt, feedback);
  return sql.updateAssignment(context.db, found.assignment.id, { dueAt, feedbackTiming: feedback });
}

/** The student's one attempt at an assignment of a class they are in. */
export async function startAssignmentAttempt(context: Context, student: Viewer, lessonSlug: string, assignmentId: string): Promise<attemptsSql.AttemptRow> {
  const key = decodeId("Assignment", assignmentId);
  const assignment = key ? await context.loaders.classes.assignmentById.load(key) : null;
  const member = assignment ? (await selectMemberships(context.db, student.id, [assignment.classId])).length > 0 : false;
  if (!assignment || !member) throw notFound("There is no such assignment in your classes.");
  const lesson = await context.loaders.content.lessonById.load(assignment.lessonId);
  if (lesson?.slug !== lessonSlug) throw badUserInput(`This assignment is the lesson "${lesson?.slug}".`, "lessonSlug");
  await attemptsSql.closeOverdueAttempts(context.db);
  return attemptsSql.openAssignmentAttempt(context.db, student.id, assignment);
}
