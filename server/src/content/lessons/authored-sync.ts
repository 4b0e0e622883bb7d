// A teacher's published question-set version written as ordinary content rows: a question set
// and its items (through the content sync's own saveQuestion), and a one-step lesson over it,
// all flagged authored. Every key is prefixed with the version's lesson slug, so versions never
// share a row and built-in keys are never touched. Call inside a transaction.
import type { Queryable } from "../../core/database.js";
import { saveQuestion } from "./content-sync.service.js";
import { upsertQuestionSet } from "./content-sync.sql.js";
import type { LoadedQuestionSet } from "./content.types.js";
import * as sql from "./authored-sync.sql.js";

export interface AuthoredVersion {
  /** The version's lesson slug (also its question set's slug and its items' key prefix). */
  slug: string;
  /** The teacher whose set it is. */
  ownerId: string;
  documentId: string;
  title: string;
  set: LoadedQuestionSet;
}

/** Writes one published version; returns its lesson's and question set's ids. */
export async function materialiseAuthoredVersion(
  db: Queryable,
  version: AuthoredVersion,
): Promise<{ lessonId: string; questionSetId: string }> {
  const misconceptionIds = await sql.selectMisconceptionIds(db);
  const questionSetId = await upsertQuestionSet(db, {
    slug: version.slug,
    documentId: version.documentId,
    title: version.title,
    authored: true,
  });
  for (const question of version.set.questions)
    await saveQuestion(
      db,
      { ...question, id: `${version.slug}-${question.id}` },
      version.documentId,
      questionSetId,
      misconceptionIds,
    );
  await sql.markItemsAuthored(db, questionSetId);
  const questions = version.set.questions;
  const lessonId = await sql.insertAuthoredLesson(db, {
    slug: version.slug,
    ownerId: version.ownerId,
    documentId: version.documentId,
    title: version.title,
    summary: `${questions.length} question${questions.length === 1 ? "" : "s"} set by a teacher.`,
    estimatedMinutes: Math.min(600, Math.max(5, questions.length * 2)),
    skills: [...new Set(questions.flatMap((q) => (q.skill ? [q.skill] : [])))],
    paragraphNumbers: [...new Set(questions.flatMap((q) => q.paragraphNumbers))].sort(
      (a, b) => a - b,
    ),
    questionSetId,
  });
  return { lessonId, questionSetId };
}
