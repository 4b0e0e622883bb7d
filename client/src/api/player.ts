import { graphql } from "./generated/gql.js";
import type { PlayerAttemptFieldsFragment, PlayerLessonQuery as PlayerLessonResult } from "./generated/graphql.js";

/** A lesson with everything the player shows: steps, questions, exercises and the document's paragraphs. */
export const PlayerLessonQuery = graphql(`
  query PlayerLesson($slug: String!) {
    lesson(slug: $slug) {
      id slug title summary estimatedMinutes
      document {
        slug title
        paragraphs { number text notes { id kind start end } }
      }
      steps {
        id position kind title body paragraphNumbers
        questionSet {
          id title
          questions {
            id kind prompt points paragraphNumbers
            ... on ChoiceQuestion { choices { id text } }
            ... on ShortAnswerQuestion { maxLength }
            ... on OrderingQuestion { items { id text } }
            ... on MatchingQuestion { left { id text } right { id text } }
            ... on EvidenceQuestion { claim minSelections maxSelections }
          }
        }
        exercise {
          id slug title prompt guidance paragraphNumbers minEvidence points
          claims { id text }
          rubric { id title description levels { score label descriptor } }
        }
      }
    }
  }
`);

/** The assignment a student opens: which lesson, when it is due, when feedback shows. */
export const PlayerAssignmentQuery = graphql(`
  query PlayerAssignment($id: ID!) {
    assignment(id: $id) {
      id dueAt feedback
      classroom { id name }
      lesson { slug title }
    }
  }
`);

/** The viewer's attempts, to find an open practice attempt at a lesson without starting a new one. */
export const PlayerOpenAttemptsQuery = graphql(`
  query PlayerOpenAttempts {
    myAttempts { id status lesson { slug } assignment { id } }
  }
`);

export const PlayerAttemptFields = graphql(`
  fragment PlayerAttemptFields on Attempt {
    id status submittedAt late score maxScore
    responses {
      itemId revision
      answer { choiceIds text order claimId claim pairs { leftId rightId } evidence { paragraphNumber start end } }
      feedback {
        correct score maxScore message needsReview teacherComment
        rubricScores { criterionId score }
        expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { paragraphNumber start end } }
      }
    }
  }
`);

export const PlayerStartAttempt = graphql(`
  mutation PlayerStartAttempt($lessonSlug: String!, $assignmentId: ID) {
    startAttempt(lessonSlug: $lessonSlug, assignmentId: $assignmentId) { ...PlayerAttemptFields }
  }
`);

/** A submitted attempt read again, with the feedback the submit unlocked. */
export const PlayerAttemptQuery = graphql(`
  query PlayerAttempt($id: ID!) {
    attempt(id: $id) { ...PlayerAttemptFields }
  }
`);

export const PlayerSaveResponse = graphql(`
  mutation PlayerSaveResponse($attemptId: ID!, $itemId: ID!, $answer: AnswerInput!, $revision: Int!) {
    saveResponse(attemptId: $attemptId, itemId: $itemId, answer: $answer, revision: $revision) {
      itemId revision
      feedback {
        correct score maxScore message needsReview teacherComment
        rubricScores { criterionId score }
        expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { paragraphNumber start end } }
      }
    }
  }
`);

export const PlayerSubmitAttempt = graphql(`
  mutation PlayerSubmitAttempt($attemptId: ID!) {
    submitAttempt(attemptId: $attemptId) { id status }
  }
`);

export type PlayerLesson = NonNullable<PlayerLessonResult["lesson"]>;
export type PlayerStep = PlayerLesson["steps"][number];
export type PlayerQuestion = NonNullable<PlayerStep["questionSet"]>["questions"][number];
export type PlayerExercise = NonNullable<PlayerStep["exercise"]>;
export type PlayerParagraph = PlayerLesson["document"]["paragraphs"][number];
export type PlayerAttempt = PlayerAttemptFieldsFragment;
export type PlayerResponse = PlayerAttempt["responses"][number];
export type PlayerFeedback = NonNullable<PlayerResponse["feedback"]>;
export type PlayerAnswer = PlayerResponse["answer"];
