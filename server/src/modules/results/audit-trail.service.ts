import { canSeeAuditTrail } from "../audit/audit.policy.js";
import { type AuditRow, auditTrailPage } from "../audit/audit.service.js";
import { AuditEntry, toAuditEntry } from "../audit/audit.types.js";
import type { AssignmentsDeps } from "../assignments/assignments.service.js";
import { labelledName } from "../classes/classes.service.js";
import type { Subject } from "../classes/relations.js";

/**
 * A class's or an assignment's trail as its teacher reads it (audit.canSeeAuditTrail), with each
 * student by the teacher's label; anyone else gets an empty list.
 */
export async function auditTrailOf(
  { db, loaders }: Pick<AssignmentsDeps, "db" | "loaders">,
  subject: Subject,
  classId: string,
  page: { first: number; before: string | null | undefined },
): Promise<AuditEntry[]> {
  if (!canSeeAuditTrail(await loaders.relations.load(subject))) return [];
  const scope = subject.kind === "class" ? { classId } : { assignmentId: subject.id };
  const rows: AuditRow[] = await auditTrailPage(db, scope, page);
  const students = new Map(
    (await loaders.classes.studentsByClass.load(classId)).map((s) => [s.id, s]),
  );
  return rows.map((row) => {
    const student = row.studentId ? students.get(row.studentId) : undefined;
    return toAuditEntry(row, student ? labelledName(student) : null);
  });
}
