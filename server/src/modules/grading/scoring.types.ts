// Shapes the pure scoring functions work on. Option ids here are the options' raw public keys
// (the UUIDs inside Choice ids); the service converts at the API boundary.

export interface Span {
  paragraphNumber: number;
  start: number;
  end: number;
}

/** A passage that answers an evidence question or models an exercise's evidence. */
export interface Target extends Span {
  quote: string;
  /** Why the passage matters. */
  note: string;
}

/** A student's selection; without start/end, the whole paragraph. */
export interface Selection {
  paragraphNumber: number;
  start?: number | null;
  end?: number | null;
}

/** What a student answered, any kind; only the fields of the item's kind are set. */
export interface AnswerData {
  choiceIds?: string[] | null;
  text?: string | null;
  order?: string[] | null;
  pairs?: Array<{ leftId: string; rightId: string }> | null;
  evidence?: Selection[] | null;
  claimId?: string | null;
  claim?: string | null;
}

export type ItemKey =
  | {
      kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE";
      points: number;
      explanation: string;
      choices: Array<{ id: string; text: string; correct: boolean; explanation: string }>;
    }
  | { kind: "SHORT_ANSWER"; points: number; explanation: string; acceptedAnswers: string[] }
  | {
      kind: "ORDERING";
      points: number;
      explanation: string;
      /** In the right order. */
      items: Array<{ id: string; text: string; explanation: string | null }>;
    }
  | {
      kind: "MATCHING";
      points: number;
      explanation: string;
      left: Array<{ id: string; text: string }>;
      right: Array<{ id: string; text: string }>;
      /** One per left item. */
      pairs: Array<{ leftId: string; rightId: string; explanation: string | null }>;
    }
  | {
      kind: "EVIDENCE";
      points: number;
      explanation: string;
      claim: string;
      minSelections: number;
      maxSelections: number;
      targets: Target[];
    }
  | {
      kind: "EXERCISE";
      /** evidencePoints + the top level of every criterion. */
      points: number;
      evidencePoints: number;
      minEvidence: number;
      targets: Target[];
      rubric: Array<{ id: string; title: string; maxScore: number }>;
    };

/** The document's paragraph texts by number (evidence is scored against them). */
export type ParagraphTexts = ReadonlyMap<number, string>;

export interface ScoreResult {
  /** Null while a person must judge (short answer without a match, exercise reasoning). */
  score: number | null;
  maxScore: number;
  /** Null where a person must judge or where partial credit makes right/wrong meaningless. */
  correct: boolean | null;
  needsReview: boolean;
  /** Markdown feedback for the student, built from the content's explanations. */
  message: string;
  /** The key for this item, in the API's answer shape (raw option keys); null for what a person judges. */
  expected: AnswerData | null;
  /** For exercises: the automatic evidence part of the score (the rubric part waits for a teacher). */
  evidenceScore?: number;
}
