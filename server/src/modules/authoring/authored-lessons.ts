// A teacher's published sets as lessons, for the places that offer lessons to assign beyond the
// course (the LTI deep-linking picker): only their owner is offered them (lessons.mayUseLesson).
import type { Queryable } from "../../core/database.js";
import * as sql from "./authoring.sql.js";

/** The lesson ids of the latest versions of the teacher's sets (not archived). */
export function authoredLessonIdsOf(db: Queryable, teacherId: string): Promise<string[]> {
  return sql.selectLatestLessonIdsOfOwner(db, teacherId);
}
