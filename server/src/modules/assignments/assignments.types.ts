import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { AssignmentRow, ExtensionRow } from "./assignments.sql.js";

export enum FeedbackTiming {
  IMMEDIATE = "IMMEDIATE",
  ON_SUBMIT = "ON_SUBMIT",
  AFTER_DUE = "AFTER_DUE",
}
registerEnumType(FeedbackTiming, {
  name: "FeedbackTiming",
  description: "When a student may see scores, feedback and answer keys.",
  valuesConfig: {
    IMMEDIATE: {
      description:
        "After each saved answer; formative: the latest answer counts. Guest practice uses this.",
    },
    ON_SUBMIT: { description: "Once the attempt is submitted." },
    AFTER_DUE: {
      description:
        "Once the due date has passed (a student's own extension counts); open attempts are submitted automatically then, and a student who had not started finds the assignment closed. Needs a due date.",
    },
  },
});

@ObjectType()
export class Assignment {
  @Field(() => ID) id!: string;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => FeedbackTiming) feedback!: FeedbackTiming;
  @Field(() => Date) createdAt!: Date;
  row!: AssignmentRow;
}

@ObjectType({ description: "A student's own due date for an assignment." })
export class AssignmentExtension {
  @Field(() => ID) studentId!: string;
  @Field(() => Date) dueAt!: Date;
}

export const toExtension = (row: ExtensionRow): AssignmentExtension =>
  Object.assign(new AssignmentExtension(), {
    studentId: encodeId("User", row.studentId),
    dueAt: row.dueAt,
  });

export const toAssignment = (row: AssignmentRow): Assignment =>
  Object.assign(new Assignment(), {
    id: encodeId("Assignment", row.id),
    dueAt: row.dueAt,
    feedback: row.feedbackTiming as FeedbackTiming,
    createdAt: row.createdAt,
    row,
  });
