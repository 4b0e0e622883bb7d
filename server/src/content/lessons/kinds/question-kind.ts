// What a question kind is to content: its schema, its cross-field checks and how it is stored.
import type { z } from "zod";
import type { CheckContext, DocumentParagraphs } from "../check-context.js";
import type { ItemFields, OptionFields } from "../content-sync.sql.js";
import type { TargetFields } from "../target-sync.sql.js";
import type { SourceFields } from "../source-sync.sql.js";
import { fixedShuffle } from "../fixed-shuffle.js";
import type { HistoricalSkill } from "../schema-parts.js";

/**
 * A distractor and the misconception it encodes (a catalogue id). One of: a wrong choice
 * (`choiceKey`), a wrong matching pair (`leftKey` → `rightKey`), a wrong order (`firstKey` placed
 * before `thenKey`, which the key puts first), a common wrong short answer (`answerText`).
 */
export interface LoadedDistractor {
  misconception: string;
  choiceKey: string | null;
  leftKey: string | null;
  rightKey: string | null;
  firstKey: string | null;
  thenKey: string | null;
  answerText: string | null;
}

export const NO_DISTRACTOR_KEYS = {
  choiceKey: null,
  leftKey: null,
  rightKey: null,
  firstKey: null,
  thenKey: null,
  answerText: null,
} as const;

/** What every loaded question has, whatever its kind. */
export interface QuestionCommon {
  id: string;
  /** 1-based position within its question set. */
  position: number;
  prompt: string;
  points: number;
  /** Null only for a reflection authored without one. */
  skill: HistoricalSkill | null;
  paragraphNumbers: number[];
  explanation: string;
  /** The misreadings it probes (teacher guide); [] where the file gives none. */
  misconceptions: string[];
  /** Its own tries in tries mode; null: its kind's default. */
  tries: number | null;
  /** Its tagged distractors (kinds without distractors leave it out). */
  distractors?: LoadedDistractor[];
}

/** Where a question's checks report: the check context, the file, the question's path, its document. */
export interface QuestionAt {
  ctx: CheckContext;
  file: string;
  path: string;
  doc: DocumentParagraphs | null;
}

/** The item columns a kind may fill; every other kind leaves them empty. */
export type KindColumns = Partial<
  Pick<
    ItemFields,
    | "maxLength"
    | "acceptedAnswers"
    | "claim"
    | "stance"
    | "minSelections"
    | "maxSelections"
    | "guidance"
    | "scoringGuide"
  >
>;

/** How a question is stored beside the columns every question fills. */
export interface StoredQuestion {
  columns?: KindColumns;
  /** Its options, each with its role and display position. */
  options?: OptionFields[];
  /** Its passages (replaced on every sync). */
  targets?: TargetFields[];
  /** The other documents it offers passages from (replaced on every sync). */
  sources?: SourceFields[];
}

/**
 * One question kind's content. Method syntax on purpose: the registry holds every entry as an
 * entry of any kind.
 */
export interface QuestionKindEntry<Schema extends z.ZodType, Loaded extends { kind: string }> {
  /** The question's zod object in a question-set file: its `kind` literal, the common fields, its own. */
  readonly schema: Schema;
  /** The checks the schema cannot make (reported on `at`); returns the question shaped for the database. */
  check(at: QuestionAt, question: z.infer<Schema>, common: QuestionCommon): Loaded;
  /** The item columns, options and passages that store the question. */
  store(question: Loaded): StoredQuestion;
}

/** Options in their fixed shuffled display order. */
export function displayed<T extends { id: string }>(
  itemKey: string,
  options: readonly T[],
  toFields: (option: T) => Omit<OptionFields, "displayPosition">,
): OptionFields[] {
  return fixedShuffle(itemKey, options, (option) => option.id).map((option, index) => ({
    ...toFields(option),
    displayPosition: index + 1,
  }));
}
