import type { Queryable } from "../../core/database.js";
import { classById, openLinkedClass } from "../classes/classes.service.js";
import * as links from "./links.sql.js";
import { badLaunch, LtiPageError } from "./lti.errors.js";

/**
 * The class of a course for its launching teacher: the class the course is linked to
 * (`classId`), or a new one linked now. Another teacher's class is refused with `askOther`
 * saying what to do instead.
 */
export async function teachersCourseClass(
  db: Queryable,
  place: links.LaunchPlace,
  context: { id: string; title: string | null },
  classId: string | undefined,
  teacherId: string,
  askOther: string,
) {
  const classRow = classId
    ? await classById(db, classId)
    : await openLinkedClass(db, teacherId, context.title ?? "Course");
  if (!classRow) throw badLaunch("This course's class no longer exists here.");
  if (classRow.teacherId !== teacherId)
    throw new LtiPageError(
      200,
      "Another teacher's class",
      `This course was opened here by another teacher, whose class it is. ${askOther}`,
    );
  if (!classId) await links.insertLinkedClass(db, place, context, classRow.id);
  return classRow;
}
