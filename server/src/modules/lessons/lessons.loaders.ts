import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import * as sql from "./lessons.sql.js";
import { type CitationSourceRow, selectCitationSources } from "./citations.sql.js";

export type { LessonItemRow, LessonRow } from "./lessons.sql.js";
export type LessonLoaders = ReturnType<typeof createLessonLoaders>;

/** Per-request loaders for lessons, their steps, question sets and the items a lesson holds. */
export function createLessonLoaders(db: Queryable) {
  return {
    lessonBySlug: new DataLoader<string, sql.LessonRow | null>(async (slugs) =>
      indexBy(slugs, await sql.selectLessonsBySlugs(db, slugs), (row) => row.slug),
    ),
    lessonById: new DataLoader<string, sql.LessonRow | null>(async (ids) =>
      indexBy(ids, await sql.selectLessonsByIds(db, ids), (row) => row.id),
    ),
    lessonsByDocument: new DataLoader<string, sql.LessonRow[]>(async (ids) =>
      groupBy(ids, await sql.selectLessonsByDocumentIds(db, ids), (row) => row.documentId),
    ),
    stepsByLesson: new DataLoader<string, sql.StepRow[]>(async (ids) =>
      groupBy(ids, await sql.selectStepsByLessonIds(db, ids), (row) => row.lessonId),
    ),
    questionSetById: new DataLoader<string, sql.QuestionSetRow | null>(async (ids) =>
      indexBy(ids, await sql.selectQuestionSetsByIds(db, ids), (row) => row.id),
    ),
    questionSetBySlug: new DataLoader<string, sql.QuestionSetRow | null>(async (slugs) =>
      indexBy(slugs, await sql.selectQuestionSetsBySlugs(db, slugs), (row) => row.slug),
    ),
    itemsByLesson: new DataLoader<string, sql.LessonItemRow[]>(async (ids) =>
      groupBy(ids, await sql.selectLessonItems(db, ids), (row) => row.lessonId),
    ),
    /** The published lessons in course order; one key, "all". */
    publishedLessons: new DataLoader<"all", sql.LessonRow[]>(async (keys) => {
      const rows = await sql.selectLessons(db);
      return keys.map(() => rows);
    }),
    /** Every place in the published lessons that may cite a document; one key, "all". */
    citationSources: new DataLoader<"all", CitationSourceRow[]>(async (keys) => {
      const rows = await selectCitationSources(db);
      return keys.map(() => rows);
    }),
    lessonIdsByItem: new DataLoader<string, string[]>(async (ids) =>
      groupBy(ids, await sql.selectLessonIdsOfItems(db, ids), (row) => row.itemId).map((rows) =>
        rows.map((row) => row.lessonId),
      ),
    ),
  };
}
