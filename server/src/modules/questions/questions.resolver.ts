import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../app/context.js";
import { Choice, ChoiceQuestion, choicesOf, MatchingQuestion, OrderingQuestion } from "./questions.types.js";

@Resolver(() => ChoiceQuestion)
export class ChoiceQuestionResolver {
  @FieldResolver(() => [Choice])
  async choices(@Root() question: ChoiceQuestion, @Ctx() { loaders }: Context): Promise<Choice[]> {
    return choicesOf(await loaders.content.optionsByItem.load(question.dbId), "CHOICE");
  }
}

@Resolver(() => OrderingQuestion)
export class OrderingQuestionResolver {
  @FieldResolver(() => [Choice], { description: "In a fixed order that is not the answer." })
  async items(@Root() question: OrderingQuestion, @Ctx() { loaders }: Context): Promise<Choice[]> {
    return choicesOf(await loaders.content.optionsByItem.load(question.dbId), "ORDER");
  }
}

@Resolver(() => MatchingQuestion)
export class MatchingQuestionResolver {
  @FieldResolver(() => [Choice])
  async left(@Root() question: MatchingQuestion, @Ctx() { loaders }: Context): Promise<Choice[]> {
    return choicesOf(await loaders.content.optionsByItem.load(question.dbId), "LEFT");
  }

  @FieldResolver(() => [Choice])
  async right(@Root() question: MatchingQuestion, @Ctx() { loaders }: Context): Promise<Choice[]> {
    return choicesOf(await loaders.content.optionsByItem.load(question.dbId), "RIGHT");
  }
}
