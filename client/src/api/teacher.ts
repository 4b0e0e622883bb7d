import { request } from "./client.js";
import { graphql } from "./generated/gql.js";
import { fetchVersionLesson } from "./teacher-lesson.js";
import type { FeedbackTiming, RubricScoreInput } from "./generated/graphql.js";

/**
 * The teacher's classes with rosters and assignments, and the lessons they can assign. No
 * sign-in codes: this page shows the join code, often on a projector.
 */
const TeacherDashboardQuery = graphql(`
  query TeacherDashboard {
    myClasses {
      id name joinCode archived
      students { id displayName inactive }
      lmsRoster { linked canSync lastSyncedAt }
      assignments {
        id dueAt feedback createdAt attemptCount
        lesson { slug title }
        attempts { id status }
      }
    }
    lessons { slug title estimatedMinutes }
  }
`);

const TeacherCreateClass = graphql(`
  mutation TeacherCreateClass($name: String!) {
    createClass(name: $name) { id }
  }
`);

const TeacherResetJoinCode = graphql(`
  mutation TeacherResetJoinCode($classId: ID!) {
    resetJoinCode(classId: $classId) { id joinCode }
  }
`);

const TeacherResetSignInCode = graphql(`
  mutation TeacherResetSignInCode($classId: ID!, $studentId: ID!) {
    resetSignInCode(classId: $classId, studentId: $studentId) { id }
  }
`);

/** One student's sign-in code, asked for when the teacher shows it. */
const TeacherStudentSignInCode = graphql(`
  query TeacherStudentSignInCode($classId: ID!, $studentId: ID!) {
    classroom(id: $classId) { id student(id: $studentId) { id displayName signInCode } }
  }
`);

/** Everything a sheet of sign-in slips prints: the class, and each student's code. */
const TeacherSignInSlips = graphql(`
  query TeacherSignInSlips($classId: ID!) {
    viewer { id role }
    classroom(id: $classId) {
      id name
      teacher { id displayName }
      students { id displayName signInCode }
    }
  }
`);

const TeacherAssignLesson = graphql(`
  mutation TeacherAssignLesson($classId: ID!, $lessonSlug: String!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {
    assignLesson(classId: $classId, lessonSlug: $lessonSlug, dueAt: $dueAt, feedback: $feedback) { id }
  }
`);

const TeacherUpdateAssignment = graphql(`
  mutation TeacherUpdateAssignment($assignmentId: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {
    updateAssignment(assignmentId: $assignmentId, dueAt: $dueAt, feedback: $feedback) { id dueAt feedback }
  }
`);

/**
 * One assignment for its teacher: every attempt with its answers, the statistics, the keys,
 * and what is needed to show answers readably (option texts, claims, rubrics, paragraphs).
 */
const TeacherAssignmentQuery = graphql(`
  query TeacherAssignment($id: ID!, $lessonSlug: String) {
    viewer { id role }
    assignment(id: $id) {
      id dueAt feedback counts
      extensions { studentId dueAt }
      classroom { id name students { id displayName inactive } }
      lesson {
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
      attempts {
        lesson { slug }
        id status score maxScore autoScore autoMaxScore pendingReviewPoints late startedAt submittedAt dueAt closedByDueDate returnedAt teacherComment
        student { id displayName }
        responses {
          id itemId revision triesUsed maxTries locked
          answer { choiceIds text order pairs { leftId rightId } evidence { documentSlug paragraphNumber start end } claimId claim contextFacts attributions { segmentId voiceId } }
          feedback {
            correct score maxScore messageHtml needsReview teacherComment
            rubricScores { criterionId score }
          }
        }
      }
      itemStatistics(lessonSlug: $lessonSlug) {
        itemId prompt responses facility discrimination meanTries firstTryRight
        criteria { criterionId title scored facility }
      }
      misconceptions(lessonSlug: $lessonSlug) {
        misconception { id name belief habit reteach }
        studentCount
        students { studentId name }
        items { itemId number prompt studentCount students { studentId name } }
      }
      review(lessonSlug: $lessonSlug) {
        items {
          itemId kind prompt points explanationHtml
          choices { choiceId text correct explanationHtml }
          order { id text }
          pairs { left { id text } right { id text } explanation explanationHtml }
          acceptedAnswers scoringGuideHtml
          targets { documentSlug document { slug shortTitle } paragraphNumber start end quote note role countsForRecall claims { id text } }
          attributions { segment { id paragraphNumber start end text } voice { id label } explanation explanationHtml }
          exemplars { title claim levels { criterionId score } text commentary }
        }
      }
    }
  }
`);

/** Any teacher: a lesson's keys (the shape of Assignment.review), for the printable key. */
const LessonKeyQuery = graphql(`
  query LessonKey($slug: String!) {
    lessonKey(slug: $slug) {
      items {
        itemId kind prompt points explanationHtml
        choices { choiceId text correct explanationHtml misconception { id name } }
        order { id text }
        pairs { left { id text } right { id text } explanation explanationHtml }
        acceptedAnswers scoringGuideHtml
        targets { documentSlug document { slug shortTitle } paragraphNumber start end quote note role countsForRecall claims { id text } }
        attributions { segment { id paragraphNumber start end text } voice { id label } explanation explanationHtml }
        exemplars { title claim levels { criterionId score } text commentary }
        misconceptions
      }
      steps { stepId minutes }
      totalMinutes
    }
  }
`);

/** What the teacher guide shows beside the player's lesson: its objectives and skills. */
const TeacherGuideLessonQuery = graphql(`
  query TeacherGuideLesson($slug: String!) {
    lesson(slug: $slug) { slug objectives skills }
  }
`);

const TeacherStartScratchAttempt = graphql(`
  mutation TeacherStartScratchAttempt($lessonSlug: String!, $fresh: Boolean) {
    startScratchAttempt(lessonSlug: $lessonSlug, fresh: $fresh) { ...PlayerAttemptFields }
  }
`);

const TeacherScoreResponse = graphql(`
  mutation TeacherScoreResponse($responseId: ID!, $rubricScores: [RubricScoreInput!], $score: Float, $comment: String) {
    scoreResponse(responseId: $responseId, rubricScores: $rubricScores, score: $score, comment: $comment) {
      id
      feedback { correct score maxScore messageHtml needsReview teacherComment rubricScores { criterionId score } }
    }
  }
`);

const TeacherReopenAttempt = graphql(`
  mutation TeacherReopenAttempt($attemptId: ID!) {
    reopenAttempt(attemptId: $attemptId) { id status }
  }
`);

const TeacherReopenAttempts = graphql(`
  mutation TeacherReopenAttempts($assignmentId: ID!, $closedByDueDateOnly: Boolean) {
    reopenAttempts(assignmentId: $assignmentId, closedByDueDateOnly: $closedByDueDateOnly) { id status }
  }
`);

const TeacherReturnAttempt = graphql(`
  mutation TeacherReturnAttempt($attemptId: ID!, $comment: String) {
    returnAttempt(attemptId: $attemptId, comment: $comment) { id returnedAt teacherComment }
  }
`);

const TeacherExtendAssignment = graphql(`
  mutation TeacherExtendAssignment($assignmentId: ID!, $studentId: ID!, $dueAt: DateTimeISO!) {
    extendAssignment(assignmentId: $assignmentId, studentId: $studentId, dueAt: $dueAt) { id }
  }
`);

const TeacherRenameStudent = graphql(`
  mutation TeacherRenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {
    renameStudent(classId: $classId, studentId: $studentId, displayName: $displayName) { id displayName }
  }
`);

const TeacherMergeStudents = graphql(`
  mutation TeacherMergeStudents($classId: ID!, $studentId: ID!, $duplicateId: ID!) {
    mergeStudents(classId: $classId, studentId: $studentId, duplicateId: $duplicateId) { id }
  }
`);

export const reopenAttempt = async (attemptId: string) =>
  void (await request(TeacherReopenAttempt, { attemptId }));
/** Reopens the assignment's submitted attempts (only those its due date closed, if asked); how many. */
export const reopenAttempts = async (assignmentId: string, closedByDueDateOnly: boolean) =>
  (await request(TeacherReopenAttempts, { assignmentId, closedByDueDateOnly })).reopenAttempts
    .length;
export const returnAttempt = async (attemptId: string, comment: string | null) =>
  void (await request(TeacherReturnAttempt, { attemptId, comment }));
export const extendAssignment = async (assignmentId: string, studentId: string, dueAt: string) =>
  void (await request(TeacherExtendAssignment, { assignmentId, studentId, dueAt }));
export const renameStudent = async (classId: string, studentId: string, displayName: string) =>
  void (await request(TeacherRenameStudent, { classId, studentId, displayName }));
export const mergeStudents = async (classId: string, studentId: string, duplicateId: string) =>
  void (await request(TeacherMergeStudents, { classId, studentId, duplicateId }));

export const fetchTeacherDashboard = () => request(TeacherDashboardQuery);
export const createClass = async (name: string) =>
  void (await request(TeacherCreateClass, { name }));
export const resetJoinCode = async (classId: string) =>
  void (await request(TeacherResetJoinCode, { classId }));
export const resetSignInCode = async (classId: string, studentId: string) =>
  void (await request(TeacherResetSignInCode, { classId, studentId }));
/** A student's sign-in code, or null when the class or the student is not the teacher's. */
export const fetchStudentSignInCode = async (classId: string, studentId: string) =>
  (await request(TeacherStudentSignInCode, { classId, studentId })).classroom?.student
    ?.signInCode ?? null;
export const fetchSignInSlips = (classId: string) => request(TeacherSignInSlips, { classId });
export const assignLesson = async (
  classId: string,
  lessonSlug: string,
  dueAt: string | null,
  feedback: FeedbackTiming,
) => void (await request(TeacherAssignLesson, { classId, lessonSlug, dueAt, feedback }));
export const updateAssignment = async (
  assignmentId: string,
  dueAt: string | null,
  feedback: FeedbackTiming,
) => void (await request(TeacherUpdateAssignment, { assignmentId, dueAt, feedback }));

/** `lessonSlug`: an earlier version of a teacher's set that some attempts began on. */
export async function fetchTeacherAssignment(id: string, lessonSlug: string | null = null) {
  const [data, versionLesson] = await Promise.all([
    request(TeacherAssignmentQuery, { id, lessonSlug }),
    lessonSlug ? fetchVersionLesson(lessonSlug) : null,
  ]);
  return { ...data, versionLesson };
}

/** A teacher's judgement of one response: rubric levels for an exercise, points for anything else. */
export async function scoreResponse(
  responseId: string,
  input: { rubricScores?: RubricScoreInput[]; score?: number; comment: string },
) {
  await request(TeacherScoreResponse, {
    responseId,
    rubricScores: input.rubricScores ?? null,
    score: input.score ?? null,
    comment: input.comment,
  });
}
/** The keys of a lesson for any teacher; null for an unknown lesson. */
export const fetchLessonKey = async (slug: string) =>
  (await request(LessonKeyQuery, { slug })).lessonKey ?? null;

/** A lesson's objectives and skills, for the teacher guide; null for an unknown lesson. */
export const fetchGuideLesson = async (slug: string) =>
  (await request(TeacherGuideLessonQuery, { slug })).lesson ?? null;

/** The teacher's scratch attempt at a lesson ("Try as a student"): the latest, or a fresh one. */
export const startScratchAttempt = async (lessonSlug: string, fresh: boolean) =>
  (await request(TeacherStartScratchAttempt, { lessonSlug, fresh })).startScratchAttempt;
