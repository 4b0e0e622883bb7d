import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import * as exercisesSql from "../exercises/exercises.sql.js";
import * as questionsSql from "../questions/questions.sql.js";
import * as sql from "./lessons.sql.js";

export type ContentLoaders = ReturnType<typeof createContentLoaders>;

/** Per-request loaders for lessons, steps, question sets, items, options and rubrics. */
export function createContentLoaders(db: Queryable) {
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
    questionsBySet: new DataLoader<string, questionsSql.ItemRow[]>(async (ids) =>
      groupBy(ids, await questionsSql.selectQuestionsBySetIds(db, ids), (row) => row.questionSetId!),
    ),
    itemById: new DataLoader<string, questionsSql.ItemRow | null>(async (ids) =>
      indexBy(ids, await questionsSql.selectItemsByIds(db, ids), (row) => row.id),
    ),
    exerciseBySlug: new DataLoader<string, questionsSql.ItemRow | null>(async (slugs) =>
      indexBy(slugs, await questionsSql.selectExercisesBySlugs(db, slugs), (row) => row.slug!),
    ),
    optionsByItem: new DataLoader<string, questionsSql.OptionRow[]>(async (ids) =>
      groupBy(ids, await questionsSql.selectOptionsByItemIds(db, ids), (row) => row.itemId),
    ),
    criteriaByItem: new DataLoader<string, exercisesSql.CriterionRow[]>(async (ids) =>
      groupBy(ids, await exercisesSql.selectCriteriaByItemIds(db, ids), (row) => row.itemId),
    ),
  };
}
