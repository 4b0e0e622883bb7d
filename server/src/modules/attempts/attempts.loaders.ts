import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import { selectItemKeys } from "../grading/grading.sql.js";
import type { ItemKey } from "../grading/scoring.types.js";
import * as usersSql from "../users/users.sql.js";
import * as sql from "./attempts.sql.js";

export type AttemptLoaders = ReturnType<typeof createAttemptLoaders>;

/** Per-request loaders for attempts, responses, the items of lessons, users and answer keys. */
export function createAttemptLoaders(db: Queryable) {
  return {
    attemptById: new DataLoader<string, sql.AttemptRow | null>(async (ids) =>
      indexBy(ids, await sql.selectAttemptsByIds(db, ids), (row) => row.id),
    ),
    responsesByAttempt: new DataLoader<string, sql.ResponseRow[]>(async (ids) =>
      groupBy(ids, await sql.selectResponsesByAttemptIds(db, ids), (row) => row.attemptId),
    ),
    itemsByLesson: new DataLoader<string, sql.LessonItemRow[]>(async (ids) =>
      groupBy(ids, await sql.selectLessonItems(db, ids), (row) => row.lessonId),
    ),
    userById: new DataLoader<string, usersSql.UserRow | null>(async (ids) =>
      indexBy(ids, await usersSql.selectUsersByIds(db, ids), (row) => row.id),
    ),
    itemKeyById: new DataLoader<string, ItemKey | null>(async (ids) => {
      const keys = await selectItemKeys(db, ids);
      return ids.map((id) => keys.get(id) ?? null);
    }),
  };
}
