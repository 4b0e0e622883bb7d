import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { QuestionLoaders } from "./questions.loaders.js";
import {
  Choice,
  ChoiceQuestion,
  choicesOf,
  MatchingQuestion,
  OrderingQuestion,
} from "./questions.types.js";

/** What the question resolvers read: the questions' loaders. */
export interface QuestionsContext {
  loaders: { questions: QuestionLoaders };
}

@Resolver(() => ChoiceQuestion)
export class ChoiceQuestionResolver {
  @FieldResolver(() => [Choice])
  async choices(
    @Root() question: ChoiceQuestion,
    @Ctx() { loaders }: QuestionsContext,
  ): Promise<Choice[]> {
    return choicesOf(await loaders.questions.optionsByItem.load(question.dbId), "CHOICE");
  }
}

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
