import { graphql } from "./generated/gql.js";

/** Everything the reader shows: the text, its editorial notes, and the people and terms it names. */
export const ReaderDocumentQuery = graphql(`
  query ReaderDocument($slug: String!) {
    document(slug: $slug) {
      id slug title date summary citation displayUrl archivalReference translator originalLanguage paragraphCount
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
