import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import { HistoricalSkill } from "../questions/questions.types.js";
import type { CriterionRow, ExerciseRow } from "./exercises.sql.js";

@ObjectType()
export class RubricLevel {
  @Field(() => Int) score!: number;
  @Field(() => String) label!: string;
  @Field(() => String) descriptor!: string;
}

@ObjectType()
export class RubricCriterion {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => [RubricLevel]) levels!: RubricLevel[];
}

@ObjectType({
  description:
    "Beside the listed positions, the student may write a claim of their own (Answer.claim, with no claimId); the teacher judges it like any claim.",
})
export class OwnClaimSlot {
  @Field(() => String, { description: "The label of the written-claim choice." }) label!: string;
}

@ObjectType({
  description:
    "Context facts the student writes down (Answer.contextFacts, at most `count`), shown to the teacher beside the rubric.",
})
export class ContextFactsSlot {
  @Field(() => Int) count!: number;
  @Field(() => String, { description: "What each fact should be." }) prompt!: string;
}

@ObjectType({
  description: "A source-analysis exercise: take a position, cite evidence, explain the reasoning.",
})
export class Exercise {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => HistoricalSkill) skill!: HistoricalSkill;
  @Field(() => String, {
    description:
      "The question to assess, e.g. whether Peng Dehuai's 1956 visit was 'interference in the internal affairs' of the KWP.",
  })
  prompt!: string;
  @Field(() => String, { description: "Scaffolding in Markdown, shown before the student writes." })
  guidance!: string;
  @Field(() => [Int]) paragraphNumbers!: number[];
  @Field(() => Int) minEvidence!: number;
  @Field(() => Float, {
    description: "Evidence points plus the top level of every rubric criterion.",
  })
  points!: number;
  @Field(() => OwnClaimSlot, {
    nullable: true,
    description: "Set where the student may write their own claim instead of choosing one.",
  })
  ownClaim!: OwnClaimSlot | null;
  @Field(() => ContextFactsSlot, {
    nullable: true,
    description: "Set where the exercise asks for context facts.",
  })
  contextFacts!: ContextFactsSlot | null;
  dbId!: string;
  documentId!: string;
}

export const toExercise = (row: ExerciseRow): Exercise =>
  Object.assign(new Exercise(), {
    id: encodeId("Exercise", row.id),
    dbId: row.id,
    documentId: row.documentId,
    slug: row.slug,
    title: row.title,
    skill: row.skill as HistoricalSkill,
    prompt: row.prompt,
    guidance: row.guidance,
    paragraphNumbers: row.paragraphNumbers,
    minEvidence: row.minEvidence,
    points: row.points,
    ownClaim: row.answerSlots?.ownClaim
      ? Object.assign(new OwnClaimSlot(), row.answerSlots.ownClaim)
      : null,
    contextFacts: row.answerSlots?.contextFacts
      ? Object.assign(new ContextFactsSlot(), row.answerSlots.contextFacts)
      : null,
  });

export const toCriterion = (row: CriterionRow): RubricCriterion =>
  Object.assign(new RubricCriterion(), {
    id: encodeId("RubricCriterion", row.id),
    title: row.title,
    description: row.description,
    levels: row.levels,
  });
