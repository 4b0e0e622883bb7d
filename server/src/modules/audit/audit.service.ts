import type { Queryable } from "../../core/database.js";
import { badUserInput } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import * as sql from "./audit.sql.js";

export type { AuditRow } from "./audit.sql.js";

/** What a teacher changed; the migration's check lists the same. */
export type AuditAction =
  | "SCORE"
  | "RUBRIC_MARK"
  | "DUE_DATE"
  | "STUDENT_DUE_DATE"
  | "FEEDBACK_TIMING"
  | "JOIN_CODE_RESET"
  | "SIGN_IN_CODE_RESET"
  | "DELETED"
  | "LESSON_VERSION";

/**
 * One change by a teacher. Values are short labels a caller builds with `auditValue` (a
 * number, a date, a timing, an item's id): never a student's answer text, a code or a token.
 */
export interface AuditRecord {
  actorId: string;
  classId: string;
  assignmentId?: string | null;
  studentId?: string | null;
  action: AuditAction;
  /** What changed within the subject: an item's id, a rubric criterion, "assignment"… */
  field?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
}

const MAX_LABEL = 200;
const label = (value: string | null | undefined): string | null =>
  value == null ? null : [...value].slice(0, MAX_LABEL).join("");

/** The labels the trail stores for each kind of value. */
export const auditValue = {
  date: (date: Date | null | undefined): string | null => (date ? date.toISOString() : null),
  number: (n: number | null | undefined): string | null =>
    n == null ? null : String(Math.round(n * 100) / 100),
};

/**
 * Records a change inside the transaction that makes it (pass the transaction's client), so the
 * change and its record commit or roll back together.
 */
export function recordAudit(tx: Queryable, entry: AuditRecord): Promise<void> {
  return sql.insertAuditEntry(tx, {
    actorId: entry.actorId,
    classId: entry.classId,
    assignmentId: entry.assignmentId ?? null,
    studentId: entry.studentId ?? null,
    action: entry.action,
    field: label(entry.field),
    oldValue: label(entry.oldValue),
    newValue: label(entry.newValue),
  });
}

export const AUDIT_PAGE = { default: 50, max: 200 };

/** A page of a class's or an assignment's trail, newest first. The caller has asked the policy. */
export function auditTrailPage(
  db: Queryable,
  scope: { classId: string } | { assignmentId: string },
  args: { first: number; before: string | null | undefined },
): Promise<sql.AuditRow[]> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > AUDIT_PAGE.max)
    throw badUserInput(`Ask for 1 to ${AUDIT_PAGE.max} entries.`, "first");
  const before = args.before ? decodeId("AuditEntry", args.before) : null;
  if (args.before && !before) throw badUserInput("That is not an audit entry's id.", "before");
  return sql.selectAuditEntries(db, scope, { before, limit: args.first });
}
