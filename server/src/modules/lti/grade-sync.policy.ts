// Who may see and retry an assignment's grades sent back to its platforms. Pure: no I/O.
import type { Relation } from "../classes/classes.policy.js";

/** Assignment.gradeSync and retryGradeSync: only the class's teacher. */
export const canSeeGradeSync = (relation: Relation): boolean => relation === "teacher";
