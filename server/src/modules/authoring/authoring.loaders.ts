import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import * as sql from "./authoring.sql.js";

export type { AuthoredSetRow, VersionRow } from "./authoring.sql.js";
export type AuthoringLoaders = ReturnType<typeof createAuthoringLoaders>;

/** Per-request loaders of teachers' sets and their versions. */
export function createAuthoringLoaders(db: Queryable) {
  return {
    setById: new DataLoader<string, sql.AuthoredSetRow | null>(async (ids) =>
      indexBy(ids, await sql.selectSetsByIds(db, ids), (row) => row.id),
    ),
    versionsBySet: new DataLoader<string, sql.VersionRow[]>(async (ids) =>
      groupBy(ids, await sql.selectVersionsBySetIds(db, ids), (row) => row.setId),
    ),
  };
}
