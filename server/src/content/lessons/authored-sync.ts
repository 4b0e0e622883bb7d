// A teacher's published question-set version written as ordinary content rows: a question set
// and its items (through the content sync's own saveQuestion), and a one-step lesson over it,
// all flagged authored. Every key is prefixed with the version's lesson slug, so versions never
// share a row and built-in keys are never touched. Call inside a transaction.
import type { Queryable } from "../../core/database.js";
import { saveExercise, saveQuestion } from "./content-sync.service.js";
import { upsertQuestionSet } from "./content-sync.sql.js";
import type { LoadedExercise, LoadedQuestionSet } from "./content.types.js";
import * as sql from "./authored-sync.sql.js";

export interface AuthoredVersion {
  /** The version's lesson slug (also its question set's slug and its items' key prefix). */
  slug: string;
  /** The teacher whose set it is. */
  ownerId: string;
  documentId: string;
  title: string;
  set: LoadedQuestionSet & { exercises: LoadedExercise[] };
  /** A draft's private preview (its owner's alone; never assigned) rather than a version. */
  preview?: boolean;
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
  const exercises = [];
  for (const exercise of version.set.exercises) {
    const slug = `${version.slug}-${exercise.slug}`;
    exercises.push({
      exercise,
      id: await saveExercise(db, { ...exercise, slug }, version.documentId),
    });
  }
  await sql.markItemsAuthored(
    db,
    questionSetId,
    exercises.map((e) => e.id),
  );
  const questions = version.set.questions;
  const sortedUnion = (lists: number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);
  const lessonId = await sql.insertAuthoredLesson(db, {
    slug: version.slug,
    ownerId: version.ownerId,
    documentId: version.documentId,
    title: version.title,
    preview: version.preview ?? false,
    summary: `${questions.length} question${questions.length === 1 ? "" : "s"}${
      exercises.length
        ? ` and ${exercises.length} exercise${exercises.length === 1 ? "" : "s"}`
        : ""
    } set by a teacher.`,
    estimatedMinutes: Math.min(600, Math.max(5, questions.length * 2 + exercises.length * 15)),
    skills: [
      ...new Set([
        ...questions.flatMap((q) => (q.skill ? [q.skill] : [])),
        ...exercises.map((e) => e.exercise.skill),
      ]),
    ],
    steps: [
      ...(questions.length
        ? [
            {
              key: `${version.slug}-questions`,
              kind: "QUESTION_SET" as const,
              title: version.title,
              paragraphNumbers: sortedUnion(questions.map((q) => q.paragraphNumbers)),
              questionSetId,
              exerciseId: null,
            },
          ]
        : []),
      ...exercises.map((e) => ({
        key: `${version.slug}-${e.exercise.slug}-step`,
        kind: "EXERCISE" as const,
        title: e.exercise.title,
        paragraphNumbers: e.exercise.paragraphNumbers,
        questionSetId: null,
        exerciseId: e.id,
      })),
    ],
  });
  return { lessonId, questionSetId };
}

/** Deletes a draft's preview lesson and all written for it (see deletePreviewLesson). */
export function removeAuthoredPreview(
  db: Queryable,
  preview: { lessonId: string; questionSetId: string },
): Promise<void> {
  return sql.deletePreviewLesson(db, preview);
}
