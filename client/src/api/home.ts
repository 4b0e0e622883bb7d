import { request } from "./client.js";
import { graphql } from "./generated/gql.js";
import type { HomeQuery as HomeResult } from "./generated/graphql.js";

const HomeQuery = graphql(`
  query Home($slug: String!) {
    document(slug: $slug) {
      slug title date summary archivalReference translator paragraphCount
      lessons { slug title summary estimatedMinutes skills }
    }
  }
`);

export type HomeDocument = NonNullable<HomeResult["document"]>;

/** The document the home page introduces, with its lessons; null when there is none. */
export async function fetchHome(slug: string): Promise<HomeDocument | null> {
  return (await request(HomeQuery, { slug })).document ?? null;
}
