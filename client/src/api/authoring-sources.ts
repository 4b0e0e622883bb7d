// What the editor's "Passages from other documents" needs: the collection's documents, and the
// paragraphs of one of them to pick passages in.
import { request } from "./client.js";
import { graphql } from "./generated/gql.js";

const AuthoringDocuments = graphql(`
  query AuthoringDocuments {
    documents { slug title date }
  }
`);

const AuthoringSourceDocument = graphql(`
  query AuthoringSourceDocument($slug: String!) {
    document(slug: $slug) {
      slug title
      paragraphs { number text notes { id kind start end } }
    }
  }
`);

export const fetchAuthoringDocuments = async () => (await request(AuthoringDocuments)).documents;
export const fetchSourceDocument = async (slug: string) =>
  (await request(AuthoringSourceDocument, { slug })).document ?? null;
