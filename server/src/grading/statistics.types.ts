// Shapes for the class statistics of an assignment. Pure: no I/O.

export interface StatisticsItem {
  itemId: string;
  maxScore: number;
  /** For exercises: the rubric criteria and their top level. */
  criteria?: Array<{ criterionId: string; maxScore: number }>;
}

export interface ItemOutcome {
  /** The student saved an answer to the item. */
  answered: boolean;
  /** The item's score; null while it waits for a teacher. Unanswered items of a submitted attempt score 0. */
  score: number | null;
  /** For exercises: the teacher's level per criterion, once scored. */
  criterionScores?: Record<string, number>;
  /** Tries mode: the checks spent on the item (absent when it was never checked). */
  tries?: number;
  /** Tries mode: the first check was right. */
  firstTryRight?: boolean;
}

/** One student's attempt: an outcome per item id (items missing from the map were not reached). */
export interface AttemptOutcomes {
  outcomes: Record<string, ItemOutcome>;
}

export interface ItemStatisticsResult {
  itemId: string;
  /** How many attempts answered the item. */
  responses: number;
  /** Mean score / max score over scored outcomes, 0..1; null until something is scored. */
  facility: number | null;
  /** Correlation of the item's score with the rest of the attempt; null below 5 scored responses. */
  discrimination: number | null;
  /** Tries mode: mean checks spent over the attempts that checked the item; null when none did. */
  meanTries: number | null;
  /** Tries mode: share of those attempts whose first check was right, 0..1; null when none. */
  firstTryRight: number | null;
  criteria: Array<{ criterionId: string; scored: number; facility: number | null }>;
}
