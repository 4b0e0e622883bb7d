import { Field, Int, ObjectType } from "type-graphql";
import type { GradeSyncRow } from "./grade-sync.service.js";

@ObjectType({
  description:
    "How an LMS-linked assignment's scores stand with the LMS gradebook (LTI Assignment and Grade Services).",
})
export class GradeSync {
  @Field(() => Int, { description: "Students whose newest score waits to be sent (or retried)." })
  pending!: number;
  @Field(() => Int, {
    description:
      "Students whose score the LMS kept refusing; sent again on retryGradeSync or the next change.",
  })
  failed!: number;
  @Field(() => Int, { description: "Students with a score the LMS has taken." })
  sent!: number;
  @Field(() => String, { nullable: true, description: "What went wrong last, if anything." })
  lastError!: string | null;
  @Field(() => Date, { nullable: true }) lastSentAt!: Date | null;
}

export const toGradeSync = (row: GradeSyncRow): GradeSync =>
  Object.assign(new GradeSync(), {
    pending: row.pending,
    failed: row.failed,
    sent: row.sent,
    lastError: row.lastError,
    lastSentAt: row.lastSentAt,
  });
