// Shapes every kind's unit works on. Pure: no I/O.
// Option ids here are the options' raw public keys (the UUIDs inside Choice ids); the service
// converts at the API boundary.

export interface Span {
  /** The document the span lies in; omitted or null: the item's own document. */
  documentSlug?: string | null;
  paragraphNumber: number;
  start: number;
  end: number;
}

/** KEY: what full recall needs; ACCEPTABLE: defensible, never penalised (evidence-overlap.ts). */
export type TargetRole = "KEY" | "ACCEPTABLE";

/** A passage that answers an evidence question or models an exercise's evidence. */
export interface Target extends Span {
  quote: string;
  /** Why the passage matters. */
  note: string;
  /** Omitted: KEY. Only stored items carry it; keys hold the two kinds in separate lists. */
  role?: TargetRole;
  /** An acceptable passage that may stand in for a key passage toward recall. */
  countsForRecall?: boolean;
  /** An exercise's model passage: the claims (content ids) it serves; omitted or null: every position needs it. */
  claims?: string[] | null;
}

/** A student's selection; without start/end, the whole paragraph. */
export interface Selection {
  /** The document the selection lies in; omitted or null: the item's own document. */
  documentSlug?: string | null;
  paragraphNumber: number;
  start?: number | null;
  end?: number | null;
}

/** Another document an item offers evidence from: its short title (for feedback) and its paragraphs' texts. */
export interface OtherDocumentTexts {
  shortTitle: string;
  paragraphs: ReadonlyMap<number, string>;
}

/**
 * The item's own document's paragraph texts by number (evidence is scored against them); where
 * the item offers other documents, `documentSlug` names its own and `others` holds theirs by slug.
 */
export type ParagraphTexts = ReadonlyMap<number, string> & {
  readonly documentSlug?: string;
  readonly others?: ReadonlyMap<string, OtherDocumentTexts>;
};

/** The own document's texts with the other documents an item offers. */
export function documentTexts(
  own: Map<number, string>,
  documentSlug: string,
  others: ReadonlyMap<string, OtherDocumentTexts>,
): ParagraphTexts {
  return Object.assign(own, { documentSlug, others });
}

/** A span's document with the item's own normalised to null. */
export function otherDocumentOf(
  span: { documentSlug?: string | null },
  ownSlug: string | undefined,
): string | null {
  return !span.documentSlug || span.documentSlug === ownSlug ? null : span.documentSlug;
}

/** The text of the paragraph a span names, in its document (undefined where there is none). */
export function paragraphText(
  texts: ParagraphTexts,
  span: { documentSlug?: string | null; paragraphNumber: number },
): string | undefined {
  const other = otherDocumentOf(span, texts.documentSlug);
  return other === null
    ? texts.get(span.paragraphNumber)
    : texts.others?.get(other)?.paragraphs.get(span.paragraphNumber);
}

/** The roles an item's options play. */
export type OptionRole = "CHOICE" | "ORDER" | "LEFT" | "RIGHT" | "CLAIM" | "VOICE" | "SEGMENT";

/** The answer slots an exercise opens beside its listed positions (either part optional). */
export interface AnswerSlots {
  /** A claim in the student's own words, offered beside the listed positions, with its label. */
  ownClaim?: { label: string } | null;
  /** Context facts the student writes down: how many, and what the prompt asks. */
  contextFacts?: { count: number; prompt: string } | null;
}

/** What an answer is checked against besides its kind: the item's options and limits and the document's paragraphs. */
export interface ItemFacts {
  /** Option public keys by role. */
  options: Record<OptionRole, Set<string>>;
  maxLength: number | null;
  maxSelections: number | null;
  /** An exercise's extra answer slots; absent or null for everything else. */
  answerSlots?: AnswerSlots | null;
  /** UTF-16 length of each paragraph of the item's document. */
  paragraphLengths: ReadonlyMap<number, number>;
  /** The item's own document's slug (a selection naming it is normalised to none). */
  documentSlug?: string;
  /** The other documents the item offers: UTF-16 length of each of their paragraphs, by document slug. */
  sources?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** One stored option with the columns of the key. */
export interface StoredOption {
  /** The raw public key. */
  id: string;
  /** The authored id (matching pairs name their partner by it). */
  contentKey: string;
  text: string;
  correct: boolean | null;
  keyPosition: number | null;
  partnerKey: string | null;
  explanation: string | null;
  /** A segment's span (attribution questions); absent or null for every other role. */
  span?: Span | null;
}

/** An item as stored, read back to build its key: the item's columns, its options by role in display order, its passages and rubric. */
export interface StoredItem {
  points: number;
  explanation: string;
  acceptedAnswers: string[];
  /** A teacher-scored short answer's scoring guide (Markdown); absent or null elsewhere. */
  scoringGuide?: string | null;
  claim: string | null;
  minSelections: number | null;
  maxSelections: number | null;
  evidencePoints: number | null;
  options: Record<OptionRole, StoredOption[]>;
  targets: Target[];
  criteria: Array<{ id: string; title: string; maxScore: number }>;
}

/** What a teacher reviews of a key (option ids are raw keys); each kind fills the parts it has. */
export interface KeyReview {
  choices?: Array<{ id: string; text: string; correct: boolean; explanation: string }>;
  /** In the right order. */
  order?: Array<{ id: string; text: string }>;
  pairs?: Array<{
    left: { id: string; text: string };
    right: { id: string; text: string };
    explanation: string | null;
  }>;
  acceptedAnswers?: string[];
  /** Teacher-scored short answers: what earns each score (Markdown). */
  scoringGuide?: string | null;
  targets?: Target[];
  /** Attribution: each segment in document order with its voice. */
  attributions?: Array<{
    segment: Span & { id: string; text: string };
    voice: { id: string; label: string };
    explanation: string;
  }>;
}

/** A score with its feedback; `Answer` is the shape of the key shown as `expected`. */
export interface Scored<Answer> {
  /** Null while a person must judge (short answer without a match, exercise reasoning). */
  score: number | null;
  maxScore: number;
  /** Null where a person must judge or where partial credit makes right/wrong meaningless. */
  correct: boolean | null;
  needsReview: boolean;
  /** Markdown feedback for the student, built from the content's explanations. */
  message: string;
  /** The key for this item, in the API's answer shape (raw option keys); null for what a person judges. */
  expected: Answer | null;
  /** For exercises: the automatic evidence part of the score (the rubric part waits for a teacher). */
  evidenceScore?: number;
}

/**
 * One question kind: its answer fields, how an answer is checked and how it is scored.
 * Method syntax on purpose: the registry holds every unit as a unit of any kind.
 */
export interface KindUnit<Key, Fields> {
  /** How messages name an item of the kind: "an ordering question". */
  readonly words: string;
  /** The answer fields the kind takes; parseAnswer refuses any other that is set. */
  readonly fields: ReadonlyArray<keyof Fields>;
  /** Checks the kind's fields (no others are set) and returns them with options as raw keys; BAD_USER_INPUT otherwise. */
  parse(item: ItemFacts, input: Fields): Fields;
  /** The kind's key, built from the item as stored. */
  fromStored(item: StoredItem): Key;
  /** The key as its teacher reviews it. */
  review(key: Key): KeyReview;
  /** Scores an answer (null = not answered) against the key; evidence is measured on `paragraphs`. */
  score(key: Key, answer: Fields | null, paragraphs: ParagraphTexts): Scored<Fields>;
  /**
   * Tries mode (IMMEDIATE feedback): how many checks a student gets by default, or null where the
   * machine scores nothing (no check; the item locks at submit).
   */
  readonly tries: number | null;
  /**
   * Markdown feedback on a checked answer while tries remain: which parts are wrong, never the
   * right ones. Without it a check says only right, partly right or not right.
   */
  hint?(key: Key, answer: Fields | null, paragraphs: ParagraphTexts): string;
}
