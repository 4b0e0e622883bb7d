import { request } from "./client.js";
import { graphql } from "./generated/gql.js";
import type { SearchDocumentsQuery as SearchResult } from "./generated/graphql.js";

/** Full-text search over every document (or one): the hits, best first, with the words that match. */
const SearchDocumentsQuery = graphql(`
  query SearchDocuments($query: String!, $first: Int, $after: String, $documentSlug: String) {
    search(query: $query, first: $first, after: $after, documentSlug: $documentSlug) {
      edges {
        cursor
        node {
          rank
          ranges { start end }
          document { id slug title date }
          paragraph { id number text }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export type SearchPage = SearchResult["search"];
export type SearchHit = SearchPage["edges"][number]["node"];

/** One page of hits for the query; throws ApiError (BAD_USER_INPUT for a query with no word to find). */
export async function searchDocuments(variables: {
  query: string;
  first?: number;
  after?: string | null;
  documentSlug?: string | null;
}): Promise<SearchPage> {
  return (await request(SearchDocumentsQuery, variables)).search;
}
