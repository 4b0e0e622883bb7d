import { request } from "./client.js";
import { prefetchPublic, publicRequest } from "./public-read.js";
import { graphql } from "./generated/gql.js";
import type {
  PlayerAssignmentQuery as PlayerAssignmentResult,
  PlayerLessonQuery as PlayerLessonResult,
} from "./generated/graphql.js";

/** The documents an evidence question or exercise offers, its own first, with the paragraphs offered. */
graphql(`
  fragment EvidenceSources on EvidenceSource {
    document { slug title shortTitle }
    paragraphNumbers
    paragraphs { number text notes { id kind start end } }
  }
`);

/** A lesson with everything the player shows: steps, questions, exercises and the document's paragraphs. */
const PlayerLessonQuery = graphql(`
  query PlayerLesson($slug: String!) {
    lesson(slug: $slug) {
      id slug title summary estimatedMinutes
      document {
        slug title
        paragraphs { number text notes { id kind start end } }
      }
      steps {
        id position kind title bodyHtml paragraphNumbers
        questionSet {
          id title
          questions {
            id kind prompt points paragraphNumbers
            ... on ChoiceQuestion { choices { id text } }
            ... on ShortAnswerQuestion { maxLength }
            ... on OrderingQuestion { items { id text } }
            ... on MatchingQuestion { left { id text } right { id text } }
            ... on EvidenceQuestion {
              claim minSelections maxSelections
              sources { ...EvidenceSources }
            }
            ... on ReflectionQuestion { maxLength }
            ... on AttributionQuestion { segments { id paragraphNumber start end text } voices { id label } }
          }
        }
        exercise {
          id slug title prompt promptHtml guidanceHtml paragraphNumbers minEvidence points
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

/** The assignment a student opens: which lesson, when it is due, when feedback shows. */
const PlayerAssignmentQuery = graphql(`
  query PlayerAssignment($id: ID!) {
    assignment(id: $id) {
      id dueAt myDueAt feedback
      classroom { id name paused }
      lesson { slug title }
    }
  }
`);

export type PlayerLesson = NonNullable<PlayerLessonResult["lesson"]>;
export type PlayerStep = PlayerLesson["steps"][number];
export type PlayerQuestion = NonNullable<PlayerStep["questionSet"]>["questions"][number];
export type PlayerExercise = NonNullable<PlayerStep["exercise"]>;
export type PlayerAssignment = NonNullable<PlayerAssignmentResult["assignment"]>;

/** The lesson with everything the player shows; null when there is no such lesson. */
export async function fetchPlayerLesson(slug: string): Promise<PlayerLesson | null> {
  return (await publicRequest(PlayerLessonQuery, { slug })).lesson ?? null;
}

/** Fetches the lesson for the player's next `fetchPlayerLesson(slug)`. */
export const prefetchPlayerLesson = (slug: string) => prefetchPublic(PlayerLessonQuery, { slug });

/** The assignment, if the viewer may open it (a student of its class); null otherwise. */
export async function fetchPlayerAssignment(id: string): Promise<PlayerAssignment | null> {
  return (await request(PlayerAssignmentQuery, { id })).assignment ?? null;
}
