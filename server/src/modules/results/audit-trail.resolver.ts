import { Arg, Ctx, Extensions, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { AUDIT_PAGE } from "../audit/audit.service.js";
import { AuditEntry } from "../audit/audit.types.js";
import type { AssignmentsDeps } from "../assignments/assignments.service.js";
import { Assignment } from "../assignments/assignments.types.js";
import { Classroom } from "../classes/classes.types.js";
import { assignmentSubject, classSubject } from "../classes/relations.js";
import { auditTrailOf } from "./audit-trail.service.js";

const DESCRIPTION = `Teacher only: the changes made to what students see or get, newest first (at most ${AUDIT_PAGE.max} a page; \`before\` an entry's id for older ones). Empty for anyone else.`;

@Resolver(() => Classroom)
export class ClassroomAuditTrailResolver {
  @FieldResolver(() => [AuditEntry], { description: DESCRIPTION })
  @Extensions({ policy: "audit.canSeeAuditTrail" })
  auditTrail(
    @Root() classroom: Classroom,
    @Arg("first", () => Int, { defaultValue: AUDIT_PAGE.default }) first: number,
    @Arg("before", () => ID, { nullable: true }) before: string | null,
    @Ctx() context: AssignmentsDeps,
  ): Promise<AuditEntry[]> {
    const { row } = classroom;
    return auditTrailOf(context, classSubject(row), row.id, { first, before });
  }
}

@Resolver(() => Assignment)
export class AssignmentAuditTrailResolver {
  @FieldResolver(() => [AuditEntry], { description: DESCRIPTION })
  @Extensions({ policy: "audit.canSeeAuditTrail" })
  auditTrail(
    @Root() assignment: Assignment,
    @Arg("first", () => Int, { defaultValue: AUDIT_PAGE.default }) first: number,
    @Arg("before", () => ID, { nullable: true }) before: string | null,
    @Ctx() context: AssignmentsDeps,
  ): Promise<AuditEntry[]> {
    const { row } = assignment;
    return auditTrailOf(context, assignmentSubject(row), row.classId, { first, before });
  }
}
