// Who may see or do what about a class, from how the viewer stands to it. Pure: no I/O.
import type { Viewer } from "../users/viewer.js";

/** How the viewer stands to a class (or to something of the class): its teacher, one of its students, or neither. */
export type Relation = "teacher" | "student" | null;

/**
 * The viewer's relation to a class: a teacher's is in the class row (null: no such class), a
 * student's in the ids of the class's students.
 */
export function relationToClass(
  viewer: Viewer | null,
  row: { teacherId: string } | null,
  studentIds: readonly string[],
): Relation {
  if (!viewer) return null;
  if (viewer.role === "TEACHER") return row?.teacherId === viewer.id ? "teacher" : null;
  return studentIds.includes(viewer.id) ? "student" : null;
}

/**
 * The viewer's relation to one student's work in a class (an attempt): the student who did it,
 * or the class's teacher; nobody else, fellow students included.
 */
export function relationToStudentWork(
  viewer: Viewer | null,
  work: { studentId: string },
  classRelation: Relation,
): Relation {
  if (!viewer) return null;
  if (viewer.id === work.studentId) return "student";
  return classRelation === "teacher" ? "teacher" : null;
}

/** Query.classroom, Query.myClasses: the class's teacher and its students see it. */
export const canSeeClass = (relation: Relation): boolean => relation !== null;

/** Classroom.joinCode: only the class's teacher. */
export const canSeeJoinCode = (relation: Relation): boolean => relation === "teacher";

/** Classroom.students: the teacher sees every student; a student sees only themself. */
export function canSeeStudent(
  viewer: Viewer | null,
  relation: Relation,
  student: { id: string },
): boolean {
  return relation === "teacher" || (relation === "student" && viewer?.id === student.id);
}

/**
 * Query.classByJoinCode: anyone who has a class's join code may learn its name and its teacher's
 * name (never its id, roster or anything else), so a student knows what they are joining.
 */
export const anyoneWithTheCode = (classWithThatCode: { joinCode: string } | undefined): boolean =>
  classWithThatCode !== undefined;

/** Mutations on a class (new join code, a student's new sign-in code, assigning): only its teacher. */
export const canManageClass = (relation: Relation): boolean => relation === "teacher";
