import { Field, Int, ObjectType } from "type-graphql";
import { Question, QuestionKind } from "../questions.types.js";
import type { QuestionKindType } from "./kind-type.js";

@ObjectType({
  implements: Question,
  description:
    "Free text; scored by a teacher, or against accepted answers where the set has them.",
})
export class ShortAnswerQuestion extends Question {
  @Field(() => Int) maxLength!: number;
}

export const shortAnswerQuestion: QuestionKindType = {
  kinds: [QuestionKind.SHORT_ANSWER],
  type: ShortAnswerQuestion,
};
