import { Field, ID, Int, ObjectType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { Citation } from "./citations.js";

@ObjectType({
  description:
    "A place in the published lessons that cites a document: a question or exercise about its paragraphs, a step that sends the student to them, or a step, question or exercise whose text names it (its archive address or its title in quotation marks).",
})
export class DocumentCitation {
  @Field(() => String) lessonSlug!: string;
  @Field(() => String) lessonTitle!: string;
  @Field(() => String, { description: "The lesson step that cites it, or that holds the item." })
  stepTitle!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The citing Question's or Exercise's id; null where a step's own text cites.",
  })
  itemId!: string | null;
  @Field(() => String, { nullable: true, description: "The citing question's prompt." })
  prompt!: string | null;
  @Field(() => [Int], {
    description:
      "The document's paragraphs cited: the item's or step's own, or those a quotation beside the citation comes from (empty where the document is cited as a whole).",
  })
  paragraphNumbers!: number[];
}

export const toDocumentCitation = ({ source, paragraphNumbers }: Citation): DocumentCitation =>
  Object.assign(new DocumentCitation(), {
    lessonSlug: source.lessonSlug,
    lessonTitle: source.lessonTitle,
    stepTitle: source.stepTitle,
    itemId:
      source.itemId === null
        ? null
        : encodeId(source.itemKind === "EXERCISE" ? "Exercise" : "Question", source.itemId),
    prompt: source.prompt,
    paragraphNumbers,
  });
