// Who may see or change an assignment: the class's relation decides. Pure: no I/O.
import type { Relation } from "../classes/classes.policy.js";

/** Query.assignment, Classroom.assignments: the class's teacher and its students. */
export const canSeeAssignment = (relation: Relation): boolean => relation !== null;

/** updateAssignment, extendAssignment: only the class's teacher. */
export const canChangeAssignment = (relation: Relation): boolean => relation === "teacher";

/** Assignment.extensions (every student's own due date): only the class's teacher. */
export const canSeeExtensions = (relation: Relation): boolean => relation === "teacher";
