// The validated content, shaped for the database: every Markdown reference read, every quote
// resolved to offsets, every list in authored order. Authored ids are stable keys for upserts.
import type { HistoricalSkill, QuestionKind, StepKind } from "./content.schema.js";

/** A passage of a paragraph: UTF-16 offsets, end exclusive; paragraph text.slice(start, end) === quote. */
export interface ResolvedSpan {
  paragraphNumber: number;
  start: number;
  end: number;
  quote: string;
  /** Why the passage matters (for teachers and feedback). */
  note: string;
}

export interface LoadedDocument {
  slug: string;
  paragraphCount: number;
}

export interface LoadedStep {
  id: string;
  /** 1-based, contiguous within the lesson. */
  position: number;
  kind: StepKind;
  title: string;
  body: string;
  paragraphNumbers: number[];
  questionSetSlug: string | null;
  exerciseSlug: string | null;
}

export interface LoadedLesson {
  slug: string;
  position: number;
  title: string;
  summary: string;
  estimatedMinutes: number;
  objectives: string[];
  skills: HistoricalSkill[];
  documentSlug: string;
  steps: LoadedStep[];
  sourceFile: string;
}

interface QuestionCommon {
  id: string;
  /** 1-based position within its question set. */
  position: number;
  kind: QuestionKind;
  prompt: string;
  points: number;
  skill: HistoricalSkill;
  paragraphNumbers: number[];
  explanation: string;
}

export interface LoadedChoice {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface ChoiceQuestionContent extends QuestionCommon {
  kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE";
  choices: LoadedChoice[];
}

export interface ShortAnswerQuestionContent extends QuestionCommon {
  kind: "SHORT_ANSWER";
  maxLength: number;
  /** Empty: a teacher scores the answer. */
  acceptedAnswers: string[];
}

export interface OrderingQuestionContent extends QuestionCommon {
  kind: "ORDERING";
  /** In the correct order. */
  items: Array<{ id: string; text: string; explanation: string | null }>;
}

export interface MatchingQuestionContent extends QuestionCommon {
  kind: "MATCHING";
  left: Array<{ id: string; text: string }>;
  right: Array<{ id: string; text: string }>;
  pairs: Array<{ left: string; right: string; explanation: string | null }>;
}

export interface EvidenceQuestionContent extends QuestionCommon {
  kind: "EVIDENCE";
  claim: string;
  stance: "supports" | "undercuts";
  minSelections: number;
  maxSelections: number;
  targets: ResolvedSpan[];
}

export type LoadedQuestion =
  | ChoiceQuestionContent
  | ShortAnswerQuestionContent
  | OrderingQuestionContent
  | MatchingQuestionContent
  | EvidenceQuestionContent;

export interface LoadedQuestionSet {
  slug: string;
  title: string;
  documentSlug: string;
  questions: LoadedQuestion[];
  sourceFile: string;
}

export interface LoadedRubricCriterion {
  id: string;
  title: string;
  description: string;
  /** Ascending by score; scores contiguous from 0 or 1. */
  levels: Array<{ score: number; label: string; descriptor: string }>;
}

export interface LoadedExemplar {
  title: string;
  claimId: string | null;
  /** Score per rubric criterion id. */
  levels: Record<string, number>;
  text: string;
  commentary: string;
}

export interface LoadedExercise {
  slug: string;
  title: string;
  skill: HistoricalSkill;
  documentSlug: string;
  prompt: string;
  guidance: string;
  paragraphNumbers: number[];
  claims: Array<{ id: string; text: string }>;
  minEvidence: number;
  evidencePoints: number;
  /** evidencePoints plus the top level of every rubric criterion. */
  points: number;
  modelEvidence: ResolvedSpan[];
  rubric: LoadedRubricCriterion[];
  exemplars: LoadedExemplar[];
  sourceFile: string;
}

export interface LoadedContent {
  documents: LoadedDocument[];
  /** In course order. */
  lessons: LoadedLesson[];
  questionSets: LoadedQuestionSet[];
  exercises: LoadedExercise[];
}
