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
  criteria: Array<{ criterionId: string; scored: number; facility: number | null }>;
}
