import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import * as sql from "./assignments.sql.js";

export type { AssignmentRow, ExtensionRow } from "./assignments.sql.js";
export type AssignmentLoaders = ReturnType<typeof createAssignmentLoaders>;

/** Per-request loaders for assignments. */
export function createAssignmentLoaders(db: Queryable) {
  return {
    assignmentById: new DataLoader<string, sql.AssignmentRow | null>(async (ids) =>
      indexBy(ids, await sql.selectAssignmentsByIds(db, ids), (row) => row.id),
    ),
    extensionsByAssignment: new DataLoader<string, sql.ExtensionRow[]>(async (ids) =>
      groupBy(ids, await sql.selectExtensionsByAssignmentIds(db, ids), (row) => row.assignmentId),
    ),
    assignmentsByClass: new DataLoader<string, sql.AssignmentRow[]>(async (ids) =>
      groupBy(ids, await sql.selectAssignmentsByClassIds(db, ids), (row) => row.classId),
    ),
  };
}
