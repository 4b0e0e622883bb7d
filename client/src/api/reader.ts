import { prefetchPublic, publicRequest } from "./public-read.js";
import { graphql } from "./generated/gql.js";
import type { ReaderDocumentQuery as ReaderDocumentResult } from "./generated/graphql.js";

/** Everything the reader shows: the text, its editorial notes, and the people and terms it names. */
const ReaderDocumentQuery = graphql(`
  query ReaderDocument($slug: String!) {
    document(slug: $slug) {
      id slug title date summary citation displayUrl archivalReference translator originalLanguage paragraphCount
      origin imported
      paragraphs {
        id number text authorText
        notes { id kind quote start end explanation parentId }
      }
      people {
        id slug name role description identified paragraphNumbers
        mentions { paragraphNumber start end }
      }
      glossary {
        id slug term definition paragraphNumbers
        mentions { paragraphNumber start end }
      }
    }
  }
`);

export type ReaderDocument = NonNullable<ReaderDocumentResult["document"]>;

/** The document with its notes, people and terms; null when the server has no document with this slug. */
export async function fetchReaderDocument(slug: string): Promise<ReaderDocument | null> {
  return (await publicRequest(ReaderDocumentQuery, { slug })).document ?? null;
}

/** Fetches the document for the reader's next `fetchReaderDocument(slug)`. */
export const prefetchReaderDocument = (slug: string) =>
  prefetchPublic(ReaderDocumentQuery, { slug });
