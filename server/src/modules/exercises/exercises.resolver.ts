import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../app/context.js";
import { Document, toDocument } from "../documents/documents.types.js";
import { Choice, choicesOf } from "../questions/questions.types.js";
import { Exercise, RubricCriterion, toCriterion, toExercise } from "./exercises.types.js";

@Resolver(() => Exercise)
export class ExerciseResolver {
  @Query(() => Exercise, { nullable: true })
  async exercise(@Arg("slug", () => String) slug: string, @Ctx() { loaders }: Context): Promise<Exercise | null> {
    const row = await loaders.content.exerciseBySlug.load(slug);
    return row ? toExercise(row) : null;
  }

  @FieldResolver(() => Document)
  async document(@Root() exercise: Exercise, @Ctx() { loaders }: Context): Promise<Document> {
    return toDocument((await loaders.documents.documentById.load(exercise.documentId))!);
  }

  @FieldResolver(() => [Choice], { description: "Positions a student may take; empty where the claim is written freely." })
  async claims(@Root() exercise: Exercise, @Ctx() { loaders }: Context): Promise<Choice[]> {
    return choicesOf(await loaders.content.optionsByItem.load(exercise.dbId), "CLAIM");
  }

  @FieldResolver(() => [RubricCriterion])
  async rubric(@Root() exercise: Exercise, @Ctx() { loaders }: Context): Promise<RubricCriterion[]> {
    return (await loaders.content.criteriaByItem.load(exercise.dbId)).map(toCriterion);
  }
}
