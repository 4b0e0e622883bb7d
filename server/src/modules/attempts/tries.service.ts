// Tries mode (IMMEDIATE feedback): checking a saved answer spends one of the item's tries; the
// student may give up and see the answer; submitting checks the unchecked drafts and locks every
// item. Each step runs in one transaction with the attempt row locked, so saves, checks and the
// submit take turns and two checks cannot both spend the last try.
import { withTransaction, type PoolClient } from "../../core/database.js";
import { badUserInput, conflict, forbidden, notFound } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { checkTry, lockTry } from "../../grading/index.js";
import { canChangeAttempt, requireAnswerer, usesTries } from "./attempts.policy.js";
import { classById, refuseArchived, refusePaused } from "../classes/classes.service.js";
import type { AttemptsDeps } from "./attempts.service.js";
import * as attemptsSql from "./attempts.sql.js";
import { gradingInput, gradingInputFor, type GradingInput } from "./grading-input.js";
import type { ResponseRow } from "./responses.sql.js";
import { LOCKED, SUBMITTED } from "./responses.service.js";
import * as sql from "./tries.sql.js";

const NOT_TRIES =
  "Answers here are not checked one by one: feedback follows the assignment's timing.";

/** The student's open attempt in tries mode and their response to the item, both locked; or the contract's error. */
async function lockedResponse(
  deps: AttemptsDeps,
  client: PoolClient,
  attemptId: string,
  grading: GradingInput,
): Promise<ResponseRow> {
  const viewer = requireAnswerer(deps.viewer);
  const key = decodeId("Attempt", attemptId);
  const attempt = key ? await attemptsSql.selectAttemptForUpdate(client, key) : undefined;
  if (!attempt) throw notFound("There is no such attempt.");
  // The student's own attempt; a teacher's only when it is their scratch attempt.
  if (!canChangeAttempt(viewer, attempt)) throw forbidden("This attempt belongs to someone else.");
  // Inside the transaction: its client, never the pool (loaders).
  if (attempt.classId !== null) {
    const row = await classById(client, attempt.classId);
    refuseArchived(row);
    refusePaused(row);
  }
  if (attempt.status !== "IN_PROGRESS") throw conflict(SUBMITTED);
  if (!grading.lessonIds.includes(attempt.lessonId))
    throw badUserInput("That item is not part of this lesson.", "itemId");
  if (!usesTries(attempt)) throw conflict(NOT_TRIES);
  const row = await sql.selectResponseForUpdate(client, attempt.id, grading.itemId);
  if (!row) throw conflict("Save an answer to this item before checking it.");
  if (row.maxTries === null)
    throw conflict("This item is not checked: it is judged once you submit.");
  return row;
}

async function gradingOf(deps: AttemptsDeps, itemId: string): Promise<GradingInput> {
  requireAnswerer(deps.viewer);
  const grading = await gradingInputFor(deps, itemId);
  if (!grading) throw notFound("There is no such question or exercise.");
  return grading;
}

/**
 * Checks the saved answer at `revision`, spending a try. Repeating a check of the revision last
 * checked spends nothing and returns the response as it stands.
 */
export async function checkAnswer(
  deps: AttemptsDeps,
  args: { attemptId: string; itemId: string; revision: number },
): Promise<ResponseRow> {
  const grading = await gradingOf(deps, args.itemId);
  return withTransaction(deps.db, async (client) => {
    const row = await lockedResponse(deps, client, args.attemptId, grading);
    if (row.checkedRevision === args.revision) return row;
    if (row.locked) throw conflict(LOCKED);
    if (row.revision !== args.revision)
      throw conflict(
        `Revision ${args.revision} is not the saved answer (the saved one is revision ${row.revision}): save the answer, then check that revision. No try was spent.`,
      );
    const n = row.triesUsed + 1;
    if (n > row.maxTries!) throw conflict("No tries are left for this item.");
    const scoring = checkTry(grading.key, row.answer, grading.paragraphs, n, row.maxTries!);
    return sql.writeTry(client, row.id, {
      ...scoring,
      triesUsed: n,
      checkedRevision: row.revision,
    });
  });
}

/** Gives up on an item: it locks, shows the key, and keeps the last check's score (none: 0). Idempotent. */
export async function revealAnswer(
  deps: AttemptsDeps,
  args: { attemptId: string; itemId: string },
): Promise<ResponseRow> {
  const grading = await gradingOf(deps, args.itemId);
  return withTransaction(deps.db, async (client) => {
    const row = await lockedResponse(deps, client, args.attemptId, grading);
    if (row.locked) return row;
    const scoring = lockTry(
      grading.key,
      row.answer,
      grading.paragraphs,
      { ...row, maxTries: row.maxTries! },
      "reveal",
    );
    return sql.writeTry(client, row.id, {
      ...scoring,
      triesUsed: row.triesUsed,
      checkedRevision: row.checkedRevision,
    });
  });
}

/**
 * The submit's tries-mode step, with the grading input of every item of the attempt's lesson
 * loaded beforehand: inside the submit's transaction nothing may wait for another connection (the
 * embedded database has only one). Null when the attempt is not in tries mode.
 */
export async function triesLockForSubmit(
  deps: AttemptsDeps,
  attemptId: string,
): Promise<((client: PoolClient, attempt: attemptsSql.AttemptRow) => Promise<void>) | null> {
  const key = decodeId("Attempt", attemptId);
  const attempt = key ? await deps.loaders.attempts.attemptById.load(key) : null;
  if (!attempt || !usesTries(attempt)) return null;
  const items = await deps.loaders.lessons.itemsByLesson.load(attempt.lessonId);
  const inputs = await Promise.all(items.map((item) => gradingInput(deps, item.itemId)));
  const grading = new Map(inputs.flatMap((input) => (input ? [[input.itemId, input]] : [])));
  return (client, locked) => lockTriesOnSubmit(grading, client, locked);
}

/**
 * Inside the submit's transaction (the attempt locked): an unchecked draft counts as one more
 * try, an answer already checked keeps its score, and every checked item locks with its key.
 */
async function lockTriesOnSubmit(
  gradingByItem: ReadonlyMap<string, GradingInput>,
  client: PoolClient,
  attempt: attemptsSql.AttemptRow,
): Promise<void> {
  if (!usesTries(attempt)) return;
  for (const row of await sql.selectUnlockedTriesForUpdate(client, attempt.id)) {
    const grading = gradingByItem.get(row.itemId);
    if (!grading) continue;
    const max = row.maxTries!;
    const draft = row.revision !== row.checkedRevision && row.triesUsed < max;
    const scoring = draft
      ? checkTry(grading.key, row.answer, grading.paragraphs, row.triesUsed + 1, max, true)
      : lockTry(grading.key, row.answer, grading.paragraphs, { ...row, maxTries: max }, "submit");
    await sql.writeTry(client, row.id, {
      ...scoring,
      triesUsed: draft ? row.triesUsed + 1 : row.triesUsed,
      checkedRevision: draft ? row.revision : row.checkedRevision,
    });
  }
}
