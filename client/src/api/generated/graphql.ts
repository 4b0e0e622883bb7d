/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** STARTED, SAVED (every autosave), CHECKED (a try spent), SUBMITTED, IDLE (no save for three minutes), RETURNED (a save after IDLE), PAUSED and RESUMED (the class), SCORED (the teacher scored an answer), FEEDBACK_OPENED, DUE_MOVED (the assignment's or one student's due date). */
export type ActivityKind =
  | 'CHECKED'
  | 'DUE_MOVED'
  | 'FEEDBACK_OPENED'
  | 'IDLE'
  | 'PAUSED'
  | 'RESUMED'
  | 'RETURNED'
  | 'SAVED'
  | 'SCORED'
  | 'STARTED'
  | 'SUBMITTED';

/** Fill the fields that fit the item's kind; the server rejects the rest with BAD_USER_INPUT. Incomplete answers are fine while autosaving. */
export type AnswerInput = {
  /** Attribution questions: a voice for each segment marked so far (one per segment). */
  attributions?: Array<AttributionInput> | null | undefined;
  choiceIds?: Array<string | number> | null | undefined;
  claim?: string | null | undefined;
  claimId?: string | number | null | undefined;
  /** Exercises that ask for context facts: one text per slot, blanks keep their place. */
  contextFacts?: Array<string> | null | undefined;
  evidence?: Array<EvidenceInput> | null | undefined;
  order?: Array<string | number> | null | undefined;
  pairs?: Array<MatchPairInput> | null | undefined;
  text?: string | null | undefined;
};

export type AttemptStatus =
  | 'IN_PROGRESS'
  | 'SUBMITTED';

/** The voice a student gives one segment of an attribution question. */
export type AttributionInput = {
  segmentId: string | number;
  voiceId: string | number;
};

/** What a teacher changed of what students see or get. */
export type AuditAction =
  /** The class paused: no answers until it resumes. */
  | 'CLASS_PAUSED'
  /** The class resumed after a pause. */
  | 'CLASS_RESUMED'
  /** Something deleted (field: what). */
  | 'DELETED'
  /** The assignment's due date (ISO 8601; null: none). */
  | 'DUE_DATE'
  /** When students see feedback (a FeedbackTiming). */
  | 'FEEDBACK_TIMING'
  /** A new join code; the codes themselves are never kept. */
  | 'JOIN_CODE_RESET'
  /** The assignment moved to a new version of a teacher's question set (its lesson slugs). */
  | 'LESSON_VERSION'
  /** One rubric criterion's level (field: item and criterion). */
  | 'RUBRIC_MARK'
  /** A response's score (field: the item's id). */
  | 'SCORE'
  /** A student's new sign-in code; the codes themselves are never kept. */
  | 'SIGN_IN_CODE_RESET'
  /** One student's own due date (an extension). */
  | 'STUDENT_DUE_DATE';

/** Whose record a document is: the state or party whose official made it. */
export type DocumentOrigin =
  | 'CHINESE'
  | 'NORTH_KOREAN'
  | 'SOVIET';

/** Layers that editors, translators and archives added on top of the author's words. */
export type EditorialNoteKind =
  /** Marks on the archival copy: stamps, handwritten entries, classification, registration numbers. */
  | 'ARCHIVAL_MARK'
  /** A word the translator supplied for sense, e.g. '[Mao]'. */
  | 'INSERTION'
  /** A phrase kept in the original language, e.g. '[s shirokim partiynym aktivom]'. */
  | 'ORIGINAL_LANGUAGE'
  /** Any other bracketed note. */
  | 'OTHER'
  /** A correction by the translator or editor, e.g. '[sic; November]'. */
  | 'SIC';

/** A span of a paragraph; without start and end, the whole paragraph. */
export type EvidenceInput = {
  /** The document the span lies in: omitted or null for the item's own; another slug only where the item offers that document (EvidenceQuestion.sources, Exercise.sources), else BAD_USER_INPUT. */
  documentSlug?: string | null | undefined;
  end?: number | null | undefined;
  paragraphNumber: number;
  start?: number | null | undefined;
};

/** KEY: full recall needs enough of these. ACCEPTABLE: defensible; choosing it never lowers precision and is never called unsupported. */
export type EvidencePassageRole =
  | 'ACCEPTABLE'
  | 'KEY';

/** When a student may see scores, feedback and answer keys. */
export type FeedbackTiming =
  /** Once the due date has passed (a student's own extension counts); open attempts are submitted automatically then, and a student who had not started finds the assignment closed. Needs a due date. */
  | 'AFTER_DUE'
  /** Tries mode: the student checks each answer (checkResponse) and may try again up to the item's tries (3 for choice, matching, ordering, attribution and short answers; 2 for evidence and exercises), each retry earning at most a third less of the points; the key shows once the item locks (right, last try, revealResponse, or submit). A save alone shows nothing. Items the machine does not score are not checked and show feedback at submit. Guest practice uses this. */
  | 'IMMEDIATE'
  /** Once the attempt is submitted. */
  | 'ON_SUBMIT'
  /** Ungraded practice: feedback and the key with each saved answer (an exercise's model evidence after the submit); the latest answer stands and the work does not count toward a grade (Assignment.counts is false). */
  | 'PRACTICE';

/** The four habits of historical thinking that questions and exercises practise. */
export type HistoricalSkill =
  | 'CLOSE_READING'
  | 'CONTEXTUALIZATION'
  | 'CORROBORATION'
  | 'SOURCING';

export type LessonStepKind =
  | 'EXERCISE'
  | 'QUESTION_SET'
  | 'READ'
  | 'REFLECT';

export type MatchPairInput = {
  leftId: string | number;
  rightId: string | number;
};

export type QuestionKind =
  | 'ATTRIBUTION'
  | 'EVIDENCE'
  | 'MATCHING'
  | 'MULTIPLE_CHOICE'
  | 'ORDERING'
  | 'REFLECTION'
  | 'SHORT_ANSWER'
  | 'SINGLE_CHOICE';

/** A teacher's set: never published, published (at least one version), or archived. */
export type QuestionSetStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

export type Role =
  | 'STUDENT'
  | 'TEACHER';

export type RubricScoreInput = {
  criterionId: string | number;
  score: number;
};

export type AccountHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountHomeQuery = { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } | null, myClasses: Array<{ id: string, name: string, assignments: Array<{ id: string, dueAt: string | null, myDueAt: string | null, feedback: FeedbackTiming, lesson: { slug: string, title: string }, attempts: Array<{ id: string, status: AttemptStatus, submittedAt: string | null, score: number | null, maxScore: number, autoScore: number | null, autoMaxScore: number | null, pendingReviewPoints: number | null, late: boolean, returnedAt: string | null }> }> }>, myAttempts: Array<{ id: string, status: AttemptStatus, startedAt: string, submittedAt: string | null, score: number | null, maxScore: number, autoScore: number | null, autoMaxScore: number | null, pendingReviewPoints: number | null, lesson: { slug: string, title: string }, assignment: { id: string } | null }> };

export type PlayerAttemptFieldsFragment = { id: string, status: AttemptStatus, submittedAt: string | null, late: boolean, score: number | null, maxScore: number, autoScore: number | null, autoMaxScore: number | null, pendingReviewPoints: number | null, dueAt: string | null, returnedAt: string | null, teacherComment: string | null, responses: Array<{ itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, answer: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, contextFacts: Array<string> | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null }, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null }> };

export type PlayerStartAttemptMutationVariables = Exact<{
  lessonSlug: string;
  assignmentId?: string | number | null | undefined;
}>;


export type PlayerStartAttemptMutation = { startAttempt: { id: string, status: AttemptStatus, submittedAt: string | null, late: boolean, score: number | null, maxScore: number, autoScore: number | null, autoMaxScore: number | null, pendingReviewPoints: number | null, dueAt: string | null, returnedAt: string | null, teacherComment: string | null, responses: Array<{ itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, answer: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, contextFacts: Array<string> | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null }, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null }> } };

export type PlayerOpenPracticeQueryVariables = Exact<{
  lessonSlug: string;
}>;


export type PlayerOpenPracticeQuery = { myAttempts: Array<{ id: string, status: AttemptStatus, submittedAt: string | null, late: boolean, score: number | null, maxScore: number, autoScore: number | null, autoMaxScore: number | null, pendingReviewPoints: number | null, dueAt: string | null, returnedAt: string | null, teacherComment: string | null, assignment: { id: string } | null, responses: Array<{ itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, answer: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, contextFacts: Array<string> | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null }, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null }> }> };

export type PlayerAttemptQueryVariables = Exact<{
  id: string | number;
}>;


export type PlayerAttemptQuery = { attempt: { id: string, status: AttemptStatus, submittedAt: string | null, late: boolean, score: number | null, maxScore: number, autoScore: number | null, autoMaxScore: number | null, pendingReviewPoints: number | null, dueAt: string | null, returnedAt: string | null, teacherComment: string | null, responses: Array<{ itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, answer: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, contextFacts: Array<string> | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null }, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null }> } | null };

export type PlayerSaveResponseMutationVariables = Exact<{
  attemptId: string | number;
  itemId: string | number;
  answer: AnswerInput;
  revision: number;
}>;


export type PlayerSaveResponseMutation = { saveResponse: { itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null } };

export type PlayerResponseFieldsFragment = { itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null };

export type PlayerCheckResponseMutationVariables = Exact<{
  attemptId: string | number;
  itemId: string | number;
  revision: number;
}>;


export type PlayerCheckResponseMutation = { checkResponse: { itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null } };

export type PlayerRevealResponseMutationVariables = Exact<{
  attemptId: string | number;
  itemId: string | number;
}>;


export type PlayerRevealResponseMutation = { revealResponse: { itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null } };

export type PlayerSubmitAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type PlayerSubmitAttemptMutation = { submitAttempt: { id: string, status: AttemptStatus } };

export type TeacherClassChangesQueryVariables = Exact<{
  id: string | number;
  first: number;
  before?: string | number | null | undefined;
}>;


export type TeacherClassChangesQuery = { classroom: { id: string, auditTrail: Array<{ id: string, at: string, actorName: string, action: AuditAction, field: string | null, oldValue: string | null, newValue: string | null, studentName: string | null }> } | null };

export type TeacherAssignmentChangesQueryVariables = Exact<{
  id: string | number;
  first: number;
  before?: string | number | null | undefined;
}>;


export type TeacherAssignmentChangesQuery = { assignment: { id: string, auditTrail: Array<{ id: string, at: string, actorName: string, action: AuditAction, field: string | null, oldValue: string | null, newValue: string | null, studentName: string | null }> } | null };

export type AuthoringDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthoringDocumentsQuery = { documents: Array<{ slug: string, title: string, date: string }> };

export type AuthoringSourceDocumentQueryVariables = Exact<{
  slug: string;
}>;


export type AuthoringSourceDocumentQuery = { document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> } | null };

export type MyQuestionSetQueryVariables = Exact<{
  id: string | number;
}>;


export type MyQuestionSetQuery = { myQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } | null };

export type PreviewQuestionSetMutationVariables = Exact<{
  id: string | number;
}>;


export type PreviewQuestionSetMutation = { previewQuestionSet: { lessonSlug: string, draftVersion: number } };

export type MyQuestionSetListQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQuestionSetListQuery = { myQuestionSets: Array<{ id: string, title: string, document: { slug: string, title: string }, authoring: { status: QuestionSetStatus, updatedAt: string, problems: Array<{ path: string }>, versions: Array<{ number: number, lessonSlug: string }> } | null }> };

export type AuthoredSetFragment = { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null };

export type AuthoringChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthoringChoicesQuery = { documents: Array<{ slug: string, title: string, date: string }>, myClasses: Array<{ id: string, name: string, archived: boolean }>, misconceptions: Array<{ id: string, name: string }>, lessons: Array<{ slug: string, title: string, steps: Array<{ questionSet: { id: string, title: string } | null }> }> };

export type CreateQuestionSetMutationVariables = Exact<{
  title: string;
  documentSlug: string;
}>;


export type CreateQuestionSetMutation = { createQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } };

export type DuplicateQuestionSetMutationVariables = Exact<{
  id: string | number;
}>;


export type DuplicateQuestionSetMutation = { duplicateQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } };

export type ImportQuestionSetMutationVariables = Exact<{
  yaml: string;
}>;


export type ImportQuestionSetMutation = { importQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } };

export type UpdateQuestionSetMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  title?: string | null | undefined;
  content?: unknown;
}>;


export type UpdateQuestionSetMutation = { updateQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } };

export type PublishQuestionSetMutationVariables = Exact<{
  id: string | number;
  move: boolean;
}>;


export type PublishQuestionSetMutation = { publishQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } };

export type ArchiveQuestionSetMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveQuestionSetMutation = { archiveQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } };

export type ShareQuestionSetMutationVariables = Exact<{
  id: string | number;
}>;


export type ShareQuestionSetMutation = { shareQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } };

export type CopySharedQuestionSetMutationVariables = Exact<{
  code: string;
}>;


export type CopySharedQuestionSetMutation = { copySharedQuestionSet: { id: string, slug: string, title: string, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, authoring: { version: number, status: QuestionSetStatus, draft: unknown, publishable: boolean, changedSincePublished: boolean, copiedFrom: string | null, shareCode: string | null, yaml: string, updatedAt: string, problems: Array<{ path: string, message: string }>, versions: Array<{ number: number, lessonSlug: string, publishedAt: string }> } | null } };

export type AssignQuestionSetMutationVariables = Exact<{
  classId: string | number;
  id: string | number;
  dueAt?: string | null | undefined;
  feedback?: FeedbackTiming | null | undefined;
}>;


export type AssignQuestionSetMutation = { assignQuestionSet: { id: string } };

export type DocumentInCollectionQueryVariables = Exact<{
  slug: string;
}>;


export type DocumentInCollectionQuery = { document: { slug: string, origin: DocumentOrigin | null, imported: boolean, citedBy: Array<{ lessonSlug: string, lessonTitle: string, stepTitle: string, itemId: string | null, prompt: string | null, paragraphNumbers: Array<number> }> } | null };

export type RemoveStudentMutationVariables = Exact<{
  classId: string | number;
  studentId: string | number;
}>;


export type RemoveStudentMutation = { removeStudent: { students: number, attempts: number, responses: number } };

export type DeleteAssignmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAssignmentMutation = { deleteAssignment: { assignments: number, attempts: number, responses: number } };

export type ArchiveClassMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveClassMutation = { archiveClass: { id: string, archived: boolean } };

export type RestoreClassMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreClassMutation = { restoreClass: { id: string, archived: boolean } };

export type DeleteClassMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteClassMutation = { deleteClass: { classes: number, students: number, assignments: number, attempts: number, responses: number } };

export type DeleteMyAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteMyAccountMutation = { deleteMyAccount: { accounts: number, attempts: number, responses: number } };

export type TeacherGradeSyncQueryVariables = Exact<{
  id: string | number;
}>;


export type TeacherGradeSyncQuery = { assignment: { id: string, gradeSync: { pending: number, failed: number, sent: number, lastError: string | null, lastSentAt: string | null } | null } | null };

export type TeacherRetryGradeSyncMutationVariables = Exact<{
  id: string | number;
}>;


export type TeacherRetryGradeSyncMutation = { retryGradeSync: { pending: number, failed: number, sent: number, lastError: string | null, lastSentAt: string | null } };

export type HomeQueryVariables = Exact<{
  slug: string;
}>;


export type HomeQuery = { document: { slug: string, title: string, date: string, summary: string | null, archivalReference: string | null, translator: string | null, paragraphCount: number, lessons: Array<{ slug: string, title: string, summary: string, estimatedMinutes: number, skills: Array<HistoricalSkill> }> } | null, documents: Array<{ slug: string, title: string, date: string, summary: string | null, origin: DocumentOrigin | null, originalLanguage: string | null, imported: boolean }> };

export type LiveEventFieldsFragment = { id: string, kind: ActivityKind, studentId: string | null, attemptId: string | null, itemId: string | null, at: string, correct: boolean | null };

export type LiveSnapshotQueryVariables = Exact<{
  assignmentId: string | number;
  after?: string | number | null | undefined;
}>;


export type LiveSnapshotQuery = { assignmentActivitySnapshot: { paused: boolean, lastEventId: string | null, students: Array<{ id: string, kind: ActivityKind, studentId: string | null, attemptId: string | null, itemId: string | null, at: string, correct: boolean | null }>, cells: Array<{ id: string, kind: ActivityKind, studentId: string | null, attemptId: string | null, itemId: string | null, at: string, correct: boolean | null }>, events: Array<{ id: string, kind: ActivityKind, studentId: string | null, attemptId: string | null, itemId: string | null, at: string, correct: boolean | null }> } };

export type LiveAssignmentActivitySubscriptionVariables = Exact<{
  assignmentId: string | number;
  after?: string | number | null | undefined;
}>;


export type LiveAssignmentActivitySubscription = { assignmentActivity: { id: string, kind: ActivityKind, studentId: string | null, attemptId: string | null, itemId: string | null, at: string, correct: boolean | null } };

export type LiveAttemptUpdatesSubscriptionVariables = Exact<{
  attemptId: string | number;
  after?: string | number | null | undefined;
}>;


export type LiveAttemptUpdatesSubscription = { myAttemptUpdates: { id: string, kind: ActivityKind, attemptId: string, itemId: string | null, at: string } };

export type LivePauseClassMutationVariables = Exact<{
  classId: string | number;
}>;


export type LivePauseClassMutation = { pauseClass: boolean };

export type LiveResumeClassMutationVariables = Exact<{
  classId: string | number;
}>;


export type LiveResumeClassMutation = { resumeClass: boolean };

export type LiveOpenFeedbackNowMutationVariables = Exact<{
  assignmentId: string | number;
}>;


export type LiveOpenFeedbackNowMutation = { openFeedbackNow: { id: string, feedback: FeedbackTiming } };

export type LiveRisingMisconceptionsQueryVariables = Exact<{
  assignmentId: string | number;
  minutes?: number | null | undefined;
}>;


export type LiveRisingMisconceptionsQuery = { assignment: { id: string, risingMisconceptions: Array<{ recentStudentCount: number, earlierStudentCount: number, misconception: { id: string, name: string, belief: string, reteach: string }, recentStudents: Array<{ studentId: string, name: string }>, items: Array<{ itemId: string, number: number, prompt: string }> }> } | null };

export type TeacherSyncClassRosterMutationVariables = Exact<{
  classId: string | number;
}>;


export type TeacherSyncClassRosterMutation = { syncClassRoster: { added: Array<string>, updated: Array<string>, markedInactive: Array<string>, reactivated: Array<string> } };

export type EvidenceSourcesFragment = { paragraphNumbers: Array<number>, document: { slug: string, title: string, shortTitle: string }, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> };

export type PlayerLessonQueryVariables = Exact<{
  slug: string;
}>;


export type PlayerLessonQuery = { lesson: { id: string, slug: string, title: string, summary: string, estimatedMinutes: number, document: { slug: string, title: string, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }, steps: Array<{ id: string, position: number, kind: LessonStepKind, title: string, bodyHtml: string, paragraphNumbers: Array<number>, questionSet: { id: string, title: string, questions: Array<
          | { id: string, kind: QuestionKind, prompt: string, points: number, paragraphNumbers: Array<number>, segments: Array<{ id: string, paragraphNumber: number, start: number, end: number, text: string }>, voices: Array<{ id: string, label: string }> }
          | { id: string, kind: QuestionKind, prompt: string, points: number, paragraphNumbers: Array<number>, choices: Array<{ id: string, text: string }> }
          | { claim: string, minSelections: number, maxSelections: number, id: string, kind: QuestionKind, prompt: string, points: number, paragraphNumbers: Array<number>, sources: Array<{ paragraphNumbers: Array<number>, document: { slug: string, title: string, shortTitle: string }, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }> }
          | { id: string, kind: QuestionKind, prompt: string, points: number, paragraphNumbers: Array<number>, left: Array<{ id: string, text: string }>, right: Array<{ id: string, text: string }> }
          | { id: string, kind: QuestionKind, prompt: string, points: number, paragraphNumbers: Array<number>, items: Array<{ id: string, text: string }> }
          | { maxLength: number, id: string, kind: QuestionKind, prompt: string, points: number, paragraphNumbers: Array<number> }
          | { maxLength: number, id: string, kind: QuestionKind, prompt: string, points: number, paragraphNumbers: Array<number> }
        > } | null, exercise: { id: string, slug: string, title: string, prompt: string, promptHtml: string, guidanceHtml: string, paragraphNumbers: Array<number>, minEvidence: number, points: number, claims: Array<{ id: string, text: string }>, sources: Array<{ paragraphNumbers: Array<number>, document: { slug: string, title: string, shortTitle: string }, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }>, ownClaim: { label: string } | null, contextFacts: { count: number, prompt: string } | null, rubric: Array<{ id: string, title: string, description: string, levels: Array<{ score: number, label: string, descriptor: string }> }> } | null }> } | null };

export type PlayerAssignmentQueryVariables = Exact<{
  id: string | number;
}>;


export type PlayerAssignmentQuery = { assignment: { id: string, dueAt: string | null, myDueAt: string | null, feedback: FeedbackTiming, classroom: { id: string, name: string, paused: boolean }, lesson: { slug: string, title: string } } | null };

export type ReaderDocumentQueryVariables = Exact<{
  slug: string;
}>;


export type ReaderDocumentQuery = { document: { id: string, slug: string, title: string, date: string, summary: string | null, citation: string | null, displayUrl: string | null, archivalReference: string | null, translator: string | null, originalLanguage: string | null, paragraphCount: number, origin: DocumentOrigin | null, imported: boolean, paragraphs: Array<{ id: string, number: number, text: string, authorText: string, notes: Array<{ id: string, kind: EditorialNoteKind, quote: string, start: number, end: number, explanation: string | null, parentId: string | null }> }>, people: Array<{ id: string, slug: string, name: string, role: string, description: string, identified: boolean, paragraphNumbers: Array<number>, mentions: Array<{ paragraphNumber: number, start: number, end: number }> }>, glossary: Array<{ id: string, slug: string, term: string, definition: string, paragraphNumbers: Array<number>, mentions: Array<{ paragraphNumber: number, start: number, end: number }> }> } | null };

export type SearchDocumentsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  documentSlug?: string | null | undefined;
}>;


export type SearchDocumentsQuery = { search: { edges: Array<{ cursor: string, node: { rank: number, ranges: Array<{ start: number, end: number }>, document: { id: string, slug: string, title: string, date: string }, paragraph: { id: string, number: number, text: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } | null };

export type StartGuestSessionMutationVariables = Exact<{
  displayName: string;
}>;


export type StartGuestSessionMutation = { startGuestSession: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type SignInWithCodeMutationVariables = Exact<{
  signInCode: string;
}>;


export type SignInWithCodeMutation = { signInWithCode: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type JoinClassMutationVariables = Exact<{
  joinCode: string;
  displayName: string;
  inFrame: boolean;
}>;


export type JoinClassMutation = { joinClass: { token?: string, viewer: { id: string, role: Role, displayName: string, signInCode: string | null }, classroom: { id: string, name: string, teacher: { id: string, displayName: string } } | null } };

export type ClassByJoinCodeQueryVariables = Exact<{
  joinCode: string;
}>;


export type ClassByJoinCodeQuery = { classByJoinCode: { name: string, teacherName: string } | null };

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LogInMutation = { logIn: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type SignUpTeacherMutationVariables = Exact<{
  email: string;
  password: string;
  displayName: string;
}>;


export type SignUpTeacherMutation = { signUpTeacher: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type TeacherVersionLessonQueryVariables = Exact<{
  slug: string;
}>;


export type TeacherVersionLessonQuery = { lesson: { slug: string, title: string, document: { slug: string, paragraphs: Array<{ number: number, text: string }> }, steps: Array<{ questionSet: { questions: Array<
          | { id: string, kind: QuestionKind, segments: Array<{ id: string, paragraphNumber: number, text: string }>, voices: Array<{ id: string, label: string }> }
          | { id: string, kind: QuestionKind, choices: Array<{ id: string, text: string }> }
          | { claim: string, id: string, kind: QuestionKind, sources: Array<{ paragraphNumbers: Array<number>, document: { slug: string, title: string, shortTitle: string }, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }> }
          | { id: string, kind: QuestionKind, left: Array<{ id: string, text: string }>, right: Array<{ id: string, text: string }> }
          | { id: string, kind: QuestionKind, items: Array<{ id: string, text: string }> }
          | { id: string, kind: QuestionKind }
          | { id: string, kind: QuestionKind }
        > } | null, exercise: { id: string, slug: string, claims: Array<{ id: string, text: string }>, sources: Array<{ paragraphNumbers: Array<number>, document: { slug: string, title: string, shortTitle: string }, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }>, ownClaim: { label: string } | null, contextFacts: { count: number, prompt: string } | null, rubric: Array<{ id: string, title: string, description: string, levels: Array<{ score: number, label: string, descriptor: string }> }> } | null }> } | null };

export type TeacherDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type TeacherDashboardQuery = { myClasses: Array<{ id: string, name: string, joinCode: string | null, archived: boolean, students: Array<{ id: string, displayName: string, inactive: boolean | null }>, lmsRoster: { linked: boolean, canSync: boolean, lastSyncedAt: string | null } | null, assignments: Array<{ id: string, dueAt: string | null, feedback: FeedbackTiming, createdAt: string, attemptCount: number | null, lesson: { slug: string, title: string }, attempts: Array<{ id: string, status: AttemptStatus }> }> }>, lessons: Array<{ slug: string, title: string, estimatedMinutes: number }> };

export type TeacherCreateClassMutationVariables = Exact<{
  name: string;
}>;


export type TeacherCreateClassMutation = { createClass: { id: string } };

export type TeacherResetJoinCodeMutationVariables = Exact<{
  classId: string | number;
}>;


export type TeacherResetJoinCodeMutation = { resetJoinCode: { id: string, joinCode: string | null } };

export type TeacherResetSignInCodeMutationVariables = Exact<{
  classId: string | number;
  studentId: string | number;
}>;


export type TeacherResetSignInCodeMutation = { resetSignInCode: { id: string } };

export type TeacherStudentSignInCodeQueryVariables = Exact<{
  classId: string | number;
  studentId: string | number;
}>;


export type TeacherStudentSignInCodeQuery = { classroom: { id: string, student: { id: string, displayName: string, signInCode: string | null } | null } | null };

export type TeacherSignInSlipsQueryVariables = Exact<{
  classId: string | number;
}>;


export type TeacherSignInSlipsQuery = { viewer: { id: string, role: Role } | null, classroom: { id: string, name: string, teacher: { id: string, displayName: string }, students: Array<{ id: string, displayName: string, signInCode: string | null }> } | null };

export type TeacherAssignLessonMutationVariables = Exact<{
  classId: string | number;
  lessonSlug: string;
  dueAt?: string | null | undefined;
  feedback?: FeedbackTiming | null | undefined;
}>;


export type TeacherAssignLessonMutation = { assignLesson: { id: string } };

export type TeacherUpdateAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
  dueAt?: string | null | undefined;
  feedback?: FeedbackTiming | null | undefined;
}>;


export type TeacherUpdateAssignmentMutation = { updateAssignment: { id: string, dueAt: string | null, feedback: FeedbackTiming } };

export type TeacherAssignmentQueryVariables = Exact<{
  id: string | number;
  lessonSlug?: string | null | undefined;
}>;


export type TeacherAssignmentQuery = { viewer: { id: string, role: Role } | null, assignment: { id: string, dueAt: string | null, feedback: FeedbackTiming, counts: boolean, extensions: Array<{ studentId: string, dueAt: string }>, classroom: { id: string, name: string, students: Array<{ id: string, displayName: string, inactive: boolean | null }> }, lesson: { slug: string, title: string, document: { slug: string, paragraphs: Array<{ number: number, text: string }> }, steps: Array<{ questionSet: { questions: Array<
            | { id: string, kind: QuestionKind, segments: Array<{ id: string, paragraphNumber: number, text: string }>, voices: Array<{ id: string, label: string }> }
            | { id: string, kind: QuestionKind, choices: Array<{ id: string, text: string }> }
            | { claim: string, id: string, kind: QuestionKind, sources: Array<{ paragraphNumbers: Array<number>, document: { slug: string, title: string, shortTitle: string }, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }> }
            | { id: string, kind: QuestionKind, left: Array<{ id: string, text: string }>, right: Array<{ id: string, text: string }> }
            | { id: string, kind: QuestionKind, items: Array<{ id: string, text: string }> }
            | { id: string, kind: QuestionKind }
            | { id: string, kind: QuestionKind }
          > } | null, exercise: { id: string, slug: string, claims: Array<{ id: string, text: string }>, sources: Array<{ paragraphNumbers: Array<number>, document: { slug: string, title: string, shortTitle: string }, paragraphs: Array<{ number: number, text: string, notes: Array<{ id: string, kind: EditorialNoteKind, start: number, end: number }> }> }>, ownClaim: { label: string } | null, contextFacts: { count: number, prompt: string } | null, rubric: Array<{ id: string, title: string, description: string, levels: Array<{ score: number, label: string, descriptor: string }> }> } | null }> }, attempts: Array<{ id: string, status: AttemptStatus, score: number | null, maxScore: number, autoScore: number | null, autoMaxScore: number | null, pendingReviewPoints: number | null, late: boolean, startedAt: string, submittedAt: string | null, dueAt: string | null, closedByDueDate: boolean, returnedAt: string | null, teacherComment: string | null, lesson: { slug: string }, student: { id: string, displayName: string }, responses: Array<{ id: string, itemId: string, revision: number, triesUsed: number, maxTries: number | null, locked: boolean, answer: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, contextFacts: Array<string> | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null }, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }> } | null }> }>, itemStatistics: Array<{ itemId: string, prompt: string, responses: number, facility: number | null, discrimination: number | null, meanTries: number | null, firstTryRight: number | null, criteria: Array<{ criterionId: string, title: string, scored: number, facility: number | null }> }>, misconceptions: Array<{ studentCount: number, misconception: { id: string, name: string, belief: string, habit: HistoricalSkill, reteach: string }, students: Array<{ studentId: string, name: string }>, items: Array<{ itemId: string, number: number, prompt: string, studentCount: number, students: Array<{ studentId: string, name: string }> }> }>, review: { items: Array<{ itemId: string, kind: string, prompt: string, points: number, explanationHtml: string, acceptedAnswers: Array<string>, scoringGuideHtml: string | null, choices: Array<{ choiceId: string, text: string, correct: boolean, explanationHtml: string }>, order: Array<{ id: string, text: string }>, pairs: Array<{ explanation: string | null, explanationHtml: string | null, left: { id: string, text: string }, right: { id: string, text: string } }>, targets: Array<{ documentSlug: string, paragraphNumber: number, start: number, end: number, quote: string, note: string, role: EvidencePassageRole, countsForRecall: boolean, document: { slug: string, shortTitle: string }, claims: Array<{ id: string, text: string }> }>, attributions: Array<{ explanation: string, explanationHtml: string, segment: { id: string, paragraphNumber: number, start: number, end: number, text: string }, voice: { id: string, label: string } }>, exemplars: Array<{ title: string, claim: string | null, text: string, commentary: string, levels: Array<{ criterionId: string, score: number }> }> }> } | null } | null };

export type LessonKeyQueryVariables = Exact<{
  slug: string;
}>;


export type LessonKeyQuery = { lessonKey: { totalMinutes: number | null, items: Array<{ itemId: string, kind: string, prompt: string, points: number, explanationHtml: string, acceptedAnswers: Array<string>, scoringGuideHtml: string | null, misconceptions: Array<string>, choices: Array<{ choiceId: string, text: string, correct: boolean, explanationHtml: string, misconception: { id: string, name: string } | null }>, order: Array<{ id: string, text: string }>, pairs: Array<{ explanation: string | null, explanationHtml: string | null, left: { id: string, text: string }, right: { id: string, text: string } }>, targets: Array<{ documentSlug: string, paragraphNumber: number, start: number, end: number, quote: string, note: string, role: EvidencePassageRole, countsForRecall: boolean, document: { slug: string, shortTitle: string }, claims: Array<{ id: string, text: string }> }>, attributions: Array<{ explanation: string, explanationHtml: string, segment: { id: string, paragraphNumber: number, start: number, end: number, text: string }, voice: { id: string, label: string } }>, exemplars: Array<{ title: string, claim: string | null, text: string, commentary: string, levels: Array<{ criterionId: string, score: number }> }> }>, steps: Array<{ stepId: string, minutes: number | null }> } | null };

export type TeacherGuideLessonQueryVariables = Exact<{
  slug: string;
}>;


export type TeacherGuideLessonQuery = { lesson: { slug: string, objectives: Array<string>, skills: Array<HistoricalSkill> } | null };

export type TeacherStartScratchAttemptMutationVariables = Exact<{
  lessonSlug: string;
  fresh?: boolean | null | undefined;
}>;


export type TeacherStartScratchAttemptMutation = { startScratchAttempt: { id: string, status: AttemptStatus, submittedAt: string | null, late: boolean, score: number | null, maxScore: number, autoScore: number | null, autoMaxScore: number | null, pendingReviewPoints: number | null, dueAt: string | null, returnedAt: string | null, teacherComment: string | null, responses: Array<{ itemId: string, revision: number, triesUsed: number, triesLeft: number | null, maxTries: number | null, locked: boolean, answer: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, contextFacts: Array<string> | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null }, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }>, expected: { choiceIds: Array<string> | null, text: string | null, order: Array<string> | null, claimId: string | null, claim: string | null, pairs: Array<{ leftId: string, rightId: string }> | null, evidence: Array<{ documentSlug: string, paragraphNumber: number, start: number | null, end: number | null }> | null, attributions: Array<{ segmentId: string, voiceId: string }> | null } | null } | null }> } };

export type TeacherScoreResponseMutationVariables = Exact<{
  responseId: string | number;
  rubricScores?: Array<RubricScoreInput> | RubricScoreInput | null | undefined;
  score?: number | null | undefined;
  comment?: string | null | undefined;
}>;


export type TeacherScoreResponseMutation = { scoreResponse: { id: string, feedback: { correct: boolean | null, score: number | null, maxScore: number, messageHtml: string, needsReview: boolean, teacherComment: string | null, rubricScores: Array<{ criterionId: string, score: number }> } | null } };

export type TeacherReopenAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type TeacherReopenAttemptMutation = { reopenAttempt: { id: string, status: AttemptStatus } };

export type TeacherReopenAttemptsMutationVariables = Exact<{
  assignmentId: string | number;
  closedByDueDateOnly?: boolean | null | undefined;
}>;


export type TeacherReopenAttemptsMutation = { reopenAttempts: Array<{ id: string, status: AttemptStatus }> };

export type TeacherReturnAttemptMutationVariables = Exact<{
  attemptId: string | number;
  comment?: string | null | undefined;
}>;


export type TeacherReturnAttemptMutation = { returnAttempt: { id: string, returnedAt: string | null, teacherComment: string | null } };

export type TeacherExtendAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
  studentId: string | number;
  dueAt: string;
}>;


export type TeacherExtendAssignmentMutation = { extendAssignment: { id: string } };

export type TeacherRenameStudentMutationVariables = Exact<{
  classId: string | number;
  studentId: string | number;
  displayName: string;
}>;


export type TeacherRenameStudentMutation = { renameStudent: { id: string, displayName: string } };

export type TeacherMergeStudentsMutationVariables = Exact<{
  classId: string | number;
  studentId: string | number;
  duplicateId: string | number;
}>;


export type TeacherMergeStudentsMutation = { mergeStudents: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PlayerAttemptFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlayerAttemptFields on Attempt {
  id
  status
  submittedAt
  late
  score
  maxScore
  autoScore
  autoMaxScore
  pendingReviewPoints
  dueAt
  returnedAt
  teacherComment
  responses {
    itemId
    revision
    triesUsed
    triesLeft
    maxTries
    locked
    answer {
      choiceIds
      text
      order
      claimId
      claim
      contextFacts
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
    feedback {
      correct
      score
      maxScore
      messageHtml
      needsReview
      teacherComment
      rubricScores {
        criterionId
        score
      }
      expected {
        choiceIds
        text
        order
        claimId
        claim
        pairs {
          leftId
          rightId
        }
        evidence {
          documentSlug
          paragraphNumber
          start
          end
        }
        attributions {
          segmentId
          voiceId
        }
      }
    }
  }
}
    `, {"fragmentName":"PlayerAttemptFields"}) as unknown as TypedDocumentString<PlayerAttemptFieldsFragment, unknown>;
export const PlayerResponseFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlayerResponseFields on Response {
  itemId
  revision
  triesUsed
  triesLeft
  maxTries
  locked
  feedback {
    correct
    score
    maxScore
    messageHtml
    needsReview
    teacherComment
    rubricScores {
      criterionId
      score
    }
    expected {
      choiceIds
      text
      order
      claimId
      claim
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
  }
}
    `, {"fragmentName":"PlayerResponseFields"}) as unknown as TypedDocumentString<PlayerResponseFieldsFragment, unknown>;
export const AuthoredSetFragmentDoc = new TypedDocumentString(`
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}
    `, {"fragmentName":"AuthoredSet"}) as unknown as TypedDocumentString<AuthoredSetFragment, unknown>;
export const LiveEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveEventFields on ActivityEvent {
  id
  kind
  studentId
  attemptId
  itemId
  at
  correct
}
    `, {"fragmentName":"LiveEventFields"}) as unknown as TypedDocumentString<LiveEventFieldsFragment, unknown>;
export const EvidenceSourcesFragmentDoc = new TypedDocumentString(`
    fragment EvidenceSources on EvidenceSource {
  document {
    slug
    title
    shortTitle
  }
  paragraphNumbers
  paragraphs {
    number
    text
    notes {
      id
      kind
      start
      end
    }
  }
}
    `, {"fragmentName":"EvidenceSources"}) as unknown as TypedDocumentString<EvidenceSourcesFragment, unknown>;
export const AccountHomeDocument = new TypedDocumentString(`
    query AccountHome {
  viewer {
    id
    role
    displayName
    signInCode
  }
  myClasses {
    id
    name
    assignments {
      id
      dueAt
      myDueAt
      feedback
      lesson {
        slug
        title
      }
      attempts {
        id
        status
        submittedAt
        score
        maxScore
        autoScore
        autoMaxScore
        pendingReviewPoints
        late
        returnedAt
      }
    }
  }
  myAttempts {
    id
    status
    startedAt
    submittedAt
    score
    maxScore
    autoScore
    autoMaxScore
    pendingReviewPoints
    lesson {
      slug
      title
    }
    assignment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountHomeQuery, AccountHomeQueryVariables>;
export const PlayerStartAttemptDocument = new TypedDocumentString(`
    mutation PlayerStartAttempt($lessonSlug: String!, $assignmentId: ID) {
  startAttempt(lessonSlug: $lessonSlug, assignmentId: $assignmentId) {
    ...PlayerAttemptFields
  }
}
    fragment PlayerAttemptFields on Attempt {
  id
  status
  submittedAt
  late
  score
  maxScore
  autoScore
  autoMaxScore
  pendingReviewPoints
  dueAt
  returnedAt
  teacherComment
  responses {
    itemId
    revision
    triesUsed
    triesLeft
    maxTries
    locked
    answer {
      choiceIds
      text
      order
      claimId
      claim
      contextFacts
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
    feedback {
      correct
      score
      maxScore
      messageHtml
      needsReview
      teacherComment
      rubricScores {
        criterionId
        score
      }
      expected {
        choiceIds
        text
        order
        claimId
        claim
        pairs {
          leftId
          rightId
        }
        evidence {
          documentSlug
          paragraphNumber
          start
          end
        }
        attributions {
          segmentId
          voiceId
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<PlayerStartAttemptMutation, PlayerStartAttemptMutationVariables>;
export const PlayerOpenPracticeDocument = new TypedDocumentString(`
    query PlayerOpenPractice($lessonSlug: String!) {
  myAttempts(lessonSlug: $lessonSlug, status: IN_PROGRESS) {
    ...PlayerAttemptFields
    assignment {
      id
    }
  }
}
    fragment PlayerAttemptFields on Attempt {
  id
  status
  submittedAt
  late
  score
  maxScore
  autoScore
  autoMaxScore
  pendingReviewPoints
  dueAt
  returnedAt
  teacherComment
  responses {
    itemId
    revision
    triesUsed
    triesLeft
    maxTries
    locked
    answer {
      choiceIds
      text
      order
      claimId
      claim
      contextFacts
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
    feedback {
      correct
      score
      maxScore
      messageHtml
      needsReview
      teacherComment
      rubricScores {
        criterionId
        score
      }
      expected {
        choiceIds
        text
        order
        claimId
        claim
        pairs {
          leftId
          rightId
        }
        evidence {
          documentSlug
          paragraphNumber
          start
          end
        }
        attributions {
          segmentId
          voiceId
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<PlayerOpenPracticeQuery, PlayerOpenPracticeQueryVariables>;
export const PlayerAttemptDocument = new TypedDocumentString(`
    query PlayerAttempt($id: ID!) {
  attempt(id: $id) {
    ...PlayerAttemptFields
  }
}
    fragment PlayerAttemptFields on Attempt {
  id
  status
  submittedAt
  late
  score
  maxScore
  autoScore
  autoMaxScore
  pendingReviewPoints
  dueAt
  returnedAt
  teacherComment
  responses {
    itemId
    revision
    triesUsed
    triesLeft
    maxTries
    locked
    answer {
      choiceIds
      text
      order
      claimId
      claim
      contextFacts
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
    feedback {
      correct
      score
      maxScore
      messageHtml
      needsReview
      teacherComment
      rubricScores {
        criterionId
        score
      }
      expected {
        choiceIds
        text
        order
        claimId
        claim
        pairs {
          leftId
          rightId
        }
        evidence {
          documentSlug
          paragraphNumber
          start
          end
        }
        attributions {
          segmentId
          voiceId
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<PlayerAttemptQuery, PlayerAttemptQueryVariables>;
export const PlayerSaveResponseDocument = new TypedDocumentString(`
    mutation PlayerSaveResponse($attemptId: ID!, $itemId: ID!, $answer: AnswerInput!, $revision: Int!) {
  saveResponse(
    attemptId: $attemptId
    itemId: $itemId
    answer: $answer
    revision: $revision
  ) {
    ...PlayerResponseFields
  }
}
    fragment PlayerResponseFields on Response {
  itemId
  revision
  triesUsed
  triesLeft
  maxTries
  locked
  feedback {
    correct
    score
    maxScore
    messageHtml
    needsReview
    teacherComment
    rubricScores {
      criterionId
      score
    }
    expected {
      choiceIds
      text
      order
      claimId
      claim
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
  }
}`) as unknown as TypedDocumentString<PlayerSaveResponseMutation, PlayerSaveResponseMutationVariables>;
export const PlayerCheckResponseDocument = new TypedDocumentString(`
    mutation PlayerCheckResponse($attemptId: ID!, $itemId: ID!, $revision: Int!) {
  checkResponse(attemptId: $attemptId, itemId: $itemId, revision: $revision) {
    ...PlayerResponseFields
  }
}
    fragment PlayerResponseFields on Response {
  itemId
  revision
  triesUsed
  triesLeft
  maxTries
  locked
  feedback {
    correct
    score
    maxScore
    messageHtml
    needsReview
    teacherComment
    rubricScores {
      criterionId
      score
    }
    expected {
      choiceIds
      text
      order
      claimId
      claim
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
  }
}`) as unknown as TypedDocumentString<PlayerCheckResponseMutation, PlayerCheckResponseMutationVariables>;
export const PlayerRevealResponseDocument = new TypedDocumentString(`
    mutation PlayerRevealResponse($attemptId: ID!, $itemId: ID!) {
  revealResponse(attemptId: $attemptId, itemId: $itemId) {
    ...PlayerResponseFields
  }
}
    fragment PlayerResponseFields on Response {
  itemId
  revision
  triesUsed
  triesLeft
  maxTries
  locked
  feedback {
    correct
    score
    maxScore
    messageHtml
    needsReview
    teacherComment
    rubricScores {
      criterionId
      score
    }
    expected {
      choiceIds
      text
      order
      claimId
      claim
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
  }
}`) as unknown as TypedDocumentString<PlayerRevealResponseMutation, PlayerRevealResponseMutationVariables>;
export const PlayerSubmitAttemptDocument = new TypedDocumentString(`
    mutation PlayerSubmitAttempt($attemptId: ID!) {
  submitAttempt(attemptId: $attemptId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PlayerSubmitAttemptMutation, PlayerSubmitAttemptMutationVariables>;
export const TeacherClassChangesDocument = new TypedDocumentString(`
    query TeacherClassChanges($id: ID!, $first: Int!, $before: ID) {
  classroom(id: $id) {
    id
    auditTrail(first: $first, before: $before) {
      id
      at
      actorName
      action
      field
      oldValue
      newValue
      studentName
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherClassChangesQuery, TeacherClassChangesQueryVariables>;
export const TeacherAssignmentChangesDocument = new TypedDocumentString(`
    query TeacherAssignmentChanges($id: ID!, $first: Int!, $before: ID) {
  assignment(id: $id) {
    id
    auditTrail(first: $first, before: $before) {
      id
      at
      actorName
      action
      field
      oldValue
      newValue
      studentName
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherAssignmentChangesQuery, TeacherAssignmentChangesQueryVariables>;
export const AuthoringDocumentsDocument = new TypedDocumentString(`
    query AuthoringDocuments {
  documents {
    slug
    title
    date
  }
}
    `) as unknown as TypedDocumentString<AuthoringDocumentsQuery, AuthoringDocumentsQueryVariables>;
export const AuthoringSourceDocumentDocument = new TypedDocumentString(`
    query AuthoringSourceDocument($slug: String!) {
  document(slug: $slug) {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthoringSourceDocumentQuery, AuthoringSourceDocumentQueryVariables>;
export const MyQuestionSetDocument = new TypedDocumentString(`
    query MyQuestionSet($id: ID!) {
  myQuestionSet(id: $id) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<MyQuestionSetQuery, MyQuestionSetQueryVariables>;
export const PreviewQuestionSetDocument = new TypedDocumentString(`
    mutation PreviewQuestionSet($id: ID!) {
  previewQuestionSet(id: $id) {
    lessonSlug
    draftVersion
  }
}
    `) as unknown as TypedDocumentString<PreviewQuestionSetMutation, PreviewQuestionSetMutationVariables>;
export const MyQuestionSetListDocument = new TypedDocumentString(`
    query MyQuestionSetList {
  myQuestionSets {
    id
    title
    document {
      slug
      title
    }
    authoring {
      status
      updatedAt
      problems {
        path
      }
      versions {
        number
        lessonSlug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyQuestionSetListQuery, MyQuestionSetListQueryVariables>;
export const AuthoringChoicesDocument = new TypedDocumentString(`
    query AuthoringChoices {
  documents {
    slug
    title
    date
  }
  myClasses {
    id
    name
    archived
  }
  misconceptions {
    id
    name
  }
  lessons {
    slug
    title
    steps {
      questionSet {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthoringChoicesQuery, AuthoringChoicesQueryVariables>;
export const CreateQuestionSetDocument = new TypedDocumentString(`
    mutation CreateQuestionSet($title: String!, $documentSlug: String!) {
  createQuestionSet(input: {title: $title, documentSlug: $documentSlug}) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<CreateQuestionSetMutation, CreateQuestionSetMutationVariables>;
export const DuplicateQuestionSetDocument = new TypedDocumentString(`
    mutation DuplicateQuestionSet($id: ID!) {
  duplicateQuestionSet(id: $id) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<DuplicateQuestionSetMutation, DuplicateQuestionSetMutationVariables>;
export const ImportQuestionSetDocument = new TypedDocumentString(`
    mutation ImportQuestionSet($yaml: String!) {
  importQuestionSet(yaml: $yaml) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<ImportQuestionSetMutation, ImportQuestionSetMutationVariables>;
export const UpdateQuestionSetDocument = new TypedDocumentString(`
    mutation UpdateQuestionSet($id: ID!, $expectedVersion: Int!, $title: String, $content: JSONObject) {
  updateQuestionSet(
    id: $id
    expectedVersion: $expectedVersion
    input: {title: $title, content: $content}
  ) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<UpdateQuestionSetMutation, UpdateQuestionSetMutationVariables>;
export const PublishQuestionSetDocument = new TypedDocumentString(`
    mutation PublishQuestionSet($id: ID!, $move: Boolean!) {
  publishQuestionSet(id: $id, moveOpenAssignments: $move) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<PublishQuestionSetMutation, PublishQuestionSetMutationVariables>;
export const ArchiveQuestionSetDocument = new TypedDocumentString(`
    mutation ArchiveQuestionSet($id: ID!) {
  archiveQuestionSet(id: $id) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<ArchiveQuestionSetMutation, ArchiveQuestionSetMutationVariables>;
export const ShareQuestionSetDocument = new TypedDocumentString(`
    mutation ShareQuestionSet($id: ID!) {
  shareQuestionSet(id: $id) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<ShareQuestionSetMutation, ShareQuestionSetMutationVariables>;
export const CopySharedQuestionSetDocument = new TypedDocumentString(`
    mutation CopySharedQuestionSet($code: String!) {
  copySharedQuestionSet(shareCode: $code) {
    ...AuthoredSet
  }
}
    fragment AuthoredSet on QuestionSet {
  id
  slug
  title
  document {
    slug
    title
    paragraphs {
      number
      text
      notes {
        id
        kind
        start
        end
      }
    }
  }
  authoring {
    version
    status
    draft
    publishable
    changedSincePublished
    copiedFrom
    shareCode
    yaml
    updatedAt
    problems {
      path
      message
    }
    versions {
      number
      lessonSlug
      publishedAt
    }
  }
}`) as unknown as TypedDocumentString<CopySharedQuestionSetMutation, CopySharedQuestionSetMutationVariables>;
export const AssignQuestionSetDocument = new TypedDocumentString(`
    mutation AssignQuestionSet($classId: ID!, $id: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {
  assignQuestionSet(
    classId: $classId
    questionSetId: $id
    dueAt: $dueAt
    feedback: $feedback
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignQuestionSetMutation, AssignQuestionSetMutationVariables>;
export const DocumentInCollectionDocument = new TypedDocumentString(`
    query DocumentInCollection($slug: String!) {
  document(slug: $slug) {
    slug
    origin
    imported
    citedBy {
      lessonSlug
      lessonTitle
      stepTitle
      itemId
      prompt
      paragraphNumbers
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentInCollectionQuery, DocumentInCollectionQueryVariables>;
export const RemoveStudentDocument = new TypedDocumentString(`
    mutation RemoveStudent($classId: ID!, $studentId: ID!) {
  removeStudent(classId: $classId, studentId: $studentId) {
    students
    attempts
    responses
  }
}
    `) as unknown as TypedDocumentString<RemoveStudentMutation, RemoveStudentMutationVariables>;
export const DeleteAssignmentDocument = new TypedDocumentString(`
    mutation DeleteAssignment($id: ID!) {
  deleteAssignment(id: $id) {
    assignments
    attempts
    responses
  }
}
    `) as unknown as TypedDocumentString<DeleteAssignmentMutation, DeleteAssignmentMutationVariables>;
export const ArchiveClassDocument = new TypedDocumentString(`
    mutation ArchiveClass($id: ID!) {
  archiveClass(id: $id) {
    id
    archived
  }
}
    `) as unknown as TypedDocumentString<ArchiveClassMutation, ArchiveClassMutationVariables>;
export const RestoreClassDocument = new TypedDocumentString(`
    mutation RestoreClass($id: ID!) {
  restoreClass(id: $id) {
    id
    archived
  }
}
    `) as unknown as TypedDocumentString<RestoreClassMutation, RestoreClassMutationVariables>;
export const DeleteClassDocument = new TypedDocumentString(`
    mutation DeleteClass($id: ID!) {
  deleteClass(id: $id) {
    classes
    students
    assignments
    attempts
    responses
  }
}
    `) as unknown as TypedDocumentString<DeleteClassMutation, DeleteClassMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount {
  deleteMyAccount {
    accounts
    attempts
    responses
  }
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const TeacherGradeSyncDocument = new TypedDocumentString(`
    query TeacherGradeSync($id: ID!) {
  assignment(id: $id) {
    id
    gradeSync {
      pending
      failed
      sent
      lastError
      lastSentAt
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherGradeSyncQuery, TeacherGradeSyncQueryVariables>;
export const TeacherRetryGradeSyncDocument = new TypedDocumentString(`
    mutation TeacherRetryGradeSync($id: ID!) {
  retryGradeSync(assignmentId: $id) {
    pending
    failed
    sent
    lastError
    lastSentAt
  }
}
    `) as unknown as TypedDocumentString<TeacherRetryGradeSyncMutation, TeacherRetryGradeSyncMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($slug: String!) {
  document(slug: $slug) {
    slug
    title
    date
    summary
    archivalReference
    translator
    paragraphCount
    lessons {
      slug
      title
      summary
      estimatedMinutes
      skills
    }
  }
  documents {
    slug
    title
    date
    summary
    origin
    originalLanguage
    imported
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const LiveSnapshotDocument = new TypedDocumentString(`
    query LiveSnapshot($assignmentId: ID!, $after: ID) {
  assignmentActivitySnapshot(assignmentId: $assignmentId, after: $after) {
    paused
    lastEventId
    students {
      ...LiveEventFields
    }
    cells {
      ...LiveEventFields
    }
    events {
      ...LiveEventFields
    }
  }
}
    fragment LiveEventFields on ActivityEvent {
  id
  kind
  studentId
  attemptId
  itemId
  at
  correct
}`) as unknown as TypedDocumentString<LiveSnapshotQuery, LiveSnapshotQueryVariables>;
export const LiveAssignmentActivityDocument = new TypedDocumentString(`
    subscription LiveAssignmentActivity($assignmentId: ID!, $after: ID) {
  assignmentActivity(assignmentId: $assignmentId, after: $after) {
    ...LiveEventFields
  }
}
    fragment LiveEventFields on ActivityEvent {
  id
  kind
  studentId
  attemptId
  itemId
  at
  correct
}`) as unknown as TypedDocumentString<LiveAssignmentActivitySubscription, LiveAssignmentActivitySubscriptionVariables>;
export const LiveAttemptUpdatesDocument = new TypedDocumentString(`
    subscription LiveAttemptUpdates($attemptId: ID!, $after: ID) {
  myAttemptUpdates(attemptId: $attemptId, after: $after) {
    id
    kind
    attemptId
    itemId
    at
  }
}
    `) as unknown as TypedDocumentString<LiveAttemptUpdatesSubscription, LiveAttemptUpdatesSubscriptionVariables>;
export const LivePauseClassDocument = new TypedDocumentString(`
    mutation LivePauseClass($classId: ID!) {
  pauseClass(classId: $classId)
}
    `) as unknown as TypedDocumentString<LivePauseClassMutation, LivePauseClassMutationVariables>;
export const LiveResumeClassDocument = new TypedDocumentString(`
    mutation LiveResumeClass($classId: ID!) {
  resumeClass(classId: $classId)
}
    `) as unknown as TypedDocumentString<LiveResumeClassMutation, LiveResumeClassMutationVariables>;
export const LiveOpenFeedbackNowDocument = new TypedDocumentString(`
    mutation LiveOpenFeedbackNow($assignmentId: ID!) {
  openFeedbackNow(assignmentId: $assignmentId) {
    id
    feedback
  }
}
    `) as unknown as TypedDocumentString<LiveOpenFeedbackNowMutation, LiveOpenFeedbackNowMutationVariables>;
export const LiveRisingMisconceptionsDocument = new TypedDocumentString(`
    query LiveRisingMisconceptions($assignmentId: ID!, $minutes: Int) {
  assignment(id: $assignmentId) {
    id
    risingMisconceptions(minutes: $minutes) {
      misconception {
        id
        name
        belief
        reteach
      }
      recentStudentCount
      recentStudents {
        studentId
        name
      }
      earlierStudentCount
      items {
        itemId
        number
        prompt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveRisingMisconceptionsQuery, LiveRisingMisconceptionsQueryVariables>;
export const TeacherSyncClassRosterDocument = new TypedDocumentString(`
    mutation TeacherSyncClassRoster($classId: ID!) {
  syncClassRoster(classId: $classId) {
    added
    updated
    markedInactive
    reactivated
  }
}
    `) as unknown as TypedDocumentString<TeacherSyncClassRosterMutation, TeacherSyncClassRosterMutationVariables>;
export const PlayerLessonDocument = new TypedDocumentString(`
    query PlayerLesson($slug: String!) {
  lesson(slug: $slug) {
    id
    slug
    title
    summary
    estimatedMinutes
    document {
      slug
      title
      paragraphs {
        number
        text
        notes {
          id
          kind
          start
          end
        }
      }
    }
    steps {
      id
      position
      kind
      title
      bodyHtml
      paragraphNumbers
      questionSet {
        id
        title
        questions {
          id
          kind
          prompt
          points
          paragraphNumbers
          ... on ChoiceQuestion {
            choices {
              id
              text
            }
          }
          ... on ShortAnswerQuestion {
            maxLength
          }
          ... on OrderingQuestion {
            items {
              id
              text
            }
          }
          ... on MatchingQuestion {
            left {
              id
              text
            }
            right {
              id
              text
            }
          }
          ... on EvidenceQuestion {
            claim
            minSelections
            maxSelections
            sources {
              ...EvidenceSources
            }
          }
          ... on ReflectionQuestion {
            maxLength
          }
          ... on AttributionQuestion {
            segments {
              id
              paragraphNumber
              start
              end
              text
            }
            voices {
              id
              label
            }
          }
        }
      }
      exercise {
        id
        slug
        title
        prompt
        promptHtml
        guidanceHtml
        paragraphNumbers
        minEvidence
        points
        claims {
          id
          text
        }
        sources {
          ...EvidenceSources
        }
        ownClaim {
          label
        }
        contextFacts {
          count
          prompt
        }
        rubric {
          id
          title
          description
          levels {
            score
            label
            descriptor
          }
        }
      }
    }
  }
}
    fragment EvidenceSources on EvidenceSource {
  document {
    slug
    title
    shortTitle
  }
  paragraphNumbers
  paragraphs {
    number
    text
    notes {
      id
      kind
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<PlayerLessonQuery, PlayerLessonQueryVariables>;
export const PlayerAssignmentDocument = new TypedDocumentString(`
    query PlayerAssignment($id: ID!) {
  assignment(id: $id) {
    id
    dueAt
    myDueAt
    feedback
    classroom {
      id
      name
      paused
    }
    lesson {
      slug
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PlayerAssignmentQuery, PlayerAssignmentQueryVariables>;
export const ReaderDocumentDocument = new TypedDocumentString(`
    query ReaderDocument($slug: String!) {
  document(slug: $slug) {
    id
    slug
    title
    date
    summary
    citation
    displayUrl
    archivalReference
    translator
    originalLanguage
    paragraphCount
    origin
    imported
    paragraphs {
      id
      number
      text
      authorText
      notes {
        id
        kind
        quote
        start
        end
        explanation
        parentId
      }
    }
    people {
      id
      slug
      name
      role
      description
      identified
      paragraphNumbers
      mentions {
        paragraphNumber
        start
        end
      }
    }
    glossary {
      id
      slug
      term
      definition
      paragraphNumbers
      mentions {
        paragraphNumber
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReaderDocumentQuery, ReaderDocumentQueryVariables>;
export const SearchDocumentsDocument = new TypedDocumentString(`
    query SearchDocuments($query: String!, $first: Int, $after: String, $documentSlug: String) {
  search(query: $query, first: $first, after: $after, documentSlug: $documentSlug) {
    edges {
      cursor
      node {
        rank
        ranges {
          start
          end
        }
        document {
          id
          slug
          title
          date
        }
        paragraph {
          id
          number
          text
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SearchDocumentsQuery, SearchDocumentsQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    role
    displayName
    signInCode
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const StartGuestSessionDocument = new TypedDocumentString(`
    mutation StartGuestSession($displayName: String!) {
  startGuestSession(displayName: $displayName) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<StartGuestSessionMutation, StartGuestSessionMutationVariables>;
export const SignInWithCodeDocument = new TypedDocumentString(`
    mutation SignInWithCode($signInCode: String!) {
  signInWithCode(signInCode: $signInCode) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInWithCodeMutation, SignInWithCodeMutationVariables>;
export const JoinClassDocument = new TypedDocumentString(`
    mutation JoinClass($joinCode: String!, $displayName: String!, $inFrame: Boolean!) {
  joinClass(joinCode: $joinCode, displayName: $displayName) {
    token @include(if: $inFrame)
    viewer {
      id
      role
      displayName
      signInCode
    }
    classroom {
      id
      name
      teacher {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JoinClassMutation, JoinClassMutationVariables>;
export const ClassByJoinCodeDocument = new TypedDocumentString(`
    query ClassByJoinCode($joinCode: String!) {
  classByJoinCode(joinCode: $joinCode) {
    name
    teacherName
  }
}
    `) as unknown as TypedDocumentString<ClassByJoinCodeQuery, ClassByJoinCodeQueryVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const SignUpTeacherDocument = new TypedDocumentString(`
    mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {
  signUpTeacher(email: $email, password: $password, displayName: $displayName) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpTeacherMutation, SignUpTeacherMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const TeacherVersionLessonDocument = new TypedDocumentString(`
    query TeacherVersionLesson($slug: String!) {
  lesson(slug: $slug) {
    slug
    title
    document {
      slug
      paragraphs {
        number
        text
      }
    }
    steps {
      questionSet {
        questions {
          id
          kind
          ... on ChoiceQuestion {
            choices {
              id
              text
            }
          }
          ... on OrderingQuestion {
            items {
              id
              text
            }
          }
          ... on MatchingQuestion {
            left {
              id
              text
            }
            right {
              id
              text
            }
          }
          ... on EvidenceQuestion {
            claim
            sources {
              ...EvidenceSources
            }
          }
          ... on AttributionQuestion {
            segments {
              id
              paragraphNumber
              text
            }
            voices {
              id
              label
            }
          }
        }
      }
      exercise {
        id
        slug
        claims {
          id
          text
        }
        sources {
          ...EvidenceSources
        }
        ownClaim {
          label
        }
        contextFacts {
          count
          prompt
        }
        rubric {
          id
          title
          description
          levels {
            score
            label
            descriptor
          }
        }
      }
    }
  }
}
    fragment EvidenceSources on EvidenceSource {
  document {
    slug
    title
    shortTitle
  }
  paragraphNumbers
  paragraphs {
    number
    text
    notes {
      id
      kind
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<TeacherVersionLessonQuery, TeacherVersionLessonQueryVariables>;
export const TeacherDashboardDocument = new TypedDocumentString(`
    query TeacherDashboard {
  myClasses {
    id
    name
    joinCode
    archived
    students {
      id
      displayName
      inactive
    }
    lmsRoster {
      linked
      canSync
      lastSyncedAt
    }
    assignments {
      id
      dueAt
      feedback
      createdAt
      attemptCount
      lesson {
        slug
        title
      }
      attempts {
        id
        status
      }
    }
  }
  lessons {
    slug
    title
    estimatedMinutes
  }
}
    `) as unknown as TypedDocumentString<TeacherDashboardQuery, TeacherDashboardQueryVariables>;
export const TeacherCreateClassDocument = new TypedDocumentString(`
    mutation TeacherCreateClass($name: String!) {
  createClass(name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeacherCreateClassMutation, TeacherCreateClassMutationVariables>;
export const TeacherResetJoinCodeDocument = new TypedDocumentString(`
    mutation TeacherResetJoinCode($classId: ID!) {
  resetJoinCode(classId: $classId) {
    id
    joinCode
  }
}
    `) as unknown as TypedDocumentString<TeacherResetJoinCodeMutation, TeacherResetJoinCodeMutationVariables>;
export const TeacherResetSignInCodeDocument = new TypedDocumentString(`
    mutation TeacherResetSignInCode($classId: ID!, $studentId: ID!) {
  resetSignInCode(classId: $classId, studentId: $studentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeacherResetSignInCodeMutation, TeacherResetSignInCodeMutationVariables>;
export const TeacherStudentSignInCodeDocument = new TypedDocumentString(`
    query TeacherStudentSignInCode($classId: ID!, $studentId: ID!) {
  classroom(id: $classId) {
    id
    student(id: $studentId) {
      id
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherStudentSignInCodeQuery, TeacherStudentSignInCodeQueryVariables>;
export const TeacherSignInSlipsDocument = new TypedDocumentString(`
    query TeacherSignInSlips($classId: ID!) {
  viewer {
    id
    role
  }
  classroom(id: $classId) {
    id
    name
    teacher {
      id
      displayName
    }
    students {
      id
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherSignInSlipsQuery, TeacherSignInSlipsQueryVariables>;
export const TeacherAssignLessonDocument = new TypedDocumentString(`
    mutation TeacherAssignLesson($classId: ID!, $lessonSlug: String!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {
  assignLesson(
    classId: $classId
    lessonSlug: $lessonSlug
    dueAt: $dueAt
    feedback: $feedback
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeacherAssignLessonMutation, TeacherAssignLessonMutationVariables>;
export const TeacherUpdateAssignmentDocument = new TypedDocumentString(`
    mutation TeacherUpdateAssignment($assignmentId: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {
  updateAssignment(
    assignmentId: $assignmentId
    dueAt: $dueAt
    feedback: $feedback
  ) {
    id
    dueAt
    feedback
  }
}
    `) as unknown as TypedDocumentString<TeacherUpdateAssignmentMutation, TeacherUpdateAssignmentMutationVariables>;
export const TeacherAssignmentDocument = new TypedDocumentString(`
    query TeacherAssignment($id: ID!, $lessonSlug: String) {
  viewer {
    id
    role
  }
  assignment(id: $id) {
    id
    dueAt
    feedback
    counts
    extensions {
      studentId
      dueAt
    }
    classroom {
      id
      name
      students {
        id
        displayName
        inactive
      }
    }
    lesson {
      slug
      title
      document {
        slug
        paragraphs {
          number
          text
        }
      }
      steps {
        questionSet {
          questions {
            id
            kind
            ... on ChoiceQuestion {
              choices {
                id
                text
              }
            }
            ... on OrderingQuestion {
              items {
                id
                text
              }
            }
            ... on MatchingQuestion {
              left {
                id
                text
              }
              right {
                id
                text
              }
            }
            ... on EvidenceQuestion {
              claim
              sources {
                ...EvidenceSources
              }
            }
            ... on AttributionQuestion {
              segments {
                id
                paragraphNumber
                text
              }
              voices {
                id
                label
              }
            }
          }
        }
        exercise {
          id
          slug
          claims {
            id
            text
          }
          sources {
            ...EvidenceSources
          }
          ownClaim {
            label
          }
          contextFacts {
            count
            prompt
          }
          rubric {
            id
            title
            description
            levels {
              score
              label
              descriptor
            }
          }
        }
      }
    }
    attempts {
      lesson {
        slug
      }
      id
      status
      score
      maxScore
      autoScore
      autoMaxScore
      pendingReviewPoints
      late
      startedAt
      submittedAt
      dueAt
      closedByDueDate
      returnedAt
      teacherComment
      student {
        id
        displayName
      }
      responses {
        id
        itemId
        revision
        triesUsed
        maxTries
        locked
        answer {
          choiceIds
          text
          order
          pairs {
            leftId
            rightId
          }
          evidence {
            documentSlug
            paragraphNumber
            start
            end
          }
          claimId
          claim
          contextFacts
          attributions {
            segmentId
            voiceId
          }
        }
        feedback {
          correct
          score
          maxScore
          messageHtml
          needsReview
          teacherComment
          rubricScores {
            criterionId
            score
          }
        }
      }
    }
    itemStatistics(lessonSlug: $lessonSlug) {
      itemId
      prompt
      responses
      facility
      discrimination
      meanTries
      firstTryRight
      criteria {
        criterionId
        title
        scored
        facility
      }
    }
    misconceptions(lessonSlug: $lessonSlug) {
      misconception {
        id
        name
        belief
        habit
        reteach
      }
      studentCount
      students {
        studentId
        name
      }
      items {
        itemId
        number
        prompt
        studentCount
        students {
          studentId
          name
        }
      }
    }
    review(lessonSlug: $lessonSlug) {
      items {
        itemId
        kind
        prompt
        points
        explanationHtml
        choices {
          choiceId
          text
          correct
          explanationHtml
        }
        order {
          id
          text
        }
        pairs {
          left {
            id
            text
          }
          right {
            id
            text
          }
          explanation
          explanationHtml
        }
        acceptedAnswers
        scoringGuideHtml
        targets {
          documentSlug
          document {
            slug
            shortTitle
          }
          paragraphNumber
          start
          end
          quote
          note
          role
          countsForRecall
          claims {
            id
            text
          }
        }
        attributions {
          segment {
            id
            paragraphNumber
            start
            end
            text
          }
          voice {
            id
            label
          }
          explanation
          explanationHtml
        }
        exemplars {
          title
          claim
          levels {
            criterionId
            score
          }
          text
          commentary
        }
      }
    }
  }
}
    fragment EvidenceSources on EvidenceSource {
  document {
    slug
    title
    shortTitle
  }
  paragraphNumbers
  paragraphs {
    number
    text
    notes {
      id
      kind
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<TeacherAssignmentQuery, TeacherAssignmentQueryVariables>;
export const LessonKeyDocument = new TypedDocumentString(`
    query LessonKey($slug: String!) {
  lessonKey(slug: $slug) {
    items {
      itemId
      kind
      prompt
      points
      explanationHtml
      choices {
        choiceId
        text
        correct
        explanationHtml
        misconception {
          id
          name
        }
      }
      order {
        id
        text
      }
      pairs {
        left {
          id
          text
        }
        right {
          id
          text
        }
        explanation
        explanationHtml
      }
      acceptedAnswers
      scoringGuideHtml
      targets {
        documentSlug
        document {
          slug
          shortTitle
        }
        paragraphNumber
        start
        end
        quote
        note
        role
        countsForRecall
        claims {
          id
          text
        }
      }
      attributions {
        segment {
          id
          paragraphNumber
          start
          end
          text
        }
        voice {
          id
          label
        }
        explanation
        explanationHtml
      }
      exemplars {
        title
        claim
        levels {
          criterionId
          score
        }
        text
        commentary
      }
      misconceptions
    }
    steps {
      stepId
      minutes
    }
    totalMinutes
  }
}
    `) as unknown as TypedDocumentString<LessonKeyQuery, LessonKeyQueryVariables>;
export const TeacherGuideLessonDocument = new TypedDocumentString(`
    query TeacherGuideLesson($slug: String!) {
  lesson(slug: $slug) {
    slug
    objectives
    skills
  }
}
    `) as unknown as TypedDocumentString<TeacherGuideLessonQuery, TeacherGuideLessonQueryVariables>;
export const TeacherStartScratchAttemptDocument = new TypedDocumentString(`
    mutation TeacherStartScratchAttempt($lessonSlug: String!, $fresh: Boolean) {
  startScratchAttempt(lessonSlug: $lessonSlug, fresh: $fresh) {
    ...PlayerAttemptFields
  }
}
    fragment PlayerAttemptFields on Attempt {
  id
  status
  submittedAt
  late
  score
  maxScore
  autoScore
  autoMaxScore
  pendingReviewPoints
  dueAt
  returnedAt
  teacherComment
  responses {
    itemId
    revision
    triesUsed
    triesLeft
    maxTries
    locked
    answer {
      choiceIds
      text
      order
      claimId
      claim
      contextFacts
      pairs {
        leftId
        rightId
      }
      evidence {
        documentSlug
        paragraphNumber
        start
        end
      }
      attributions {
        segmentId
        voiceId
      }
    }
    feedback {
      correct
      score
      maxScore
      messageHtml
      needsReview
      teacherComment
      rubricScores {
        criterionId
        score
      }
      expected {
        choiceIds
        text
        order
        claimId
        claim
        pairs {
          leftId
          rightId
        }
        evidence {
          documentSlug
          paragraphNumber
          start
          end
        }
        attributions {
          segmentId
          voiceId
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<TeacherStartScratchAttemptMutation, TeacherStartScratchAttemptMutationVariables>;
export const TeacherScoreResponseDocument = new TypedDocumentString(`
    mutation TeacherScoreResponse($responseId: ID!, $rubricScores: [RubricScoreInput!], $score: Float, $comment: String) {
  scoreResponse(
    responseId: $responseId
    rubricScores: $rubricScores
    score: $score
    comment: $comment
  ) {
    id
    feedback {
      correct
      score
      maxScore
      messageHtml
      needsReview
      teacherComment
      rubricScores {
        criterionId
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherScoreResponseMutation, TeacherScoreResponseMutationVariables>;
export const TeacherReopenAttemptDocument = new TypedDocumentString(`
    mutation TeacherReopenAttempt($attemptId: ID!) {
  reopenAttempt(attemptId: $attemptId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TeacherReopenAttemptMutation, TeacherReopenAttemptMutationVariables>;
export const TeacherReopenAttemptsDocument = new TypedDocumentString(`
    mutation TeacherReopenAttempts($assignmentId: ID!, $closedByDueDateOnly: Boolean) {
  reopenAttempts(
    assignmentId: $assignmentId
    closedByDueDateOnly: $closedByDueDateOnly
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TeacherReopenAttemptsMutation, TeacherReopenAttemptsMutationVariables>;
export const TeacherReturnAttemptDocument = new TypedDocumentString(`
    mutation TeacherReturnAttempt($attemptId: ID!, $comment: String) {
  returnAttempt(attemptId: $attemptId, comment: $comment) {
    id
    returnedAt
    teacherComment
  }
}
    `) as unknown as TypedDocumentString<TeacherReturnAttemptMutation, TeacherReturnAttemptMutationVariables>;
export const TeacherExtendAssignmentDocument = new TypedDocumentString(`
    mutation TeacherExtendAssignment($assignmentId: ID!, $studentId: ID!, $dueAt: DateTimeISO!) {
  extendAssignment(
    assignmentId: $assignmentId
    studentId: $studentId
    dueAt: $dueAt
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeacherExtendAssignmentMutation, TeacherExtendAssignmentMutationVariables>;
export const TeacherRenameStudentDocument = new TypedDocumentString(`
    mutation TeacherRenameStudent($classId: ID!, $studentId: ID!, $displayName: String!) {
  renameStudent(
    classId: $classId
    studentId: $studentId
    displayName: $displayName
  ) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<TeacherRenameStudentMutation, TeacherRenameStudentMutationVariables>;
export const TeacherMergeStudentsDocument = new TypedDocumentString(`
    mutation TeacherMergeStudents($classId: ID!, $studentId: ID!, $duplicateId: ID!) {
  mergeStudents(
    classId: $classId
    studentId: $studentId
    duplicateId: $duplicateId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeacherMergeStudentsMutation, TeacherMergeStudentsMutationVariables>;