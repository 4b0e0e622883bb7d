import { Ctx, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { Choice, choicesOf, Question, QuestionKind } from "../questions.types.js";
import type { QuestionsContext } from "../questions.context.js";
import type { QuestionKindType } from "./kind-type.js";

@ObjectType({ implements: Question, description: "SINGLE_CHOICE or MULTIPLE_CHOICE." })
export class ChoiceQuestion extends Question {}

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

export const choiceQuestion: QuestionKindType = {
  kinds: [QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE],
  type: ChoiceQuestion,
  resolver: ChoiceQuestionResolver,
};
