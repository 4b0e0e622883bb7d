import { Extensions, Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType()
export class CriterionStatistics {
  @Field(() => ID) criterionId!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) scored!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Mean level score over the top level, 0..1; null until something is scored.",
  })
  facility!: number | null;
}

@ObjectType()
export class ItemStatistics {
  @Field(() => ID) itemId!: string;
  @Field(() => String) prompt!: string;
  @Field(() => Int) responses!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Mean score over max score, 0..1; null until something is scored.",
  })
  facility!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Point-biserial (Pearson) correlation of the item's score with the rest of the attempt; null below 5 scored responses.",
  })
  discrimination!: number | null;
  @Extensions({ policy: "results.canSeeClassResults" })
  @Field(() => Float, {
    nullable: true,
    description:
      "Tries mode (IMMEDIATE): mean checks spent, over the attempts that checked the item; null when none did.",
  })
  meanTries!: number | null;
  @Extensions({ policy: "results.canSeeClassResults" })
  @Field(() => Float, {
    nullable: true,
    description:
      "Tries mode: share (0..1) of the attempts that checked the item whose first check was right; null when none did.",
  })
  firstTryRight!: number | null;
  @Field(() => [CriterionStatistics], {
    description: "For exercises: one entry per rubric criterion; empty otherwise.",
  })
  criteria!: CriterionStatistics[];
}
