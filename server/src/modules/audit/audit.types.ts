import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { AuditRow } from "./audit.sql.js";

export enum AuditAction {
  SCORE = "SCORE",
  RUBRIC_MARK = "RUBRIC_MARK",
  DUE_DATE = "DUE_DATE",
  STUDENT_DUE_DATE = "STUDENT_DUE_DATE",
  FEEDBACK_TIMING = "FEEDBACK_TIMING",
  JOIN_CODE_RESET = "JOIN_CODE_RESET",
  SIGN_IN_CODE_RESET = "SIGN_IN_CODE_RESET",
  DELETED = "DELETED",
  LESSON_VERSION = "LESSON_VERSION",
}
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What a teacher changed of what students see or get.",
  valuesConfig: {
    SCORE: { description: "A response's score (field: the item's id)." },
    RUBRIC_MARK: { description: "One rubric criterion's level (field: item and criterion)." },
    DUE_DATE: { description: "The assignment's due date (ISO 8601; null: none)." },
    STUDENT_DUE_DATE: { description: "One student's own due date (an extension)." },
    FEEDBACK_TIMING: { description: "When students see feedback (a FeedbackTiming)." },
    JOIN_CODE_RESET: { description: "A new join code; the codes themselves are never kept." },
    SIGN_IN_CODE_RESET: {
      description: "A student's new sign-in code; the codes themselves are never kept.",
    },
    DELETED: { description: "Something deleted (field: what)." },
    LESSON_VERSION: {
      description:
        "The assignment moved to a new version of a teacher's question set (its lesson slugs).",
    },
  },
});

@ObjectType({
  description:
    "One change a teacher made: who, what, when, the value before and after. Never a student's answer text, nor a code.",
})
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: "The teacher's name when they made the change." })
  actorName!: string;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { nullable: true }) oldValue!: string | null;
  @Field(() => String, { nullable: true }) newValue!: string | null;
  @Field(() => ID, { nullable: true }) assignmentId!: string | null;
  @Field(() => ID, { nullable: true }) studentId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The student by the teacher's label (or their own name); null when none or gone.",
  })
  studentName!: string | null;
}

export const toAuditEntry = (row: AuditRow, studentName: string | null): AuditEntry =>
  Object.assign(new AuditEntry(), {
    id: encodeId("AuditEntry", row.id),
    at: row.createdAt,
    actorName: row.actorName,
    action: row.action as AuditAction,
    field: row.field,
    oldValue: row.oldValue,
    newValue: row.newValue,
    assignmentId: row.assignmentId ? encodeId("Assignment", row.assignmentId) : null,
    studentId: row.studentId ? encodeId("User", row.studentId) : null,
    studentName,
  });
