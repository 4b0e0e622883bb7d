import { request } from "./client.js";
import { graphql } from "./generated/gql.js";
import type {
  AnswerInput,
  PlayerAttemptFieldsFragment,
  PlayerSaveResponseMutation,
} from "./generated/graphql.js";

// Declared for codegen only: the attempt operations below spread it.
graphql(`
  fragment PlayerAttemptFields on Attempt {
    id status submittedAt late score maxScore autoScore autoMaxScore pendingReviewPoints dueAt returnedAt teacherComment
    responses {
      itemId revision triesUsed triesLeft maxTries locked
      answer { choiceIds text order claimId claim contextFacts pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }
      feedback {
        correct score maxScore messageHtml needsReview teacherComment
        rubricScores { criterionId score }
        expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }
      }
    }
  }
`);

const PlayerStartAttempt = graphql(`
  mutation PlayerStartAttempt($lessonSlug: String!, $assignmentId: ID) {
    startAttempt(lessonSlug: $lessonSlug, assignmentId: $assignmentId) { ...PlayerAttemptFields }
  }
`);

/**
 * The viewer's open attempts at a lesson, to resume practice without starting any; a lesson's
 * HTML brings the answer for a visitor with a session (server/src/http/first-page-personal.ts).
 */
const PlayerOpenPracticeQuery = graphql(`
  query PlayerOpenPractice($lessonSlug: String!) {
    myAttempts(lessonSlug: $lessonSlug, status: IN_PROGRESS) { ...PlayerAttemptFields assignment { id } }
  }
`);

/** A submitted attempt read again, with the feedback the submit unlocked. */
const PlayerAttemptQuery = graphql(`
  query PlayerAttempt($id: ID!) {
    attempt(id: $id) { ...PlayerAttemptFields }
  }
`);

const PlayerSaveResponse = graphql(`
  mutation PlayerSaveResponse($attemptId: ID!, $itemId: ID!, $answer: AnswerInput!, $revision: Int!) {
    saveResponse(attemptId: $attemptId, itemId: $itemId, answer: $answer, revision: $revision) {
      ...PlayerResponseFields
    }
  }
`);

// Declared for codegen only: what a save, a check and giving up return.
graphql(`
  fragment PlayerResponseFields on Response {
    itemId revision triesUsed triesLeft maxTries locked
    feedback {
      correct score maxScore messageHtml needsReview teacherComment
      rubricScores { criterionId score }
      expected { choiceIds text order claimId claim pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } attributions { segmentId voiceId } }
    }
  }
`);

const PlayerCheckResponse = graphql(`
  mutation PlayerCheckResponse($attemptId: ID!, $itemId: ID!, $revision: Int!) {
    checkResponse(attemptId: $attemptId, itemId: $itemId, revision: $revision) { ...PlayerResponseFields }
  }
`);

const PlayerRevealResponse = graphql(`
  mutation PlayerRevealResponse($attemptId: ID!, $itemId: ID!) {
    revealResponse(attemptId: $attemptId, itemId: $itemId) { ...PlayerResponseFields }
  }
`);

const PlayerSubmitAttempt = graphql(`
  mutation PlayerSubmitAttempt($attemptId: ID!) {
    submitAttempt(attemptId: $attemptId) { id status }
  }
`);

export type PlayerAttempt = PlayerAttemptFieldsFragment;
export type PlayerFeedback = NonNullable<PlayerAttempt["responses"][number]["feedback"]>;
export type SavedResponse = PlayerSaveResponseMutation["saveResponse"];

/** The viewer's open practice attempt at the lesson; null if none (looking, unlike startAttempt, starts nothing). */
export async function openPractice(lessonSlug: string): Promise<PlayerAttempt | null> {
  const { myAttempts } = await request(PlayerOpenPracticeQuery, { lessonSlug });
  return myAttempts.find((attempt) => !attempt.assignment) ?? null;
}

/** The viewer's open attempt at the lesson (or assignment), started if there is none. */
export async function startAttempt(
  lessonSlug: string,
  assignmentId: string | null,
): Promise<PlayerAttempt> {
  return (await request(PlayerStartAttempt, { lessonSlug, assignmentId })).startAttempt;
}

/** The attempt read again; null when it cannot be read. */
export async function fetchAttempt(id: string): Promise<PlayerAttempt | null> {
  return (await request(PlayerAttemptQuery, { id })).attempt ?? null;
}

/** Saves one answer as the item's given revision; the server answers with the revision it holds. */
export async function saveResponse(
  attemptId: string,
  save: { itemId: string; answer: AnswerInput; revision: number },
): Promise<SavedResponse> {
  return (await request(PlayerSaveResponse, { attemptId, ...save })).saveResponse;
}

/** Tries mode: checks the saved answer at that revision, spending a try. */
export async function checkResponse(
  attemptId: string,
  itemId: string,
  revision: number,
): Promise<SavedResponse> {
  return (await request(PlayerCheckResponse, { attemptId, itemId, revision })).checkResponse;
}

/** Tries mode: gives up on the item; it locks and shows the answer. */
export async function revealResponse(attemptId: string, itemId: string): Promise<SavedResponse> {
  return (await request(PlayerRevealResponse, { attemptId, itemId })).revealResponse;
}

/** Hands the attempt in; resolves to its new status. */
export async function submitAttempt(attemptId: string): Promise<PlayerAttempt["status"]> {
  return (await request(PlayerSubmitAttempt, { attemptId })).submitAttempt.status;
}
