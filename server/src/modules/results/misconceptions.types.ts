import { Field, ID, Int, ObjectType } from "type-graphql";
import { Misconception } from "../questions/misconceptions.types.js";
import { Choice } from "../questions/questions.types.js";

// Teacher-only types: which wrong answers encode which misconception, and who in a class showed
// them. Reached only through Assignment.misconceptions and the review (results policies).

@ObjectType({
  description: "Teacher only: a student of the class, by the teacher's name for them.",
})
export class MisconceptionStudent {
  @Field(() => ID, { description: "The User id." }) studentId!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "Teacher only: one item on which students showed a misconception." })
export class MisconceptionItem {
  @Field(() => ID, { description: "The Question id." }) itemId!: string;
  @Field(() => Int, { description: "The item's number in the lesson (Q1, Q2, … as in the CSV)." })
  number!: number;
  @Field(() => String) prompt!: string;
  @Field(() => Int, { description: "How many students showed it on this item." })
  studentCount!: number;
  @Field(() => [MisconceptionStudent], { description: "Who, by name." })
  students!: MisconceptionStudent[];
}

@ObjectType({
  description:
    "Teacher only: a misconception the class showed on an assignment (a student shows one when their answer that counts — submitted, or checked in tries mode — picked a distractor tagged with it).",
})
export class MisconceptionCount {
  @Field(() => Misconception) misconception!: Misconception;
  @Field(() => Int, { description: "How many distinct students showed it." })
  studentCount!: number;
  @Field(() => [MisconceptionStudent], { description: "Who, by name." })
  students!: MisconceptionStudent[];
  @Field(() => [MisconceptionItem], { description: "The items behind it, in lesson order." })
  items!: MisconceptionItem[];
}

@ObjectType({
  description:
    "Teacher only: one tagged distractor of an item and the misconception it encodes: a wrong choice, a wrong pair (left → right), a wrong order (first placed before then) or a common wrong short answer.",
})
export class DistractorKey {
  @Field(() => Misconception) misconception!: Misconception;
  @Field(() => Choice, { nullable: true }) choice!: Choice | null;
  @Field(() => Choice, { nullable: true }) left!: Choice | null;
  @Field(() => Choice, { nullable: true }) right!: Choice | null;
  @Field(() => Choice, { nullable: true, description: "Placed too early…" }) first!: Choice | null;
  @Field(() => Choice, { nullable: true, description: "…before this item." }) then!: Choice | null;
  @Field(() => String, { nullable: true }) answerText!: string | null;
}

@ObjectType({
  description:
    "Teacher only: a misconception rising in the class now. It reads each student's current answer as the live grid shows it (scored as saved, checked, or submitted) and when it was saved: more students show it in answers saved within the window than show it only in answers saved before.",
})
export class RisingMisconception {
  @Field(() => Misconception) misconception!: Misconception;
  @Field(() => Int, {
    description: "Students whose answers showing it were saved within the window.",
  })
  recentStudentCount!: number;
  @Field(() => [MisconceptionStudent], { description: "Those students, by name." })
  recentStudents!: MisconceptionStudent[];
  @Field(() => Int, {
    description: "Students who show it only in answers saved before the window (fewer).",
  })
  earlierStudentCount!: number;
  @Field(() => [MisconceptionItem], {
    description: "The items of the answers within the window, in lesson order.",
  })
  items!: MisconceptionItem[];
  @Field(() => Date, { description: "When the window began (the server's clock)." })
  since!: Date;
}
