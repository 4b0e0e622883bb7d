import { prefetch, request } from "./client.js";
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
  return (await request(ReaderDocumentQuery, { slug })).document ?? null;
}

/** Starts the reader's query before its page has loaded (see router/prefetch.ts). */
export const prefetchReaderDocument = (slug: string) => prefetch(ReaderDocumentQuery, { slug });
