import { withTransaction } from "../../core/database.js";
import { badUserInput, conflict } from "../../core/errors.js";
import { moveStudentExtensions } from "../assignments/assignments.service.js";
import type { StudentRow } from "../classes/classes.loaders.js";
import {
  classIdsOfStudent,
  removeFromClass,
  studentOfOwnClass,
} from "../classes/classes.service.js";
import { endSessionsOf } from "../users/sessions.service.js";
import * as sql from "./attempts.sql.js";
import type { UndoDeps } from "./teacher-undo.service.js";

/** What merging does to the attempts, or the assignments where both students have work. */
export interface MergePlan {
  deleteIds: string[];
  moveIds: string[];
  submitIds: string[];
  conflicts: string[];
}

/**
 * Pure: no I/O. Plans a merge so that nothing saved is lost: the duplicate's attempts move to
 * the kept student, except where both have an attempt at one assignment (the empty one goes;
 * if both hold responses, that assignment is a conflict) or both have an open practice attempt
 * at one lesson (the empty one goes, else the duplicate's is submitted before it moves).
 */
export function planMerge(
  attempts: readonly sql.OwnedAttempt[],
  keptId: string,
  duplicateId: string,
): MergePlan {
  const kept = attempts.filter((a) => a.studentId === keptId);
  const plan: MergePlan = { deleteIds: [], moveIds: [], submitIds: [], conflicts: [] };
  for (const dup of attempts.filter((a) => a.studentId === duplicateId)) {
    const twin = kept.find((k) =>
      dup.assignmentId !== null
        ? k.assignmentId === dup.assignmentId
        : k.assignmentId === null &&
          k.lessonId === dup.lessonId &&
          k.status === "IN_PROGRESS" &&
          dup.status === "IN_PROGRESS",
    );
    if (twin && dup.responses === 0) {
      plan.deleteIds.push(dup.id);
      continue;
    }
    if (twin && twin.responses > 0 && dup.assignmentId !== null) {
      plan.conflicts.push(dup.assignmentId);
      continue;
    }
    if (twin && twin.responses === 0) plan.deleteIds.push(twin.id);
    else if (twin) plan.submitIds.push(dup.id);
    plan.moveIds.push(dup.id);
  }
  return plan;
}

/**
 * The teacher merges a duplicate join into the student kept, in one transaction: the duplicate's
 * work moves over (planMerge), their extensions too where the kept student has none, they leave
 * the class and their sessions end. Refused (CONFLICT) when both have saved work on one
 * assignment, or when the duplicate is in another class too; nothing changes then.
 */
export async function mergeStudents(
  deps: UndoDeps,
  args: { classId: string; studentId: string; duplicateId: string },
): Promise<StudentRow> {
  const { classRow, student } = await studentOfOwnClass(deps, args.classId, args.studentId);
  const { student: duplicate } = await studentOfOwnClass(
    deps,
    args.classId,
    args.duplicateId,
    "duplicateId",
  );
  if (duplicate.id === student.id)
    throw badUserInput("Choose two different students to merge.", "duplicateId");
  const merged = await withTransaction(deps.db, async (client) => {
    const classes = await classIdsOfStudent(client, duplicate.id);
    if (classes.some((id) => id !== classRow.id))
      throw conflict(
        `${duplicate.displayName} is also in another class, so this account cannot be merged away.`,
      );
    const plan = planMerge(
      await sql.selectAttemptsOfStudentsForUpdate(client, [student.id, duplicate.id]),
      student.id,
      duplicate.id,
    );
    // Refused with nothing written; the message is built after the transaction, whose client is the only one to use meanwhile.
    if (plan.conflicts.length > 0) return plan;
    await sql.deleteEmptyAttempts(client, plan.deleteIds);
    await sql.submitPracticeAttempts(client, plan.submitIds);
    await sql.moveAttempts(client, plan.moveIds, student.id);
    await moveStudentExtensions(client, duplicate.id, student.id);
    await removeFromClass(client, classRow.id, duplicate.id);
    await endSessionsOf(client, duplicate.id);
    return plan;
  });
  if (merged.conflicts.length > 0) throw conflict(await conflictMessage(deps, merged.conflicts));
  deps.loaders.classes.studentsByClass.clear(classRow.id);
  for (const id of [...merged.moveIds, ...merged.deleteIds])
    deps.loaders.attempts.attemptById.clear(id);
  return student;
}

async function conflictMessage(deps: UndoDeps, assignmentIds: string[]): Promise<string> {
  const titles = await Promise.all(
    assignmentIds.map(async (id) => {
      const assignment = await deps.loaders.assignments.assignmentById.load(id);
      const lesson =
        assignment && (await deps.loaders.lessons.lessonById.load(assignment.lessonId));
      return `"${lesson?.title ?? "an assignment"}"`;
    }),
  );
  return `Both students have saved work on ${titles.join(", ")}; merging would lose one of them, so nothing was merged.`;
}
