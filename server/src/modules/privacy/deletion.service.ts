import { withTransaction } from "../../core/database.js";
import { conflict, forbidden, unauthenticated } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { type AssignmentsDeps, changeableAssignment } from "../assignments/assignments.service.js";
import { recordAudit } from "../audit/audit.service.js";
import { ownClass } from "../classes/classes.service.js";
import * as sql from "./deletion.sql.js";
import { canDeleteOwnAccount } from "./privacy.policy.js";

export type DeletionDeps = AssignmentsDeps;

const workLabel = (counts: sql.DeletionCounts) =>
  `${counts.attempts} ${counts.attempts === 1 ? "attempt" : "attempts"}`;

// Deletion is allowed in an archived class too: archiving keeps data read-only until it is deleted.

/**
 * The teacher takes a student out of their class: the student's attempts at the class's
 * assignments (with their responses) and extensions go with them; the account stays. A student
 * not in the class (again: already removed) is FORBIDDEN, like any id the teacher may not see.
 */
export async function removeStudent(
  deps: DeletionDeps,
  classId: string,
  studentId: string,
): Promise<sql.DeletionCounts> {
  const classRow = await ownClass(deps, classId, "allow");
  const key = decodeId("User", studentId);
  const students = await deps.loaders.classes.studentsByClass.load(classRow.id);
  if (!key || !students.some((student) => student.id === key))
    throw forbidden("That student is not in this class.");
  const counts = await withTransaction(deps.db, async (client) => {
    const removed = await sql.deleteStudentOfClass(client, classRow.id, key);
    await recordAudit(client, {
      actorId: deps.viewer!.id,
      classId: classRow.id,
      studentId: key,
      action: "DELETED",
      field: "a student from the class",
      oldValue: workLabel(removed),
    });
    return removed;
  });
  deps.loaders.classes.studentsByClass.clear(classRow.id);
  return counts;
}

/** The teacher deletes an assignment of their class with every attempt and response at it. */
export async function deleteAssignment(
  deps: DeletionDeps,
  assignmentId: string,
): Promise<sql.DeletionCounts> {
  const assignment = await changeableAssignment(deps, assignmentId, "allow");
  const counts = await withTransaction(deps.db, async (client) => {
    const removed = await sql.deleteAssignment(client, assignment.id);
    // The assignment's own rows are gone; its record stays on the class's trail.
    await recordAudit(client, {
      actorId: deps.viewer!.id,
      classId: assignment.classId,
      action: "DELETED",
      field: "an assignment",
      oldValue: workLabel(removed),
    });
    return removed;
  });
  deps.loaders.assignments.assignmentById.clear(assignment.id);
  deps.loaders.assignments.assignmentsByClass.clear(assignment.classId);
  return counts;
}

/** The teacher deletes their class (archived or not) and everything in it; students' accounts stay. */
export async function deleteClass(
  deps: DeletionDeps,
  classId: string,
): Promise<sql.DeletionCounts> {
  const classRow = await ownClass(deps, classId, "allow");
  const counts = await withTransaction(deps.db, (client) => sql.deleteClass(client, classRow.id));
  deps.loaders.classes.classById.clear(classRow.id);
  return counts;
}

/**
 * The viewer deletes their own account and everything they wrote; their sessions end with it.
 * A teacher deletes their classes first (CONFLICT): those hold their students' work.
 */
export async function deleteMyAccount(
  deps: Pick<DeletionDeps, "db" | "viewer">,
): Promise<sql.DeletionCounts> {
  if (!canDeleteOwnAccount(deps.viewer)) throw unauthenticated("Sign in to delete your account.");
  const viewer = deps.viewer;
  return withTransaction(deps.db, async (client) => {
    if (viewer.role === "TEACHER" && (await sql.countClassesOfTeacher(client, viewer.id)) > 0)
      throw conflict(
        "Delete your classes first: they hold your students' work. Then delete your account.",
      );
    return sql.deleteAccount(client, viewer.id);
  });
}
