import { Field, Float, ID, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { OptionRow } from "./questions.sql.js";

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
  REFLECTION = "REFLECTION",
  ATTRIBUTION = "ATTRIBUTION",
}

registerEnumType(QuestionKind, { name: "QuestionKind" });

@ObjectType()
export class Choice {
  @Field(() => ID) id!: string;
  @Field(() => String) text!: string;
}

@InterfaceType({
  description: "Anything a student answers. Answer keys are never part of a question.",
})
export abstract class Question {
  @Field(() => ID) id!: string;
  @Field(() => QuestionKind) kind!: QuestionKind;
  @Field(() => String) prompt!: string;
  @Field(() => Float) points!: number;
  @Field(() => HistoricalSkill, { nullable: true }) skill!: HistoricalSkill | null;
  @Field(() => [Int]) paragraphNumbers!: number[];
  dbId!: string;
  /** The item's own document. */
  documentId!: string;
}

export const toChoice = (row: OptionRow): Choice =>
  Object.assign(new Choice(), { id: encodeId("Choice", row.id), text: row.text });

/** The options of one role, as choices. */
export const choicesOf = (rows: readonly OptionRow[], role: OptionRow["role"]): Choice[] =>
  rows.filter((row) => row.role === role).map(toChoice);
