import { forbidden, notFound, unauthenticated } from "../../core/errors.js";
import { mayUseLesson } from "../lessons/lessons.policy.js";
import { withTransaction } from "../../core/database.js";
import type { AttemptsDeps } from "./attempts.service.js";
import { canStartScratchAttempt } from "./attempts.policy.js";
import type { AttemptRow } from "./attempts.sql.js";
import * as sql from "./scratch.sql.js";

/**
 * A teacher's scratch attempt at a lesson ("Try as a student"): the latest one, or with `fresh`
 * (or when there is none) a new one in place of the earlier ones. The same player, saving,
 * grading and feedback as practice, but it belongs to no assignment and only its teacher sees it.
 */
export async function startScratchAttempt(
  deps: AttemptsDeps,
  lessonSlug: string,
  fresh: boolean,
): Promise<AttemptRow> {
  if (!deps.viewer) throw unauthenticated("Log in as a teacher to try a lesson as a student.");
  if (!canStartScratchAttempt(deps.viewer))
    throw forbidden("Only teachers start scratch attempts; students start the lesson itself.");
  const teacherId = deps.viewer.id;
  const lesson = await deps.loaders.lessons.lessonBySlug.load(lessonSlug);
  if (!lesson || !mayUseLesson(teacherId, lesson))
    throw notFound(`There is no lesson "${lessonSlug}".`);
  if (!fresh) {
    const latest = await sql.selectScratchAttempt(deps.db, teacherId, lesson.id);
    if (latest) return latest;
  }
  return withTransaction(deps.db, (client) =>
    sql.openFreshScratchAttempt(client, teacherId, lesson.id),
  );
}
