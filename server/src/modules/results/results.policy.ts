// Who may see the results of an assignment. Pure: no I/O.
import type { Relation } from "../classes/classes.policy.js";

/** Assignment.itemStatistics and the results CSV: only the class's teacher. */
export const canSeeClassResults = (relation: Relation): boolean => relation === "teacher";

/** Assignment.review (answer keys, model evidence, exemplars): only the class's teacher. */
export const canSeeAnswerKeys = (relation: Relation): boolean => relation === "teacher";

/** Query.lessonKey: any teacher account may read any lesson's keys (README: "Any teacher account can read the answer keys"). */
export const canReadLessonKeys = (viewer: { role: string } | null): boolean =>
  viewer?.role === "TEACHER";
