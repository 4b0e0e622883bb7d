import { Ctx, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { Choice, choicesOf, Question, QuestionKind } from "../questions.types.js";
import type { QuestionsContext } from "../questions.context.js";
import type { QuestionKindType } from "./kind-type.js";

@ObjectType({
  implements: Question,
  description: "Pair each left item with one right item (e.g. person and office).",
})
export class MatchingQuestion extends Question {}

@Resolver(() => MatchingQuestion)
export class MatchingQuestionResolver {
  @FieldResolver(() => [Choice])
  async left(
    @Root() question: MatchingQuestion,
    @Ctx() { loaders }: QuestionsContext,
  ): Promise<Choice[]> {
    return choicesOf(await loaders.questions.optionsByItem.load(question.dbId), "LEFT");
  }

  @FieldResolver(() => [Choice])
  async right(
    @Root() question: MatchingQuestion,
    @Ctx() { loaders }: QuestionsContext,
  ): Promise<Choice[]> {
    return choicesOf(await loaders.questions.optionsByItem.load(question.dbId), "RIGHT");
  }
}

export const matchingQuestion: QuestionKindType = {
  kinds: [QuestionKind.MATCHING],
  type: MatchingQuestion,
  resolver: MatchingQuestionResolver,
};
