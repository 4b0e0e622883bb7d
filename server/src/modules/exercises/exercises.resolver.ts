import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { DocumentLoaders } from "../documents/documents.loaders.js";
import type { QuestionLoaders } from "../questions/questions.loaders.js";
import { Document, toDocument } from "../documents/documents.types.js";
import { EvidenceSource, evidenceSources } from "../questions/evidence-sources.js";
import { Choice, choicesOf } from "../questions/questions.types.js";
import { mayReadLesson } from "../lessons/lessons.policy.js";
import type { ExerciseLoaders } from "./exercises.loaders.js";
import { Exercise, RubricCriterion, toCriterion, toExercise } from "./exercises.types.js";

/** What the exercise resolvers read: the exercises', questions' (for options) and documents' loaders. */
export interface ExercisesContext {
  /** The caller, if signed in: an exercise of a draft's preview is its owner's alone to read. */
  viewer?: { id: string } | null;
  loaders: { exercises: ExerciseLoaders; questions: QuestionLoaders; documents: DocumentLoaders };
}

@Resolver(() => Exercise)
export class ExerciseResolver {
  @Query(() => Exercise, { nullable: true })
  async exercise(
    @Arg("slug", () => String) slug: string,
    @Ctx() { loaders, viewer }: ExercisesContext,
  ): Promise<Exercise | null> {
    const row = await loaders.exercises.exerciseBySlug.load(slug);
    if (!row) return null;
    const preview = { authored: true, authoredBy: row.previewOwner ?? null, preview: true };
    return !row.previewOwner || mayReadLesson(viewer?.id ?? null, preview) ? toExercise(row) : null;
  }

  @FieldResolver(() => Document)
  async document(
    @Root() exercise: Exercise,
    @Ctx() { loaders }: ExercisesContext,
  ): Promise<Document> {
    return toDocument((await loaders.documents.documentById.load(exercise.documentId))!);
  }

  @FieldResolver(() => [Choice], {
    description: "Positions a student may take; empty where the claim is written freely.",
  })
  async claims(
    @Root() exercise: Exercise,
    @Ctx() { loaders }: ExercisesContext,
  ): Promise<Choice[]> {
    return choicesOf(await loaders.questions.optionsByItem.load(exercise.dbId), "CLAIM");
  }

  @FieldResolver(() => [EvidenceSource], {
    description:
      "The documents the student may cite passages from: first the exercise's own (its paragraphNumbers), then each other document it offers, in order. A passage of another document names it (EvidenceInput.documentSlug).",
  })
  async sources(
    @Root() exercise: Exercise,
    @Ctx() { loaders }: ExercisesContext,
  ): Promise<EvidenceSource[]> {
    return evidenceSources(loaders, exercise);
  }

  @FieldResolver(() => [RubricCriterion])
  async rubric(
    @Root() exercise: Exercise,
    @Ctx() { loaders }: ExercisesContext,
  ): Promise<RubricCriterion[]> {
    return (await loaders.exercises.criteriaByItem.load(exercise.dbId)).map(toCriterion);
  }
}
