import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { encodeId } from "../../../core/ids.js";
import { Question, QuestionKind } from "../questions.types.js";
import type { QuestionsContext } from "../questions.context.js";
import type { QuestionKindType } from "./kind-type.js";

@ObjectType({
  description:
    "A passage of the document to mark with its voice: UTF-16 offsets into Paragraph.text, end exclusive. Never says whose voice it is.",
})
export class AttributionSegment {
  @Field(() => ID) id!: string;
  @Field(() => Int) paragraphNumber!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String, { description: "The segment's words (Paragraph.text from start to end)." })
  text!: string;
}

@ObjectType({ description: "One of the voices an attribution question offers." })
export class Voice {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
}

@ObjectType({
  implements: Question,
  description:
    "Mark each segment of the question's paragraphs with its voice (who is speaking, to whom).",
})
export class AttributionQuestion extends Question {}

@Resolver(() => AttributionQuestion)
export class AttributionQuestionResolver {
  @FieldResolver(() => [AttributionSegment], { description: "In document order." })
  async segments(
    @Root() question: AttributionQuestion,
    @Ctx() { loaders }: QuestionsContext,
  ): Promise<AttributionSegment[]> {
    const rows = await loaders.questions.optionsByItem.load(question.dbId);
    return rows
      .filter((row) => row.role === "SEGMENT")
      .map((row) =>
        Object.assign(new AttributionSegment(), {
          id: encodeId("AttributionSegment", row.id),
          paragraphNumber: row.paragraphNumber!,
          start: row.start!,
          end: row.end!,
          text: row.text,
        }),
      );
  }

  @FieldResolver(() => [Voice], {
    description: "In the legend's order: the number keys 1–9 pick them in this order.",
  })
  async voices(
    @Root() question: AttributionQuestion,
    @Ctx() { loaders }: QuestionsContext,
  ): Promise<Voice[]> {
    const rows = await loaders.questions.optionsByItem.load(question.dbId);
    return rows
      .filter((row) => row.role === "VOICE")
      .map((row) => Object.assign(new Voice(), { id: encodeId("Voice", row.id), label: row.text }));
  }
}

export const attributionQuestion: QuestionKindType = {
  kinds: [QuestionKind.ATTRIBUTION],
  type: AttributionQuestion,
  resolver: AttributionQuestionResolver,
};
