import { graphql } from "./generated/gql.js";

/** The lesson an assignment's answers are read against (the assignment's, or an earlier version). */
graphql(`
  fragment TeacherLessonFields on Lesson {
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
`);
