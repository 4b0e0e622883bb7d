import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { DocumentLoaders } from "../../documents/documents.loaders.js";
import { EvidenceSource, evidenceSources } from "../evidence-sources.js";
import type { QuestionsContext } from "../questions.context.js";
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

@Resolver(() => EvidenceQuestion)
export class EvidenceQuestionResolver {
  @FieldResolver(() => [EvidenceSource], {
    description:
      "The documents the student may select passages from: first the question's own (its paragraphNumbers), then each other document it offers, in order. A selection in another document names it (EvidenceInput.documentSlug).",
  })
  async sources(
    @Root() question: EvidenceQuestion,
    @Ctx() { loaders }: QuestionsContext & { loaders: { documents: DocumentLoaders } },
  ): Promise<EvidenceSource[]> {
    return evidenceSources(loaders, question);
  }
}

export const evidenceQuestion: QuestionKindType = {
  kinds: [QuestionKind.EVIDENCE],
  type: EvidenceQuestion,
  resolver: EvidenceQuestionResolver,
};
