import { Ctx, Query, Resolver } from "type-graphql";
import { CATALOGUE, type QuestionLoaders } from "./questions.loaders.js";
import { Misconception, toMisconception } from "./misconceptions.types.js";

/** What the catalogue resolver reads. */
export interface MisconceptionsContext {
  loaders: { questions: QuestionLoaders };
}

@Resolver(() => Misconception)
export class MisconceptionResolver {
  @Query(() => [Misconception], {
    description:
      "The misconception catalogue, for anyone: what students may believe, the habit it reveals and how to reteach it. No item or choice links.",
  })
  async misconceptions(@Ctx() { loaders }: MisconceptionsContext): Promise<Misconception[]> {
    return (await loaders.questions.misconceptions.load(CATALOGUE)).map(toMisconception);
  }
}
