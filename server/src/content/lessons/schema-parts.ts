// The zod pieces every content file and every question kind builds on.
import { z } from "zod";

export const SKILLS = ["SOURCING", "CLOSE_READING", "CONTEXTUALIZATION", "CORROBORATION"] as const;
export type HistoricalSkill = (typeof SKILLS)[number];

/** Authored ids and slugs: stable once published, because attempts refer to them. */
export const id = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "must be kebab-case: lowercase ASCII letters, digits, single hyphens",
  );
export const text = z.string().trim().min(1, "must not be empty");
export const skill = z.enum(SKILLS);
export const paragraphNumber = z.number().int().min(1, "paragraph numbers start at 1");
export const paragraphs = z.array(paragraphNumber).min(1, "name at least one paragraph");
export const points = z.number().positive().max(100);
/** A Markdown file path relative to the YAML file (e.g. `steps/01-read.md`), or inline Markdown. */
export const markdown = text;
export const MARKDOWN_PATH = /^[A-Za-z0-9_./-]+\.md$/;

/** A passage of the document, written as the exact words; the loader resolves it to offsets. */
export const evidenceTarget = z.strictObject({
  /** The document the passage lies in: the item's own (the default) or one its `sources` list. */
  document: id.optional(),
  paragraph: paragraphNumber,
  // Not trimmed: the quote must match the document character for character.
  quote: z.string().min(1, "must not be empty"),
  occurrence: z.number().int().min(1).default(1),
  /** Optional UTF-16 offsets in the paragraph (as a reader selection gives them), re-checked against the quote. */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(1).optional(),
  note: text,
});

/**
 * The misreadings an item probes, for the teacher guide (plain text; never shown to students).
 * Optional to the schema; `npm run content:check` requires them (check-guide.ts).
 */
export const misconceptions = z.array(text).min(1, "name at least one misconception").optional();

/** An item's own tries in tries mode (IMMEDIATE feedback); omitted: its kind's default. */
export const tries = z
  .number()
  .int()
  .min(1, "allow 1 to 5 tries")
  .max(5, "allow 1 to 5 tries")
  .optional();

/** The fields every question has, whatever its kind. */
export const questionBase = {
  id,
  prompt: text,
  points,
  skill,
  paragraphs,
  explanation: text,
  misconceptions,
  tries,
};

export type EvidenceTargetInput = z.infer<typeof evidenceTarget>;

/**
 * A defensible passage the key does not require: choosing it never lowers precision and is never
 * called unsupported; with `countsForRecall` it may also stand in for a key passage.
 */
export const acceptablePassage = evidenceTarget.extend({
  countsForRecall: z.boolean().default(false),
});

/** A model passage of an exercise, with the claims it serves (omitted: every position needs it). */
export const modelPassage = evidenceTarget.extend({
  claims: z.array(id).min(1, "name at least one claim, or omit claims").optional(),
});

/**
 * The other documents an evidence question or exercise offers passages from, in order, with the
 * paragraphs it shows of each (its own document and `paragraphs` come first).
 */
export const evidenceSources = z.array(z.strictObject({ document: id, paragraphs })).default([]);

export type EvidenceSourceInput = z.infer<typeof evidenceSources>[number];
