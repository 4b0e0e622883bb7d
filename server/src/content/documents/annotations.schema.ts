import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case ASCII");
const text = z.string().trim().min(1, "must not be empty");
/** Fact-sheet ids (e.g. "P3", "9b") or paragraph citations ("¶9") that support an entry. */
const sources = z.array(text).default([]);

/** Whose record a document is: the state or party whose official made it. */
export const documentOrigin = z.enum(["SOVIET", "CHINESE", "NORTH_KOREAN"]);

export const documentFileSchema = z.strictObject({
  slug,
  /** The archive export, relative to the annotation folder. */
  export: text,
  displayUrl: z.url().optional(),
  /** Decided from the export's own text (author, archive, original language); never guessed. */
  origin: documentOrigin.optional(),
  /** A short name for lists and feedback, e.g. "Ponomarev's telegram"; the title serves without one. */
  shortTitle: text.optional(),
});

export const peopleFileSchema = z.array(
  z.strictObject({
    slug,
    name: text,
    /** Every form the document names them in; matched case-insensitively as whole words. */
    names: z.array(text).min(1),
    role: text,
    description: text,
    identified: z.boolean().default(true),
    sources,
  }),
);

export const glossaryFileSchema = z.array(
  z.strictObject({
    slug,
    term: text,
    variants: z.array(text).min(1),
    definition: text,
    sources,
  }),
);

export const noteKind = z.enum(["SIC", "INSERTION", "ARCHIVAL_MARK", "ORIGINAL_LANGUAGE", "OTHER"]);

export const notesFileSchema = z.array(
  z.strictObject({
    paragraph: z.number().int().min(1),
    /** The note as it stands, brackets included, or a prefix of it that is unique in the paragraph. */
    quote: text,
    /** Which of the notes that start with `quote` (1-based, in reading order) where several do. */
    occurrence: z.number().int().min(1).optional(),
    kind: noteKind.optional(),
    explanation: text,
    sources,
  }),
);

export type DocumentOrigin = z.infer<typeof documentOrigin>;
export type DocumentFile = z.infer<typeof documentFileSchema>;
export type PeopleFile = z.infer<typeof peopleFileSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type NotesFile = z.infer<typeof notesFileSchema>;
