import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import { itemIdOf } from "../attempts/attempts.types.js";
import type { ActivityRow } from "./live.sql.js";

export enum ActivityKind {
  STARTED = "STARTED",
  SAVED = "SAVED",
  CHECKED = "CHECKED",
  SUBMITTED = "SUBMITTED",
  IDLE = "IDLE",
  RETURNED = "RETURNED",
  PAUSED = "PAUSED",
  RESUMED = "RESUMED",
  SCORED = "SCORED",
  FEEDBACK_OPENED = "FEEDBACK_OPENED",
  DUE_MOVED = "DUE_MOVED",
}
registerEnumType(ActivityKind, {
  name: "ActivityKind",
  description:
    "STARTED, SAVED (every autosave), CHECKED (a try spent), SUBMITTED, IDLE (no save for three minutes), RETURNED (a save after IDLE), PAUSED and RESUMED (the class), SCORED (the teacher scored an answer), FEEDBACK_OPENED, DUE_MOVED (the assignment's or one student's due date).",
});

@ObjectType({
  description:
    "Something that happened in an assigned lesson, in the order of `id` (ids only grow; drop an id seen before).",
})
export class ActivityEvent {
  @Field(() => ID) id!: string;
  @Field(() => ActivityKind) kind!: ActivityKind;
  @Field(() => ID, {
    nullable: true,
    description: "The User.id; null when the event concerns the whole class.",
  })
  studentId!: string | null;
  @Field(() => ID, { nullable: true }) attemptId!: string | null;
  @Field(() => ID, { nullable: true, description: "The Question.id or Exercise.id." })
  itemId!: string | null;
  @Field(() => Date) at!: Date;
  @Field(() => Boolean, {
    nullable: true,
    description: "SAVED (when the save was scored at once), CHECKED and SCORED: right or not.",
  })
  correct!: boolean | null;
}

export const toActivityEvent = (row: ActivityRow): ActivityEvent =>
  Object.assign(new ActivityEvent(), {
    id: encodeId("ActivityEvent", row.id),
    kind: row.kind as ActivityKind,
    studentId: row.studentId === null ? null : encodeId("User", row.studentId),
    attemptId: row.attemptId === null ? null : encodeId("Attempt", row.attemptId),
    itemId: row.itemId === null ? null : itemIdOf(row.itemId, row.itemKind ?? "QUESTION"),
    at: row.at,
    correct: row.correct,
  });

@ObjectType({
  description:
    "An assignment's live state: the class paused or not, each student's latest state and each answered cell, and the events after the id asked for. What a client reads first (and polls where WebSockets are blocked).",
})
export class ActivitySnapshot {
  @Field(() => Boolean) paused!: boolean;
  @Field(() => ID, { nullable: true, description: "Pass it as `after` to the subscription." })
  lastEventId!: string | null;
  @Field(() => [ActivityEvent], { description: "Each student's latest whereabouts event." })
  students!: ActivityEvent[];
  @Field(() => [ActivityEvent], {
    description: "The latest save, check or score of each student's item.",
  })
  cells!: ActivityEvent[];
  @Field(() => [ActivityEvent], {
    description: "The events after `after` (at most 500, the newest), oldest first.",
  })
  events!: ActivityEvent[];
}

@ObjectType({
  description: "What changed for a student's own attempt, to show without a reload.",
})
export class AttemptUpdate {
  @Field(() => ID) id!: string;
  @Field(() => ActivityKind, {
    description:
      "SCORED, FEEDBACK_OPENED, DUE_MOVED, PAUSED or RESUMED (and the student's own STARTED, SAVED, CHECKED, SUBMITTED).",
  })
  kind!: ActivityKind;
  @Field(() => ID) attemptId!: string;
  @Field(() => ID, { nullable: true }) itemId!: string | null;
  @Field(() => Date) at!: Date;
}

/** `attemptId` is the subscribed attempt's (already checked) id: class-wide events name it too. */
export const toAttemptUpdate = (row: ActivityRow, attemptId: string): AttemptUpdate =>
  Object.assign(new AttemptUpdate(), {
    id: encodeId("ActivityEvent", row.id),
    kind: row.kind as ActivityKind,
    attemptId,
    itemId: row.itemId === null ? null : itemIdOf(row.itemId, row.itemKind ?? "QUESTION"),
    at: row.at,
  });
