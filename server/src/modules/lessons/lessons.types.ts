import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum HistoricalSkill {
  SOURCING = "SOURCING",
  CONTEXTUALIZATION = "CONTEXTUALIZATION",
  CORROBORATION = "CORROBORATION",
  CLOSE_READING = "CLOSE_READING",
}

registerEnumType(HistoricalSkill, {
  name: "HistoricalSkill",
  description: "The four habits of historical thinking that questions and exercises practise.",
});

@ObjectType()
export class Lesson {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => Int) estimatedMinutes!: number;
  @Field(() => [String]) objectives!: string[];
  @Field(() => [HistoricalSkill]) skills!: HistoricalSkill[];
}
