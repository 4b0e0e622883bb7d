import type { QuestionKind, Question } from "../questions.types.js";

/** One question kind's GraphQL side: the kinds it serves, its object type and its field resolvers. */
export interface QuestionKindType {
  readonly kinds: readonly QuestionKind[];
  readonly type: new () => Question;
  /** The resolver class of the type's fields that read options, if it has any. */
  readonly resolver?: new () => object;
}
