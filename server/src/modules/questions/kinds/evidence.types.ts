import { Field, Int, ObjectType } from "type-graphql";
import { Question, QuestionKind } from "../questions.types.js";
import type { QuestionKindType } from "./kind-type.js";

@ObjectType({
  implements: Question,
  description: "Select the passages of the document that support (or undercut) a claim.",
})
export class EvidenceQuestion extends Question {
  @Field(() => String) claim!: string;
  @Field(() => Int) minSelections!: number;
  @Field(() => Int) maxSelections!: number;
}

export const evidenceQuestion: QuestionKindType = {
  kinds: [QuestionKind.EVIDENCE],
  type: EvidenceQuestion,
};
