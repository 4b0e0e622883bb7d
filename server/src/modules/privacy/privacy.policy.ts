// Who may delete or export a student's data. Pure: no I/O.
import type { Relation } from "../classes/classes.policy.js";
import type { Viewer } from "../users/viewer.js";

/** deleteMyAccount: anyone signed in, for their own account only (there is no argument to name another). */
export const canDeleteOwnAccount = (viewer: Viewer | null): viewer is Viewer => viewer !== null;

/** GET /api/me/export.json: anyone signed in, about themself only. */
export const canExportOwnData = (viewer: Viewer | null): viewer is Viewer => viewer !== null;

/**
 * Assignment.attemptCount (what deleting it would remove): only the teacher of its class, the one
 * who may delete it.
 */
export const canCountClassWork = (relation: Relation): boolean => relation === "teacher";

/**
 * GET /api/classes/:classId/students/:studentId/export.json: the class's teacher, for a student of
 * that class; the student themself. GET /api/me/export.json: the signed-in student.
 */
export function canExportStudent(
  viewer: Viewer | null,
  classRelation: Relation,
  studentId: string,
  studentInClass: boolean,
): boolean {
  if (!viewer || !studentInClass) return false;
  return classRelation === "teacher" || viewer.id === studentId;
}
