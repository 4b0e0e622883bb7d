// The question kinds: each kind's unit, and the types that join them. Pure: no I/O.
// A new kind adds its unit file, its key to ItemKey, its fields to AnswerData and one line to KINDS.
import type { ItemFacts, KindUnit, Scored } from "../types.js";
import { attribution, type AttributionFields, type AttributionKey } from "./attribution.js";
import { multipleChoice, singleChoice, type ChoiceFields, type ChoiceKey } from "./choice.js";
import { evidence, type EvidenceFields, type EvidenceKey } from "./evidence.js";
import { exercise, type ExerciseFields, type ExerciseKey } from "./exercise.js";
import { matching, type MatchingFields, type MatchingKey } from "./matching.js";
import { ordering, type OrderingFields, type OrderingKey } from "./ordering.js";
import { reflection, type ReflectionFields, type ReflectionKey } from "./reflection.js";
import { shortAnswer, type ShortAnswerFields, type ShortAnswerKey } from "./short-answer.js";

/** An item's answer key, as scoring needs it. */
export type ItemKey =
  | ChoiceKey
  | ShortAnswerKey
  | OrderingKey
  | MatchingKey
  | EvidenceKey
  | ExerciseKey
  | ReflectionKey
  | AttributionKey;

export type Kind = ItemKey["kind"];

/** What a student answered, any kind; only the fields of the item's kind are set. */
export interface AnswerData
  extends
    ChoiceFields,
    ShortAnswerFields,
    OrderingFields,
    MatchingFields,
    EvidenceFields,
    ExerciseFields,
    ReflectionFields,
    AttributionFields {}

/** What an answer is checked against: the item's kind, its options and the document's paragraphs. */
export interface ItemShape extends ItemFacts {
  kind: Kind;
}

export type ScoreResult = Scored<AnswerData>;

export type AnyKindUnit = KindUnit<ItemKey, AnswerData>;

/** Every kind and its unit; a kind of ItemKey without a unit, or a unit without a kind, does not compile. */
export const KINDS: { readonly [K in Kind]: AnyKindUnit } = {
  SINGLE_CHOICE: singleChoice,
  MULTIPLE_CHOICE: multipleChoice,
  SHORT_ANSWER: shortAnswer,
  ORDERING: ordering,
  MATCHING: matching,
  EVIDENCE: evidence,
  EXERCISE: exercise,
  REFLECTION: reflection,
  ATTRIBUTION: attribution,
};
