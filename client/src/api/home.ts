import { prefetchPublic, publicRequest } from "./public-read.js";
import { graphql } from "./generated/gql.js";
import type { HomeQuery as HomeResult } from "./generated/graphql.js";

const HomeQuery = graphql(`
  query Home($slug: String!) {
    document(slug: $slug) {
      slug title date summary archivalReference translator paragraphCount
      lessons { slug title summary estimatedMinutes skills }
    }
    documents { slug title date summary origin originalLanguage imported }
  }
`);

export type HomeDocument = NonNullable<HomeResult["document"]>;
export type CollectionDocument = HomeResult["documents"][number];

/** Fetches the home page's read for its next `fetchHome(slug)`. */
export const prefetchHome = (slug: string) => prefetchPublic(HomeQuery, { slug });

/** The document the home page introduces, with its lessons; null when there is none. */
export async function fetchHome(
  slug: string,
): Promise<{ record: HomeDocument | null; documents: CollectionDocument[] }> {
  const data = await publicRequest(HomeQuery, { slug });
  return { record: data.document ?? null, documents: data.documents };
}
