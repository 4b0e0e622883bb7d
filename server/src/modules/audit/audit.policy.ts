// Who may read a class's audit trail. Pure: no I/O.

/** Classroom.auditTrail, Assignment.auditTrail: only the class's teacher; students never. */
export const canSeeAuditTrail = (relation: "teacher" | "student" | null): boolean =>
  relation === "teacher";
