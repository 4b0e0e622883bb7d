import type { Queryable } from "../../core/database.js";

export interface AuditRow {
  id: string;
  classId: string;
  assignmentId: string | null;
  studentId: string | null;
  actorId: string | null;
  actorName: string;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  createdAt: Date;
}

const COLUMNS = `a.id::text AS "id", a.class_id::text AS "classId", a.assignment_id::text AS "assignmentId",
  a.student_id::text AS "studentId", a.actor_id::text AS "actorId", a.actor_name AS "actorName",
  a.action AS "action", a.field AS "field", a.old_value AS "oldValue", a.new_value AS "newValue",
  a.created_at AS "createdAt"`;

/** Writes one entry; the actor's name is read from their account as it is now. */
export async function insertAuditEntry(
  db: Queryable,
  entry: {
    actorId: string;
    classId: string;
    assignmentId: string | null;
    studentId: string | null;
    action: string;
    field: string | null;
    oldValue: string | null;
    newValue: string | null;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO audit_entries
       (actor_id, actor_name, class_id, assignment_id, student_id, action, field, old_value, new_value)
     SELECT $1, COALESCE((SELECT u.display_name FROM users u WHERE u.id = $1), ''), $2, $3, $4, $5, $6, $7, $8`,
    [
      entry.actorId,
      entry.classId,
      entry.assignmentId,
      entry.studentId,
      entry.action,
      entry.field,
      entry.oldValue,
      entry.newValue,
    ],
  );
}

/** A page of a class's or an assignment's entries, newest first, older than `before` when given. */
export async function selectAuditEntries(
  db: Queryable,
  scope: { classId: string } | { assignmentId: string },
  page: { before: string | null; limit: number },
): Promise<AuditRow[]> {
  const [column, id] =
    "classId" in scope ? ["class_id", scope.classId] : ["assignment_id", scope.assignmentId];
  const { rows } = await db.query<AuditRow>(
    `SELECT ${COLUMNS} FROM audit_entries a
      WHERE a.${column} = $1 AND ($2::bigint IS NULL OR a.id < $2::bigint)
      ORDER BY a.id DESC LIMIT $3`,
    [id, page.before, page.limit],
  );
  return rows;
}
