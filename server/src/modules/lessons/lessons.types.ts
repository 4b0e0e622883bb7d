import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import { HistoricalSkill } from "../questions/questions.types.js";
import type * as sql from "./lessons.sql.js";

export enum LessonStepKind {
  READ = "READ",
  QUESTION_SET = "QUESTION_SET",
  EXERCISE = "EXERCISE",
  REFLECT = "REFLECT",
}

registerEnumType(LessonStepKind, { name: "LessonStepKind" });

@ObjectType()
export class Lesson {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => Int) estimatedMinutes!: number;
  @Field(() => [String]) objectives!: string[];
  @Field(() => [HistoricalSkill]) skills!: HistoricalSkill[];
  dbId!: string;
  documentId!: string;
}

@ObjectType()
export class LessonStep {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => LessonStepKind) kind!: LessonStepKind;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "Guidance for the student, in Markdown." }) body!: string;
  @Field(() => [Int], { description: "The paragraphs this step sends the student to." })
  paragraphNumbers!: number[];
  questionSetId!: string | null;
  exerciseId!: string | null;
}

@ObjectType()
export class QuestionSet {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  dbId!: string;
  documentId!: string;
}

export const toLesson = (row: sql.LessonRow): Lesson =>
  Object.assign(new Lesson(), {
    ...row,
    id: encodeId("Lesson", row.id),
    dbId: row.id,
    skills: row.skills as HistoricalSkill[],
  });

export const toStep = (row: sql.StepRow): LessonStep =>
  Object.assign(new LessonStep(), {
    ...row,
    id: encodeId("LessonStep", row.id),
    kind: row.kind as LessonStepKind,
  });

export const toQuestionSet = (row: sql.QuestionSetRow): QuestionSet =>
  Object.assign(new QuestionSet(), { ...row, id: encodeId("QuestionSet", row.id), dbId: row.id });
