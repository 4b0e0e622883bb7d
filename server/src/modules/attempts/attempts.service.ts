import { withTransaction } from "../../core/database.js";
import type { Context } from "../../app/context.js";
import { badUserInput, conflict, forbidden, notFound, unauthenticated } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { scoreAnswer } from "../grading/scoring.js";
import type { ItemKey } from "../grading/scoring.types.js";
import { startAssignmentAttempt } from "../assignments/assignments.service.js";
import type { Viewer } from "../users/sessions.service.js";
import { type AnswerInputData, type ItemShape, parseAnswer } from "./answer-input.js";
import * as sql from "./attempts.sql.js";

const MAX_REVISION = 2 ** 31 - 1;
const SUBMITTED = "This attempt has been submitted; it can no longer change.";

/** The signed-in student, or UNAUTHENTICATED / FORBIDDEN. */
export function requireStudent(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated("Sign in, or start practising as a guest, to answer.");
  if (viewer.role !== "STUDENT") throw forbidden("Only students answer lessons.");
  return viewer;
}

/**
 * The student's attempt: for an assignment, its one attempt (as it stands once submitted); for
 * practice, the open attempt at the lesson or a new one.
 */
export async function startAttempt(context: Context, lessonSlug: string, assignmentId: string | null): Promise<sql.AttemptRow> {
  const student = requireStudent(context.viewer);
  if (assignmentId !== null) return startAssignmentAttempt(context, student, lessonSlug, assignmentId);
  const lesson = await context.loaders.content.lessonBySlug.load(lessonSlug);
  if (!lesson) throw notFound(`There is no lesson "${lessonSlug}".`);
  return sql.openPracticeAttempt(context.db, student.id, lesson.id);
}

/** An attempt the viewer owns and may still change, or the contract's error. */
async function ownAttempt(context: Context, attemptId: string): Promise<sql.AttemptRow> {
  const student = requireStudent(context.viewer);
  const key = decodeId("Attempt", attemptId);
  const attempt = key ? await context.loaders.attempts.attemptById.load(key) : null;
  if (!attempt) throw notFound("There is no such attempt.");
  if (attempt.studentId !== student.id) throw forbidden("This attempt belongs to someone else.");
  return attempt;
}

/**
 * Autosave: validates and scores the answer, then stores it if its revision is the highest
 * yet, in one statement (two round trips with the session lookup). Acknowledged only after
 * the commit; a submitted attempt is read-only.
 */
export async function saveAnswer(
  context: Context,
  args: { attemptId: string; itemId: string; answer: AnswerInputData; revision: number },
): Promise<sql.ResponseRow> {
  const student = requireStudent(context.viewer);
  const attemptKey = decodeId("Attempt", args.attemptId);
  if (!attemptKey) throw notFound("There is no such attempt.");
  if (!Number.isInteger(args.revision) || args.revision < 1 || args.revision > MAX_REVISION) {
    throw badUserInput(`The revision must be a whole number from 1 to ${MAX_REVISION}.`, "revision");
  }
  const itemKey = decodeId("Question", args.itemId) ?? decodeId("Exercise", args.itemId);
  const grading = itemKey ? await gradingData(context, itemKey) : null;
  if (!grading || encodedKindMismatch(args.itemId, grading.shape.kind)) throw notFound("There is no such question or exercise.");

  const answer = parseAnswer(grading.shape, args.answer);
  const result = scoreAnswer(grading.key, answer, grading.paragraphs);
  const outcome = await sql.saveResponse(
    context.db,
    {
      attemptId: attemptKey,
      itemId: grading.itemId,
      answer,
      revision: args.revision,
      autoScore: result.score,
      maxScore: result.maxScore,
      correct: result.correct,
      needsReview: result.needsReview,
      message: result.message,
      expected: result.expected,
      evidenceScore: result.evidenceScore ?? null,
    },
    { studentId: student.id, lessonIds: grading.lessonIds },
  );
  switch (outcome.kind) {
    case "saved":
    case "stale":
      return outcome.response;
    case "no-attempt":
      throw notFound("There is no such attempt.");
    case "not-owner":
      throw forbidden("This attempt belongs to someone else.");
    case "submitted":
      throw conflict(SUBMITTED);
    case "not-in-lesson":
      throw badUserInput("That item is not part of this lesson.", "itemId");
  }
}

interface GradingData {
  itemId: string;
  /** The lessons whose steps hold the item. */
  lessonIds: string[];
  shape: ItemShape;
  key: ItemKey;
  paragraphs: ReadonlyMap<number, string>;
}

/** What checking and scoring an answer to an item needs; public content, cached per content version. */
function gradingData(context: Context, itemId: string): Promise<GradingData | null> {
  return context.contentCache.get(`grading:${itemId}`, async () => {
    const item = await context.loaders.content.itemById.load(itemId);
    if (!item) return null;
    const [options, paragraphs, key, lessonIds] = await Promise.all([
      context.loaders.content.optionsByItem.load(item.id),
      context.loaders.documents.paragraphsByDocument.load(item.documentId),
      context.loaders.attempts.itemKeyById.load(item.id),
      sql.selectLessonIdsOfItem(context.db, item.id),
    ]);
    const shape: ItemShape = {
      kind: item.kind as ItemShape["kind"],
      options: { CHOICE: new Set(), ORDER: new Set(), LEFT: new Set(), RIGHT: new Set(), CLAIM: new Set() },
      maxLength: item.maxLength,
      maxSelections: item.maxSelections,
      paragraphLengths: new Map(paragraphs.map((p) => [p.number, p.text.length])),
    };
    for (const option of options) shape.options[option.role].add(option.id);
    return { itemId: item.id, lessonIds, shape, key: key!, paragraphs: new Map(paragraphs.map((p) => [p.number, p.text])) };
  });
}

/** Submits an attempt; submitting it again returns it unchanged. */
export async function submitAttempt(context: Context, attemptId: string): Promise<sql.AttemptRow> {
  const attempt = await ownAttempt(context, attemptId);
  if (attempt.status === "SUBMITTED") return attempt;
  return withTransaction(context.db, async (client) => {
    const locked = (await sql.selectAttemptForUpdate(client, attempt.id))!;
    if (locked.status === "SUBMITTED") return locked;
    return sql.markSubmitted(client, attempt.id);
  });
}

/** How the viewer stands to an attempt: its student, the teacher of its assignment's class, or neither. */
export async function relationToAttempt(context: Context, attempt: sql.AttemptRow): Promise<"student" | "teacher" | null> {
  const viewer = context.viewer;
  if (!viewer) return null;
  if (viewer.id === attempt.studentId) return "student";
  if (viewer.role !== "TEACHER" || !attempt.assignmentId) return null;
  const assignment = await context.loaders.classes.assignmentById.load(attempt.assignmentId);
  const classRow = assignment ? await context.loaders.classes.classById.load(assignment.classId) : null;
  return classRow?.teacherId === viewer.id ? "teacher" : null;
}

function encodedKindMismatch(id: string, kind: string): boolean {
  return (kind === "EXERCISE") !== (decodeId("Exercise", id) !== null);
}
