import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../app/context.js";
import { Document, toDocument } from "../documents/documents.types.js";
import { Exercise, toExercise } from "../exercises/exercises.types.js";
import { Question, toQuestion } from "../questions/questions.types.js";
import { selectLessons } from "./lessons.sql.js";
import { Lesson, LessonStep, QuestionSet, toLesson, toQuestionSet, toStep } from "./lessons.types.js";

async function documentOf(documentId: string, { loaders }: Context): Promise<Document> {
  return toDocument((await loaders.documents.documentById.load(documentId))!);
}

@Resolver(() => Lesson)
export class LessonResolver {
  @Query(() => [Lesson], { description: "The published lessons, in course order." })
  async lessons(@Ctx() { db }: Context): Promise<Lesson[]> {
    return (await selectLessons(db)).map(toLesson);
  }

  @Query(() => Lesson, { nullable: true })
  async lesson(@Arg("slug", () => String) slug: string, @Ctx() { loaders }: Context): Promise<Lesson | null> {
    const row = await loaders.content.lessonBySlug.load(slug);
    return row ? toLesson(row) : null;
  }

  @FieldResolver(() => Document)
  document(@Root() lesson: Lesson, @Ctx() context: Context): Promise<Document> {
    return documentOf(lesson.documentId, context);
  }

  @FieldResolver(() => [LessonStep])
  async steps(@Root() lesson: Lesson, @Ctx() { loaders }: Context): Promise<LessonStep[]> {
    return (await loaders.content.stepsByLesson.load(lesson.dbId)).map(toStep);
  }
}

@Resolver(() => LessonStep)
export class LessonStepResolver {
  @FieldResolver(() => QuestionSet, { nullable: true })
  async questionSet(@Root() step: LessonStep, @Ctx() { loaders }: Context): Promise<QuestionSet | null> {
    if (!step.questionSetId) return null;
    const row = await loaders.content.questionSetById.load(step.questionSetId);
    return row ? toQuestionSet(row) : null;
  }

  @FieldResolver(() => Exercise, { nullable: true })
  async exercise(@Root() step: LessonStep, @Ctx() { loaders }: Context): Promise<Exercise | null> {
    if (!step.exerciseId) return null;
    const row = await loaders.content.itemById.load(step.exerciseId);
    return row ? toExercise(row) : null;
  }
}

@Resolver(() => QuestionSet)
export class QuestionSetResolver {
  @Query(() => QuestionSet, { nullable: true })
  async questionSet(@Arg("slug", () => String) slug: string, @Ctx() { loaders }: Context): Promise<QuestionSet | null> {
    const row = await loaders.content.questionSetBySlug.load(slug);
    return row ? toQuestionSet(row) : null;
  }

  @FieldResolver(() => Document)
  document(@Root() set: QuestionSet, @Ctx() context: Context): Promise<Document> {
    return documentOf(set.documentId, context);
  }

  @FieldResolver(() => [Question])
  async questions(@Root() set: QuestionSet, @Ctx() { loaders }: Context): Promise<Question[]> {
    return (await loaders.content.questionsBySet.load(set.dbId)).map(toQuestion);
  }
}
