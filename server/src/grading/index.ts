// The grading library's public entry points. Pure: no I/O.
export { parseAnswer, scoreAnswer } from "./answer.js";
export { evidenceCredit, type EvidenceCredit } from "./evidence-overlap.js";
export { MAX_EXERCISE_EVIDENCE, TEXT_LIMITS } from "./kinds/exercise.js";
export {
  KINDS,
  type AnswerData,
  type ItemKey,
  type ItemShape,
  type Kind,
  type ScoreResult,
} from "./kinds/index.js";
export {
  type Distractor,
  type MisconceptionSighting,
  misconceptionsShown,
  rankMisconceptions,
  type RankedMisconception,
  showsDistractor,
} from "./misconceptions.js";
export {
  type RisingMisconception,
  risingMisconceptions,
  type TimedSighting,
} from "./misconception-trend.js";
export { knownUnique, roundScore } from "./score-math.js";
export { itemStatistics, pearson } from "./statistics.js";
export type {
  AttemptOutcomes,
  ItemOutcome,
  ItemStatisticsResult,
  StatisticsItem,
} from "./statistics.types.js";
export { matchesAccepted, normalizeShortAnswer } from "./text-match.js";
export type {
  AnswerSlots,
  ItemFacts,
  KeyReview,
  OptionRole,
  OtherDocumentTexts,
  ParagraphTexts,
  Selection,
  Span,
  StoredItem,
  StoredOption,
  Target,
} from "./types.js";
export { documentTexts, otherDocumentOf, paragraphText } from "./types.js";
export { excerpt } from "./feedback.js";
export {
  checkTry,
  lockTry,
  maxTriesFor,
  RETRY_PENALTY,
  tryFactor,
  type CheckedSoFar,
  type TryScoring,
} from "./tries.js";
