import {
  badUserInput,
  classArchived,
  classPaused,
  conflict,
  forbidden,
  notFound,
} from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { type AnswerData, maxTriesFor, parseAnswer, scoreAnswer } from "../../grading/index.js";
import { requireAnswerer } from "./attempts.policy.js";
import { type AttemptsDeps, ownAttempt } from "./attempts.service.js";
import { gradingInputFor } from "./grading-input.js";
import * as sql from "./responses.sql.js";

const MAX_REVISION = 2 ** 31 - 1;
export const SUBMITTED = "This attempt has been submitted; it can no longer change.";
export const LOCKED =
  "This item is locked: its tries are used up, it was answered right, or its answer was shown. It can no longer change.";

/**
 * Autosave: validates and scores the answer, then stores it if its revision is the highest
 * yet, in one statement (two round trips with the session lookup). Acknowledged only after
 * the commit; a submitted attempt is read-only. The statement itself checks that the attempt
 * is the student's own and open (attempts.canChangeAttempt); a teacher's save is checked first.
 */
export async function saveAnswer(
  deps: AttemptsDeps,
  args: { attemptId: string; itemId: string; answer: AnswerData; revision: number },
): Promise<sql.ResponseRow> {
  const viewer = requireAnswerer(deps.viewer);
  const attemptKey = decodeId("Attempt", args.attemptId);
  if (!attemptKey) throw notFound("There is no such attempt.");
  // A teacher answers only into their own scratch attempt (attempts.canChangeAttempt); a
  // student's ownership is checked by the save statement itself.
  if (viewer.role !== "STUDENT") await ownAttempt(deps, args.attemptId);
  if (!Number.isInteger(args.revision) || args.revision < 1 || args.revision > MAX_REVISION) {
    throw badUserInput(
      `The revision must be a whole number from 1 to ${MAX_REVISION}.`,
      "revision",
    );
  }
  const grading = await gradingInputFor(deps, args.itemId);
  if (!grading) throw notFound("There is no such question or exercise.");

  const answer = parseAnswer(grading.shape, args.answer);
  const result = scoreAnswer(grading.key, answer, grading.paragraphs);
  const outcome = await sql.saveResponse(
    deps.db,
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
      maxTries: maxTriesFor(grading.key, grading.tries),
    },
    { studentId: viewer.id, lessonIds: grading.lessonIds },
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
    case "locked":
      throw conflict(LOCKED);
    case "archived":
      throw classArchived();
    case "paused":
      throw classPaused();
  }
}
