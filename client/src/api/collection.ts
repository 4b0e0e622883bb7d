import { publicRequest } from "./public-read.js";
import { graphql } from "./generated/gql.js";
import type { DocumentInCollectionQuery as Result } from "./generated/graphql.js";

/** Where a document stands in the collection: whose record it is, and which lessons cite it. */
const DocumentInCollectionQuery = graphql(`
  query DocumentInCollection($slug: String!) {
    document(slug: $slug) {
      slug origin imported
      citedBy { lessonSlug lessonTitle stepTitle itemId prompt paragraphNumbers }
    }
  }
`);

export type DocumentInCollection = NonNullable<Result["document"]>;
export type DocumentCitation = DocumentInCollection["citedBy"][number];

export async function fetchDocumentInCollection(
  slug: string,
): Promise<DocumentInCollection | null> {
  return (await publicRequest(DocumentInCollectionQuery, { slug })).document ?? null;
}
