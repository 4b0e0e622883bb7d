// The question kinds content knows. A new kind adds its file here and one line to QUESTION_KIND_ENTRIES.
import { z } from "zod";
import { attribution } from "./attribution.js";
import { multipleChoice, singleChoice } from "./choice.js";
import { evidence } from "./evidence.js";
import { matching } from "./matching.js";
import { ordering } from "./ordering.js";
import type { QuestionKindEntry } from "./question-kind.js";
import { reflection } from "./reflection.js";
import { shortAnswer } from "./short-answer.js";

/** Every question kind and its entry, in the order schemas are tried and kinds are counted. */
export const QUESTION_KIND_ENTRIES = {
  SINGLE_CHOICE: singleChoice,
  MULTIPLE_CHOICE: multipleChoice,
  SHORT_ANSWER: shortAnswer,
  ORDERING: ordering,
  MATCHING: matching,
  EVIDENCE: evidence,
  REFLECTION: reflection,
  ATTRIBUTION: attribution,
};

type Entries = typeof QUESTION_KIND_ENTRIES;
export type QuestionKind = keyof Entries;
type Schemas = Entries[QuestionKind]["schema"];

export const QUESTION_KINDS = Object.keys(QUESTION_KIND_ENTRIES) as QuestionKind[];

/** A question of any kind, as a question-set file holds it. */
export const question = z.discriminatedUnion(
  "kind",
  Object.values(QUESTION_KIND_ENTRIES).map((entry) => entry.schema) as [Schemas, ...Schemas[]],
);
export type QuestionInput = z.infer<typeof question>;

/** A validated question of any kind, shaped for the database. */
export type LoadedQuestion = {
  [K in QuestionKind]: Entries[K] extends QuestionKindEntry<z.ZodType, infer Loaded>
    ? Loaded
    : never;
}[QuestionKind];

/** An entry of any kind, for dispatching on a question's kind. */
export type AnyQuestionKindEntry = QuestionKindEntry<Schemas, LoadedQuestion>;

export { reflectionPrompt, type ReflectionPromptInput } from "./reflection.js";
