import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import { type MisconceptionRow, selectMisconceptions } from "./misconceptions.sql.js";
import * as sql from "./questions.sql.js";

export type { ItemRow, OptionRow, SourceRow } from "./questions.sql.js";
export type { MisconceptionRow } from "./misconceptions.sql.js";

/** The one key of the catalogue loader: the whole catalogue is one read. */
export const CATALOGUE = "catalogue";
export type QuestionLoaders = ReturnType<typeof createQuestionLoaders>;

/** Per-request loaders for items (questions and exercises alike) and their options. */
export function createQuestionLoaders(db: Queryable) {
  return {
    questionsBySet: new DataLoader<string, sql.ItemRow[]>(async (ids) =>
      groupBy(ids, await sql.selectQuestionsBySetIds(db, ids), (row) => row.questionSetId!),
    ),
    itemById: new DataLoader<string, sql.ItemRow | null>(async (ids) =>
      indexBy(ids, await sql.selectItemsByIds(db, ids), (row) => row.id),
    ),
    /** The misconception catalogue, read once per request: `load(CATALOGUE)`. */
    misconceptions: new DataLoader<typeof CATALOGUE, MisconceptionRow[]>(async (keys) => {
      const rows = await selectMisconceptions(db);
      return keys.map(() => rows);
    }),
    /** The other documents each item offers evidence from (empty for most items). */
    sourcesByItem: new DataLoader<string, sql.SourceRow[]>(async (ids) =>
      groupBy(ids, await sql.selectSourcesByItemIds(db, ids), (row) => row.itemId),
    ),
    optionsByItem: new DataLoader<string, sql.OptionRow[]>(async (ids) =>
      groupBy(ids, await sql.selectOptionsByItemIds(db, ids), (row) => row.itemId),
    ),
  };
}
