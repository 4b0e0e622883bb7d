import { Ctx, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { Choice, choicesOf, Question, QuestionKind } from "../questions.types.js";
import type { QuestionsContext } from "../questions.context.js";
import type { QuestionKindType } from "./kind-type.js";

@ObjectType({
  implements: Question,
  description:
    "Put items in order (e.g. events in time). Items are served in an order that reveals nothing.",
})
export class OrderingQuestion extends Question {}

@Resolver(() => OrderingQuestion)
export class OrderingQuestionResolver {
  @FieldResolver(() => [Choice], { description: "In a fixed order that is not the answer." })
  async items(
    @Root() question: OrderingQuestion,
    @Ctx() { loaders }: QuestionsContext,
  ): Promise<Choice[]> {
    return choicesOf(await loaders.questions.optionsByItem.load(question.dbId), "ORDER");
  }
}

export const orderingQuestion: QuestionKindType = {
  kinds: [QuestionKind.ORDERING],
  type: OrderingQuestion,
  resolver: OrderingQuestionResolver,
};
