import { request } from "./client.js";
import { graphql } from "./generated/gql.js";

/**
 * An earlier version's lesson, to read its attempts' answers against: the fields of the
 * TeacherAssignment query's `lesson`, written out again because they cannot share a fragment
 * (a spread counts as a level against the API's depth limit, and that query is at its deepest).
 */
const TeacherVersionLesson = graphql(`
  query TeacherVersionLesson($slug: String!) {
    lesson(slug: $slug) {
      slug title
      document { slug paragraphs { number text } }
      steps {
        questionSet {
          questions {
            id kind
            ... on ChoiceQuestion { choices { id text } }
            ... on OrderingQuestion { items { id text } }
            ... on MatchingQuestion { left { id text } right { id text } }
            ... on EvidenceQuestion { claim sources { ...EvidenceSources } }
            ... on AttributionQuestion { segments { id paragraphNumber text } voices { id label } }
          }
        }
        exercise {
          id slug
          claims { id text }
          sources { ...EvidenceSources }
          ownClaim { label }
          contextFacts { count prompt }
          rubric { id title description levels { score label descriptor } }
        }
      }
    }
  }
`);

/** The lesson of a version of a teacher's set (null: none by that slug). */
export const fetchVersionLesson = async (slug: string) =>
  (await request(TeacherVersionLesson, { slug })).lesson ?? null;
