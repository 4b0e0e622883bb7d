import { Extensions, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { AssignmentRow, ExtensionRow } from "./assignments.sql.js";

export enum FeedbackTiming {
  IMMEDIATE = "IMMEDIATE",
  PRACTICE = "PRACTICE",
  ON_SUBMIT = "ON_SUBMIT",
  AFTER_DUE = "AFTER_DUE",
}
registerEnumType(FeedbackTiming, {
  name: "FeedbackTiming",
  description: "When a student may see scores, feedback and answer keys.",
  valuesConfig: {
    IMMEDIATE: {
      description:
        "Tries mode: the student checks each answer (checkResponse) and may try again up to the item's tries (3 for choice, matching, ordering, attribution and short answers; 2 for evidence and exercises), each retry earning at most a third less of the points; the key shows once the item locks (right, last try, revealResponse, or submit). A save alone shows nothing. Items the machine does not score are not checked and show feedback at submit. Guest practice uses this.",
    },
    PRACTICE: {
      description:
        "Ungraded practice: feedback and the key with each saved answer (an exercise's model evidence after the submit); the latest answer stands and the work does not count toward a grade (Assignment.counts is false).",
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
  @Extensions({ policy: "assignments.canSeeAssignment" })
  @Field(() => Boolean, {
    description: "Whether the work counts toward a grade: false for PRACTICE.",
  })
  counts!: boolean;
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
    counts: row.feedbackTiming !== "PRACTICE",
    createdAt: row.createdAt,
    row,
  });
