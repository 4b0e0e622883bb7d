import { Field, ObjectType } from "type-graphql";
import { Classroom } from "../classes/classes.types.js";

@ObjectType({
  description:
    "Teacher: whether their class comes from an LMS course (LTI) whose roster it can sync (Names and Role Provisioning Services).",
})
export class LmsRoster {
  @Field(() => Boolean, { description: "The class was opened from an LMS course." })
  linked!: boolean;
  @Field(() => Boolean, {
    description:
      "The LMS offers the course's roster (its launches named the service), so syncClassRoster can read it.",
  })
  canSync!: boolean;
  @Field(() => Date, { nullable: true, description: "When the roster was last synced." })
  lastSyncedAt!: Date | null;
}

@ObjectType({ description: "What syncing a class from its LMS roster changed, by student name." })
export class RosterSyncResult {
  @Field(() => Classroom) classroom!: Classroom;
  @Field(() => [String], { description: "Learners who were not in the class and now are." })
  added!: string[];
  @Field(() => [String], { description: "Students whose name the roster changed." })
  updated!: string[];
  @Field(() => [String], {
    description:
      "Students the roster no longer lists as active (gone, Inactive or Deleted): marked inactive; they and their work stay.",
  })
  markedInactive!: string[];
  @Field(() => [String], { description: "Inactive students the roster lists as active again." })
  reactivated!: string[];
}
