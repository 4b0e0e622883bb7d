import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import type { ItemKey } from "../../grading/index.js";
import * as sql from "./attempts.sql.js";
import { selectItemKeys } from "./item-keys.sql.js";
import * as responsesSql from "./responses.sql.js";

export type { AttemptRow } from "./attempts.sql.js";
export type { ResponseRow } from "./responses.sql.js";
export type AttemptLoaders = ReturnType<typeof createAttemptLoaders>;

/** Per-request loaders for attempts, their responses, and the answer keys they are graded against. */
export function createAttemptLoaders(db: Queryable) {
  return {
    attemptById: new DataLoader<string, sql.AttemptRow | null>(async (ids) =>
      indexBy(ids, await sql.selectAttemptsByIds(db, ids), (row) => row.id),
    ),
    attemptsByAssignment: new DataLoader<string, sql.AttemptRow[]>(async (ids) =>
      groupBy(ids, await sql.selectAttemptsByAssignmentIds(db, ids), (row) => row.assignmentId!),
    ),
    responsesByAttempt: new DataLoader<string, responsesSql.ResponseRow[]>(async (ids) =>
      groupBy(ids, await responsesSql.selectResponsesByAttemptIds(db, ids), (row) => row.attemptId),
    ),
    itemKeyById: new DataLoader<string, ItemKey | null>(async (ids) => {
      const keys = await selectItemKeys(db, ids);
      return ids.map((id) => keys.get(id) ?? null);
    }),
  };
}
