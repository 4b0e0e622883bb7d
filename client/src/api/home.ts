import { graphql } from "./generated/gql.js";

export const HomeQuery = graphql(`
  query Home($slug: String!) {
    document(slug: $slug) {
      slug title date summary archivalReference translator paragraphCount
      lessons { slug title summary estimatedMinutes skills }
    }
  }
`);
