import { Field, ID, InputType, Int } from "type-graphql";

@InputType()
export class MatchPairInput {
  @Field(() => ID) leftId!: string;
  @Field(() => ID) rightId!: string;
}

@InputType({ description: "The voice a student gives one segment of an attribution question." })
export class AttributionInput {
  @Field(() => ID) segmentId!: string;
  @Field(() => ID) voiceId!: string;
}

@InputType({ description: "A span of a paragraph; without start and end, the whole paragraph." })
export class EvidenceInput {
  @Field(() => String, {
    nullable: true,
    description:
      "The document the span lies in: omitted or null for the item's own; another slug only where the item offers that document (EvidenceQuestion.sources, Exercise.sources), else BAD_USER_INPUT.",
  })
  documentSlug?: string | null;
  @Field(() => Int) paragraphNumber!: number;
  @Field(() => Int, { nullable: true }) start?: number | null;
  @Field(() => Int, { nullable: true }) end?: number | null;
}

@InputType({
  description:
    "Fill the fields that fit the item's kind; the server rejects the rest with BAD_USER_INPUT. Incomplete answers are fine while autosaving.",
})
export class AnswerInput {
  @Field(() => [ID], { nullable: true }) choiceIds?: string[] | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true }) order?: string[] | null;
  @Field(() => [MatchPairInput], { nullable: true }) pairs?: MatchPairInput[] | null;
  @Field(() => [EvidenceInput], { nullable: true }) evidence?: EvidenceInput[] | null;
  @Field(() => ID, { nullable: true }) claimId?: string | null;
  @Field(() => String, { nullable: true }) claim?: string | null;
  @Field(() => [String], {
    nullable: true,
    description:
      "Exercises that ask for context facts: one text per slot, blanks keep their place.",
  })
  contextFacts?: string[] | null;
  @Field(() => [AttributionInput], {
    nullable: true,
    description: "Attribution questions: a voice for each segment marked so far (one per segment).",
  })
  attributions?: AttributionInput[] | null;
}
