import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { DocumentLoaders } from "../documents/documents.loaders.js";
import { Document, Paragraph, toDocument, toParagraph } from "../documents/documents.types.js";
import type { QuestionLoaders } from "./questions.loaders.js";

// The documents an evidence question or exercise offers passages from: its own, then any others
// its content lists (item_sources). Two queries per request, whatever the number of items.

@ObjectType({
  description:
    "A document an evidence question or exercise offers passages from, with the paragraphs it shows of it.",
})
export class EvidenceSource {
  @Field(() => Document) document!: Document;
  @Field(() => [Int], { description: "The paragraphs offered, in reading order." })
  paragraphNumbers!: number[];
}

@Resolver(() => EvidenceSource)
export class EvidenceSourceResolver {
  @FieldResolver(() => [Paragraph], {
    description:
      "The paragraphs offered (paragraphNumbers), with their text and notes, to select passages from.",
  })
  async paragraphs(
    @Root() source: EvidenceSource,
    @Ctx() { loaders }: { loaders: { documents: DocumentLoaders } },
  ): Promise<Paragraph[]> {
    const rows = await loaders.documents.paragraphsByDocument.load(source.document.dbId);
    return rows.filter((row) => source.paragraphNumbers.includes(row.number)).map(toParagraph);
  }
}

/** The item's own document with its paragraphs, then each other document it offers, in order. */
export async function evidenceSources(
  loaders: { questions: QuestionLoaders; documents: DocumentLoaders },
  item: { dbId: string; documentId: string; paragraphNumbers: number[] },
): Promise<EvidenceSource[]> {
  const others = await loaders.questions.sourcesByItem.load(item.dbId);
  const documents = await loaders.documents.documentById.loadMany([
    item.documentId,
    ...others.map((source) => source.documentId),
  ]);
  const paragraphs = [item.paragraphNumbers, ...others.map((source) => source.paragraphNumbers)];
  return documents.map((row, index) => {
    if (!row || row instanceof Error)
      throw new Error(`item ${item.dbId} offers a missing document`);
    return Object.assign(new EvidenceSource(), {
      document: toDocument(row),
      paragraphNumbers: paragraphs[index]!,
    });
  });
}
