import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { indexBy } from "../../core/group.js";
import * as sql from "./users.sql.js";

export type { UserRow } from "./users.sql.js";
export type UserLoaders = ReturnType<typeof createUserLoaders>;

/** Per-request loaders for users. */
export function createUserLoaders(db: Queryable) {
  return {
    userById: new DataLoader<string, sql.UserRow | null>(async (ids) =>
      indexBy(ids, await sql.selectUsersByIds(db, ids), (row) => row.id),
    ),
  };
}
