import { Arg, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Queryable } from "../../core/database.js";
import type { DocumentLoaders } from "../documents/documents.loaders.js";
import { Document, toDocument } from "../documents/documents.types.js";
import type { ExerciseLoaders } from "../exercises/exercises.loaders.js";
import { Exercise, toExercise } from "../exercises/exercises.types.js";
import type { QuestionLoaders } from "../questions/questions.loaders.js";
import { toQuestion } from "../questions/kinds/index.js";
import { Question } from "../questions/questions.types.js";
import type { LessonLoaders } from "./lessons.loaders.js";
import { mayReadLesson } from "./lessons.policy.js";
import { selectLessons } from "./lessons.sql.js";
import {
  Lesson,
  LessonStep,
  QuestionSet,
  toLesson,
  toQuestionSet,
  toStep,
} from "./lessons.types.js";

/** What the lesson resolvers read: the database and the loaders of lessons and what they hold. */
export interface LessonsContext {
  db: Queryable;
  /** The caller, if signed in: a draft's preview is its owner's alone to read. */
  viewer?: { id: string } | null;
  loaders: {
    lessons: LessonLoaders;
    documents: DocumentLoaders;
    questions: QuestionLoaders;
    exercises: ExerciseLoaders;
  };
}

async function documentOf(documentId: string, { loaders }: LessonsContext): Promise<Document> {
  return toDocument((await loaders.documents.documentById.load(documentId))!);
}

/** Public content, but a teacher's draft preview is its owner's alone. */
const READ_LESSON = { policy: "lessons.mayReadLesson" };

@Resolver(() => Lesson)
export class LessonResolver {
  @Query(() => [Lesson], { description: "The published lessons, in course order." })
  async lessons(@Ctx() { db }: LessonsContext): Promise<Lesson[]> {
    return (await selectLessons(db)).map(toLesson);
  }

  @Query(() => Lesson, {
    nullable: true,
    description:
      "A lesson by its slug: the course's, or a version of a teacher's set; a draft's preview only for its owner.",
  })
  @Extensions(READ_LESSON)
  async lesson(
    @Arg("slug", () => String) slug: string,
    @Ctx() { loaders, viewer }: LessonsContext,
  ): Promise<Lesson | null> {
    const row = await loaders.lessons.lessonBySlug.load(slug);
    return row && mayReadLesson(viewer?.id ?? null, row) ? toLesson(row) : null;
  }

  @FieldResolver(() => Document)
  document(@Root() lesson: Lesson, @Ctx() context: LessonsContext): Promise<Document> {
    return documentOf(lesson.documentId, context);
  }

  @FieldResolver(() => [LessonStep])
  async steps(@Root() lesson: Lesson, @Ctx() { loaders }: LessonsContext): Promise<LessonStep[]> {
    return (await loaders.lessons.stepsByLesson.load(lesson.dbId)).map(toStep);
  }
}

@Resolver(() => LessonStep)
export class LessonStepResolver {
  @FieldResolver(() => QuestionSet, { nullable: true })
  async questionSet(
    @Root() step: LessonStep,
    @Ctx() { loaders }: LessonsContext,
  ): Promise<QuestionSet | null> {
    if (!step.questionSetId) return null;
    const row = await loaders.lessons.questionSetById.load(step.questionSetId);
    return row ? toQuestionSet(row) : null;
  }

  @FieldResolver(() => Exercise, { nullable: true })
  async exercise(
    @Root() step: LessonStep,
    @Ctx() { loaders }: LessonsContext,
  ): Promise<Exercise | null> {
    if (!step.exerciseId) return null;
    const row = await loaders.exercises.exerciseById.load(step.exerciseId);
    return row ? toExercise(row) : null;
  }
}

@Resolver(() => QuestionSet)
export class QuestionSetResolver {
  @Query(() => QuestionSet, {
    nullable: true,
    description: "A question set by its slug, as its lesson is read (lesson).",
  })
  @Extensions(READ_LESSON)
  async questionSet(
    @Arg("slug", () => String) slug: string,
    @Ctx() { loaders, viewer }: LessonsContext,
  ): Promise<QuestionSet | null> {
    const row = await loaders.lessons.questionSetBySlug.load(slug);
    if (!row) return null;
    // An authored set's question set shares its lesson's slug: a preview's is its owner's.
    const lesson = await loaders.lessons.lessonBySlug.load(slug);
    return !lesson || mayReadLesson(viewer?.id ?? null, lesson) ? toQuestionSet(row) : null;
  }

  @FieldResolver(() => Document)
  document(@Root() set: QuestionSet, @Ctx() context: LessonsContext): Promise<Document> {
    return documentOf(set.documentId, context);
  }

  @FieldResolver(() => [Question])
  async questions(
    @Root() set: QuestionSet,
    @Ctx() { loaders }: LessonsContext,
  ): Promise<Question[]> {
    return (await loaders.questions.questionsBySet.load(set.dbId)).map(toQuestion);
  }
}

@Resolver(() => Document)
export class DocumentLessonsResolver {
  @FieldResolver(() => [Lesson])
  async lessons(@Root() document: Document, @Ctx() { loaders }: LessonsContext): Promise<Lesson[]> {
    return (await loaders.lessons.lessonsByDocument.load(document.dbId)).map(toLesson);
  }
}
