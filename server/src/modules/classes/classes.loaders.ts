import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import * as sql from "./classes.sql.js";

export type { ClassRow, StudentRow } from "./classes.sql.js";
export type ClassLoaders = ReturnType<typeof createClassLoaders>;

/** Per-request loaders for classes and their students. */
export function createClassLoaders(db: Queryable) {
  return {
    classById: new DataLoader<string, sql.ClassRow | null>(async (ids) =>
      indexBy(ids, await sql.selectClassesByIds(db, ids), (row) => row.id),
    ),
    studentsByClass: new DataLoader<string, sql.StudentRow[]>(async (ids) =>
      groupBy(ids, await sql.selectStudentsByClassIds(db, ids), (row) => row.classId),
    ),
  };
}
