import DataLoader from "dataloader";
import type { Queryable } from "../../core/database.js";
import { groupBy, indexBy } from "../../core/group.js";
import * as assignmentsSql from "../assignments/assignments.sql.js";
import * as attemptsSql from "../attempts/attempts.sql.js";
import type { UserRow } from "../users/users.sql.js";
import * as sql from "./classes.sql.js";

export type ClassLoaders = ReturnType<typeof createClassLoaders>;

/** Per-request loaders for classes, their students and assignments, and assignments' attempts. */
export function createClassLoaders(db: Queryable) {
  return {
    classById: new DataLoader<string, sql.ClassRow | null>(async (ids) =>
      indexBy(ids, await sql.selectClassesByIds(db, ids), (row) => row.id),
    ),
    studentsByClass: new DataLoader<string, Array<UserRow & { classId: string }>>(async (ids) =>
      groupBy(ids, await sql.selectStudentsByClassIds(db, ids), (row) => row.classId),
    ),
    assignmentById: new DataLoader<string, assignmentsSql.AssignmentRow | null>(async (ids) =>
      indexBy(ids, await assignmentsSql.selectAssignmentsByIds(db, ids), (row) => row.id),
    ),
    assignmentsByClass: new DataLoader<string, assignmentsSql.AssignmentRow[]>(async (ids) =>
      groupBy(ids, await assignmentsSql.selectAssignmentsByClassIds(db, ids), (row) => row.classId),
    ),
    attemptsByAssignment: new DataLoader<string, attemptsSql.AttemptRow[]>(async (ids) =>
      groupBy(ids, await attemptsSql.selectAttemptsByAssignmentIds(db, ids), (row) => row.assignmentId!),
    ),
  };
}
