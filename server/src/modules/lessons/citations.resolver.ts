import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ContentCache } from "../../content/content-cache.js";
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
    @Ctx() { loaders, contentCache }: LessonsContext & { contentCache: ContentCache },
  ): Promise<DocumentCitation[]> {
    // Public content: worked out once per content version (an import or a sync bumps it).
    const citations = await contentCache.get(`citations:${document.dbId}`, async () => {
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
      );
    });
    return citations.map(toDocumentCitation);
  }
}
