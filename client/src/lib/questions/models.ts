import type { EvidenceInput } from "../../api/generated/graphql.js";

export interface Option {
  id: string;
  text: string;
}

/** A paragraph of the document, as questions show it. Offsets are UTF-16 code units. */
export interface SourceParagraph {
  number: number;
  text: string;
  notes: ReadonlyArray<{ start: number; end: number }>;
}

/** The document's paragraphs as questions show them: text and where the translator's notes are. */
export function sourceParagraphs(
  paragraphs: ReadonlyArray<{
    number: number;
    text: string;
    notes: ReadonlyArray<{ start: number; end: number }>;
  }>,
): SourceParagraph[] {
  return paragraphs.map((p) => ({
    number: p.number,
    text: p.text,
    notes: p.notes.map(({ start, end }) => ({ start, end })),
  }));
}

export type Passage = EvidenceInput;
