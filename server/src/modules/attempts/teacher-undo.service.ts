import { withTransaction } from "../../core/database.js";
import { badUserInput, conflict, forbidden, notFound } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { changeableAssignment } from "../assignments/assignments.service.js";
import type { ClassLoaders } from "../classes/classes.loaders.js";
import { attemptSubject } from "../classes/relations.js";
import { requireTeacher } from "../users/users.policy.js";
import { canManageAttempt } from "./attempts.policy.js";
import { type AttemptsDeps, formatDueDate, refuseArchivedWork } from "./attempts.service.js";
import * as sql from "./attempts.sql.js";

/** The teacher's undo needs the class's roster besides what attempts need. */
export type UndoDeps = AttemptsDeps & {
  loaders: AttemptsDeps["loaders"] & { classes: ClassLoaders };
};

const MAX_COMMENT = 5_000;

/** An attempt at an assignment of the viewer's class, or the contract's error. */
async function teachersAttempt(deps: UndoDeps, attemptId: string): Promise<sql.AttemptRow> {
  requireTeacher(deps.viewer);
  const key = decodeId("Attempt", attemptId);
  const attempt = key ? await deps.loaders.attempts.attemptById.load(key) : null;
  if (!attempt) throw notFound("There is no such attempt.");
  if (!canManageAttempt(await deps.loaders.relations.load(attemptSubject(attempt))))
    throw forbidden("You can change only the work of your own classes.");
  await refuseArchivedWork(deps, attempt);
  return attempt;
}

/** The attempt as stored now (the request's loader may hold it from before a change). */
async function reload(deps: UndoDeps, id: string): Promise<sql.AttemptRow> {
  return (await deps.loaders.attempts.attemptById.clear(id).load(id))!;
}

/**
 * The teacher reopens a submitted attempt: it is in progress again, its responses and scores as
 * they were; `late` is worked out again when it is next submitted. Reopening an open attempt
 * returns it unchanged. AFTER_DUE work past the student's due date would close again at once:
 * CONFLICT, saying to extend the due date first.
 */
export async function reopenAttempt(deps: UndoDeps, attemptId: string): Promise<sql.AttemptRow> {
  const attempt = await teachersAttempt(deps, attemptId);
  if (attempt.status === "IN_PROGRESS") return attempt;
  if (
    attempt.feedbackTiming === "AFTER_DUE" &&
    attempt.dueAt &&
    attempt.dueAt.getTime() <= Date.now()
  ) {
    throw conflict(
      `This assignment closed for this student on ${formatDueDate(attempt.dueAt)}; extend their due date first, then reopen it.`,
    );
  }
  await sql.reopenAttempts(deps.db, { attemptIds: [attempt.id] });
  return reload(deps, attempt.id);
}

/**
 * Reopens every submitted attempt of the teacher's assignment (or only those its AFTER_DUE due
 * date submitted), except AFTER_DUE work past a student's due date, which would close again at
 * once. Returns the attempts reopened.
 */
export async function reopenAttempts(
  deps: UndoDeps,
  assignmentId: string,
  closedByDueOnly: boolean,
): Promise<sql.AttemptRow[]> {
  const assignment = await changeableAssignment(deps, assignmentId);
  const ids = await sql.reopenAttempts(deps.db, {
    assignmentId: assignment.id,
    closedByDueOnly,
  });
  return Promise.all(ids.map((id) => reload(deps, id)));
}

/**
 * The teacher returns submitted work with an overall comment (null: none) for the student to
 * read. Returning does not reopen it (reopenAttempt does); returning again replaces the comment.
 */
export async function returnAttempt(
  deps: UndoDeps,
  attemptId: string,
  rawComment: string | null,
): Promise<sql.AttemptRow> {
  const attempt = await teachersAttempt(deps, attemptId);
  const comment = rawComment?.normalize("NFC").trim() || null;
  if (comment && [...comment].length > MAX_COMMENT)
    throw badUserInput(`A comment can be at most ${MAX_COMMENT} characters.`, "comment");
  return withTransaction(deps.db, async (client) => {
    const locked = (await sql.selectAttemptForUpdate(client, attempt.id))!;
    if (locked.status !== "SUBMITTED")
      throw conflict("This work is still in progress; it can be returned once it is submitted.");
    await sql.markReturned(client, attempt.id, comment);
    const [row] = await sql.selectAttemptsByIds(client, [attempt.id]);
    deps.loaders.attempts.attemptById.clear(attempt.id).prime(attempt.id, row!);
    return row!;
  });
}
