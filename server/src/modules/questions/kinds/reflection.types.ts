import { Field, Int, ObjectType } from "type-graphql";
import { Question, QuestionKind } from "../questions.types.js";
import type { QuestionKindType } from "./kind-type.js";

@ObjectType({
  implements: Question,
  description:
    "A reflection: the student writes what they think. There is no key; worth 0 points (read by the teacher, never marked) unless its author gives it points.",
})
export class ReflectionQuestion extends Question {
  @Field(() => Int) maxLength!: number;
}

export const reflectionQuestion: QuestionKindType = {
  kinds: [QuestionKind.REFLECTION],
  type: ReflectionQuestion,
};
