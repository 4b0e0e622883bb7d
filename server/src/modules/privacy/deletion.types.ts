import { Field, Int, ObjectType } from "type-graphql";
import type { DeletionCounts } from "./deletion.sql.js";

@ObjectType({
  description:
    "What a deletion removed from the database (removeStudent, deleteAssignment, deleteClass, deleteMyAccount): rows gone for good, not hidden.",
})
export class DeletionResult {
  @Field(() => Int, { description: "Accounts deleted (deleteMyAccount: 1)." })
  accounts!: number;
  @Field(() => Int, { description: "Classes deleted." })
  classes!: number;
  @Field(() => Int, { description: "Students taken out of a class (class memberships)." })
  students!: number;
  @Field(() => Int, { description: "Assignments deleted." })
  assignments!: number;
  @Field(() => Int, { description: "Attempts deleted (their responses with them)." })
  attempts!: number;
  @Field(() => Int, { description: "Saved answers (responses) deleted." })
  responses!: number;
}

export const toDeletionResult = (counts: DeletionCounts): DeletionResult =>
  Object.assign(new DeletionResult(), counts);
