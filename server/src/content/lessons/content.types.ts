// The validated content, shaped for the database: every Markdown reference read, every quote
// resolved to offsets, every list in authored order. Authored ids are stable keys for upserts.
import type { ResolvedSpan } from "./check-context.js";
import type { HistoricalSkill, StepKind } from "./content.schema.js";
import type { LoadedQuestion } from "./kinds/index.js";
import type { LoadedMisconception } from "./misconception-catalogue.js";

export type { ResolvedSpan } from "./check-context.js";
export type { LoadedQuestion } from "./kinds/index.js";
export type { LoadedDistractor } from "./kinds/question-kind.js";
export type { LoadedMisconception } from "./misconception-catalogue.js";

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
  /** Suggested minutes in class (teacher guide); null where the file gives none. */
  minutes: number | null;
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

export interface LoadedQuestionSet {
  /** A file's slug, or the id of the REFLECT step whose prompts the set holds. */
  slug: string;
  title: string;
  documentSlug: string;
  questions: LoadedQuestion[];
  sourceFile: string;
  /** Made from a REFLECT step's prompts rather than read from a question-set file. */
  fromStep?: boolean;
  /** The validated question-set file (with defaults filled in), kept so teachers may copy it. */
  source?: unknown;
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
  /** The slots beside the claim, evidence and reasoning (stored as items.answer_slots). */
  answerSlots: {
    ownClaim: { label: string } | null;
    contextFacts: { count: number; prompt: string } | null;
  };
  minEvidence: number;
  evidencePoints: number;
  /** evidencePoints plus the top level of every rubric criterion. */
  points: number;
  /** The model evidence (role KEY, with the claims each serves) followed by the acceptable evidence (role ACCEPTABLE). */
  modelEvidence: ResolvedSpan[];
  /** The other documents it offers passages from, in order, with their paragraphs. */
  sources: Array<{ documentSlug: string; paragraphNumbers: number[] }>;
  rubric: LoadedRubricCriterion[];
  exemplars: LoadedExemplar[];
  /** The misreadings it probes (teacher guide); [] where the file gives none. */
  misconceptions: string[];
  /** Its own tries in tries mode; null: its kind's default. */
  tries: number | null;
  sourceFile: string;
}

export interface LoadedContent {
  documents: LoadedDocument[];
  /** In course order. */
  lessons: LoadedLesson[];
  questionSets: LoadedQuestionSet[];
  exercises: LoadedExercise[];
  /** The misconception catalogue, in authored order. */
  misconceptions: LoadedMisconception[];
  /** Where the catalogue is (lessons/misconceptions.yaml), for messages. */
  misconceptionsFile: string;
}
