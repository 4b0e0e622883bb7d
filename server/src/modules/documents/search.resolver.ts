import { Arg, Ctx, Extensions, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { DocumentsContext } from "./documents.resolver.js";
import { Document, toDocument, toParagraph } from "./documents.types.js";
import { SEARCH_MAX_FIRST, searchParagraphs } from "./search.service.js";
import { SearchConnection, SearchEdge, SearchHit, SearchPageInfo } from "./search.types.js";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: `Anyone: full-text search over every document's paragraphs (English stemming; "quoted phrases", -excluded words and 'or' work), best match first, then by document and paragraph number. \`first\`: 1 to ${SEARCH_MAX_FIRST}. An empty query, or one of common words only, is BAD_USER_INPUT.`,
  })
  @Extensions({ policy: "documents.anyone" })
  async search(
    @Arg("query", () => String) query: string,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("documentSlug", () => String, {
      nullable: true,
      description: "Only this document's paragraphs (an unknown slug finds nothing).",
    })
    documentSlug: string | null,
    @Ctx() { db }: DocumentsContext,
  ): Promise<SearchConnection> {
    const page = await searchParagraphs(db, {
      query,
      first: first ?? 20,
      after: after ?? null,
      documentSlug: documentSlug ?? null,
    });
    const edges = page.hits.map((hit) =>
      Object.assign(new SearchEdge(), {
        cursor: hit.cursor,
        node: Object.assign(new SearchHit(), {
          documentDbId: hit.documentId,
          paragraph: toParagraph(hit.paragraph),
          rank: hit.rank,
          ranges: hit.ranges,
        }),
      }),
    );
    return Object.assign(new SearchConnection(), {
      edges,
      pageInfo: Object.assign(new SearchPageInfo(), {
        hasNextPage: page.hasNextPage,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    });
  }

  @FieldResolver(() => Document)
  async document(@Root() hit: SearchHit, @Ctx() { loaders }: DocumentsContext): Promise<Document> {
    return toDocument((await loaders.documents.documentById.load(hit.documentDbId))!);
  }
}
