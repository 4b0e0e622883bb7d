import { Field, Float, ID, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { ItemRow, OptionRow } from "./questions.sql.js";

export enum HistoricalSkill {
  SOURCING = "SOURCING",
  CONTEXTUALIZATION = "CONTEXTUALIZATION",
  CORROBORATION = "CORROBORATION",
  CLOSE_READING = "CLOSE_READING",
}

registerEnumType(HistoricalSkill, {
  name: "HistoricalSkill",
  description: "The four habits of historical thinking that questions and exercises practise.",
});

export enum QuestionKind {
  SINGLE_CHOICE = "SINGLE_CHOICE",
  MULTIPLE_CHOICE = "MULTIPLE_CHOICE",
  SHORT_ANSWER = "SHORT_ANSWER",
  ORDERING = "ORDERING",
  MATCHING = "MATCHING",
  EVIDENCE = "EVIDENCE",
}

registerEnumType(QuestionKind, { name: "QuestionKind" });

@ObjectType()
export class Choice {
  @Field(() => ID) id!: string;
  @Field(() => String) text!: string;
}

@InterfaceType({
  description: "Anything a student answers. Answer keys are never part of a question.",
  resolveType: (question: Question) => KIND_TYPES[question.kind].name,
})
export abstract class Question {
  @Field(() => ID) id!: string;
  @Field(() => QuestionKind) kind!: QuestionKind;
  @Field(() => String) prompt!: string;
  @Field(() => Float) points!: number;
  @Field(() => HistoricalSkill, { nullable: true }) skill!: HistoricalSkill | null;
  @Field(() => [Int]) paragraphNumbers!: number[];
  dbId!: string;
}

@ObjectType({ implements: Question, description: "SINGLE_CHOICE or MULTIPLE_CHOICE." })
export class ChoiceQuestion extends Question {}

@ObjectType({
  implements: Question,
  description:
    "Free text; scored by a teacher, or against accepted answers where the set has them.",
})
export class ShortAnswerQuestion extends Question {
  @Field(() => Int) maxLength!: number;
}

@ObjectType({
  implements: Question,
  description:
    "Put items in order (e.g. events in time). Items are served in an order that reveals nothing.",
})
export class OrderingQuestion extends Question {}

@ObjectType({
  implements: Question,
  description: "Pair each left item with one right item (e.g. person and office).",
})
export class MatchingQuestion extends Question {}

@ObjectType({
  implements: Question,
  description: "Select the passages of the document that support (or undercut) a claim.",
})
export class EvidenceQuestion extends Question {
  @Field(() => String) claim!: string;
  @Field(() => Int) minSelections!: number;
  @Field(() => Int) maxSelections!: number;
}

const KIND_TYPES: Record<QuestionKind, new () => Question> = {
  SINGLE_CHOICE: ChoiceQuestion,
  MULTIPLE_CHOICE: ChoiceQuestion,
  SHORT_ANSWER: ShortAnswerQuestion,
  ORDERING: OrderingQuestion,
  MATCHING: MatchingQuestion,
  EVIDENCE: EvidenceQuestion,
};

export const QUESTION_TYPES = [
  ChoiceQuestion,
  ShortAnswerQuestion,
  OrderingQuestion,
  MatchingQuestion,
  EvidenceQuestion,
];

export function toQuestion(row: ItemRow): Question {
  const kind = row.kind as QuestionKind;
  return Object.assign(new KIND_TYPES[kind](), {
    id: encodeId("Question", row.id),
    dbId: row.id,
    kind,
    prompt: row.prompt,
    points: row.points,
    skill: row.skill as HistoricalSkill | null,
    paragraphNumbers: row.paragraphNumbers,
    maxLength: row.maxLength,
    claim: row.claim,
    minSelections: row.minSelections,
    maxSelections: row.maxSelections,
  });
}

export const toChoice = (row: OptionRow): Choice =>
  Object.assign(new Choice(), { id: encodeId("Choice", row.id), text: row.text });

/** The options of one role, as choices. */
export const choicesOf = (rows: readonly OptionRow[], role: OptionRow["role"]): Choice[] =>
  rows.filter((row) => row.role === role).map(toChoice);
