// Shapes of a parsed archive export and of a stored document. Pure data.

export type EditorialNoteKind =
  "SIC" | "INSERTION" | "ARCHIVAL_MARK" | "ORIGINAL_LANGUAGE" | "OTHER";

export interface ParsedNote {
  /** UTF-16 offsets into the paragraph text, end exclusive; text.slice(start, end) === quote. */
  start: number;
  end: number;
  quote: string;
  kind: EditorialNoteKind;
  /** Index (in the same paragraph's notes array) of the note this one is nested in, or null. */
  parentIndex: number | null;
}

export interface ParsedParagraph {
  number: number;
  text: string;
  notes: ParsedNote[];
}

export interface ParsedExport {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  citation: string | null;
  sourceUrl: string | null;
  archivalReference: string | null;
  translator: string | null;
  summary: string | null;
  credits: string | null;
  originalLanguage: string | null;
  /** The lines listed under "Contents:", e.g. ["Translation - English"]. */
  contents: string[];
  paragraphs: ParsedParagraph[];
}

/** A document's own fields as stored: what an import writes and a read returns. */
export interface DocumentFields {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string | null;
  citation: string | null;
  sourceUrl: string | null;
  displayUrl: string | null;
  archivalReference: string | null;
  translator: string | null;
  originalLanguage: string | null;
  credits: string | null;
  contents: string[];
  contentHash: string;
  builtIn: boolean;
  /** Whose record it is: set from a built-in document's annotations, null for an import. */
  origin: "SOVIET" | "CHINESE" | "NORTH_KOREAN" | null;
  /** A short name for lists and feedback: set from a built-in document's annotations, null for an import. */
  shortTitle: string | null;
}
