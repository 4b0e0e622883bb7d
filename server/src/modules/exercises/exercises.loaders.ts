import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import * as sql from "./exercises.sql.js";

export type { CriterionRow, ExerciseRow } from "./exercises.sql.js";
export type ExerciseLoaders = ReturnType<typeof createExerciseLoaders>;

/** Per-request loaders for exercises and their rubrics. */
export function createExerciseLoaders(db: Queryable) {
  return {
    exerciseBySlug: new DataLoader<string, sql.ExerciseRow | null>(async (slugs) =>
      indexBy(slugs, await sql.selectExercisesBySlugs(db, slugs), (row) => row.slug),
    ),
    exerciseById: new DataLoader<string, sql.ExerciseRow | null>(async (ids) =>
      indexBy(ids, await sql.selectExercisesByIds(db, ids), (row) => row.id),
    ),
    criteriaByItem: new DataLoader<string, sql.CriterionRow[]>(async (ids) =>
      groupBy(ids, await sql.selectCriteriaByItemIds(db, ids), (row) => row.itemId),
    ),
  };
}
