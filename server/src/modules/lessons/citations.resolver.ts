import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Document } from "../documents/documents.types.js";
import { citationsOf } from "./citations.js";
import { DocumentCitation, toDocumentCitation } from "./citations.types.js";
import type { LessonsContext } from "./lessons.resolver.js";

@Resolver(() => Document)
export class DocumentCitationsResolver {
  @FieldResolver(() => [DocumentCitation], {
    description: "Where the published lessons cite this document, in course order.",
  })
  async citedBy(
    @Root() document: Document,
    @Ctx() { loaders }: LessonsContext,
  ): Promise<DocumentCitation[]> {
    const [sources, paragraphs] = await Promise.all([
      loaders.lessons.citationSources.load("all"),
      loaders.documents.paragraphsByDocument.load(document.dbId),
    ]);
    return citationsOf(
      {
        id: document.dbId,
        title: document.title,
        addresses: [document.sourceUrl, document.displayUrl],
        paragraphs,
      },
      sources,
    ).map(toDocumentCitation);
  }
}
