import crypto from "node:crypto";
import { bumpContentVersion } from "../content-version.sql.js";
import type { Queryable } from "../../core/database.js";
import { type BuiltInDocument, noteKey } from "./annotations.js";
import * as sql from "./document-import.sql.js";
import type { DocumentFields, ParsedExport } from "./export.types.js";
import { slugFor } from "./slug.js";
import { planParagraphs } from "./paragraph-plan.js";

export type SaveStatus = "created" | "updated" | "unchanged";

export interface SaveResult {
  slug: string;
  status: SaveStatus;
  paragraphs: number;
  notes: number;
}

/** A re-import the rules do not allow; nothing was changed. */
export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportRefusedError";
  }
}

/**
 * Imports a parsed archive export. The same document (by source URL, else by slug) is updated
 * in place; renumbering the paragraphs of a cited document needs `force`. Call inside a
 * transaction: on any error nothing of this document is changed.
 */
export async function importDocument(
  db: Queryable,
  parsed: ParsedExport,
  options: { force?: boolean } = {},
): Promise<SaveResult> {
  const stem = slugFor(parsed.title, parsed.date);
  const existing =
    (parsed.sourceUrl ? await sql.selectDocumentBySourceUrl(db, parsed.sourceUrl) : undefined) ??
    (await sql.selectDocumentBySlug(db, stem));
  if (existing?.builtIn) {
    const stored = await sql.selectParagraphTexts(db, existing.id);
    if (
      planParagraphs(
        stored,
        parsed.paragraphs.map((p) => p.text),
      ).unchanged
    ) {
      return {
        slug: existing.slug,
        status: "unchanged",
        paragraphs: stored.length,
        notes: countNotes(parsed),
      };
    }
    throw new ImportRefusedError(
      `"${existing.slug}" is built in: the server loads it from lessons/documents/${existing.slug}/ at start; change it there`,
    );
  }
  if (
    existing &&
    existing.sourceUrl &&
    parsed.sourceUrl &&
    existing.sourceUrl !== parsed.sourceUrl
  ) {
    // Same title and date, another source: a different document that needs its own slug.
    const result = await saveDocument(db, undefined, await freeSlug(db, stem), parsed, {
      contentHash: hashOf(parsed),
      force: options.force,
    });
    await bumpContentVersion(db);
    return result;
  }
  const slug = existing?.slug ?? (await freeSlug(db, stem));
  const result = await saveDocument(db, existing, slug, parsed, {
    contentHash: hashOf(parsed),
    force: options.force,
  });
  if (result.status !== "unchanged") await bumpContentVersion(db);
  return result;
}

/** Loads or refreshes a built-in document and its annotations; unchanged content is left alone. */
export async function syncBuiltInDocument(
  db: Queryable,
  document: BuiltInDocument,
): Promise<SaveResult> {
  const existing = await sql.selectDocumentBySlug(db, document.slug);
  return saveDocument(db, existing, document.slug, document.parsed, {
    contentHash: document.contentHash,
    displayUrl: document.displayUrl,
    builtIn: document,
    // The project's own files are validated against the text before they get here.
    force: true,
  });
}

interface SaveOptions {
  contentHash: string;
  displayUrl?: string | null;
  builtIn?: BuiltInDocument;
  force?: boolean;
}

async function saveDocument(
  db: Queryable,
  existing: sql.ExistingDocument | undefined,
  slug: string,
  parsed: ParsedExport,
  options: SaveOptions,
): Promise<SaveResult> {
  const counts = { paragraphs: parsed.paragraphs.length, notes: countNotes(parsed) };
  if (existing && existing.contentHash === options.contentHash)
    return { slug: existing.slug, status: "unchanged", ...counts };

  const fields: DocumentFields = {
    slug,
    title: parsed.title,
    date: parsed.date,
    summary: parsed.summary,
    citation: parsed.citation,
    sourceUrl: parsed.sourceUrl,
    displayUrl: options.displayUrl ?? null,
    archivalReference: parsed.archivalReference,
    translator: parsed.translator,
    originalLanguage: parsed.originalLanguage,
    credits: parsed.credits,
    contents: parsed.contents,
    contentHash: options.contentHash,
    builtIn: options.builtIn !== undefined,
    origin: options.builtIn?.origin ?? null,
    shortTitle: options.builtIn?.shortTitle ?? null,
  };
  const documentId = existing ? existing.id : await sql.insertDocument(db, fields);
  const stored = existing ? await sql.selectParagraphTexts(db, documentId) : [];
  const plan = planParagraphs(
    stored,
    parsed.paragraphs.map((p) => p.text),
  );
  if (existing && plan.renumbers && !options.force && (await sql.documentIsCited(db, documentId))) {
    throw new ImportRefusedError(
      `"${existing.slug}" is cited by lessons or annotations, and this export would renumber its paragraphs ` +
        `(${stored.length} → ${parsed.paragraphs.length}); paragraph numbers never change once published. ` +
        `Re-run with --force to replace them anyway.`,
    );
  }
  if (existing) {
    await sql.updateDocument(db, documentId, fields);
    await sql.deleteDerivedRows(db, documentId, options.builtIn !== undefined);
  }
  const paragraphIds = await sql.writeParagraphs(db, documentId, plan);
  await writeNotes(db, parsed, paragraphIds, options.builtIn);
  if (options.builtIn) await writeAnnotations(db, documentId, options.builtIn, paragraphIds);
  return { slug, status: existing ? "updated" : "created", ...counts };
}

async function writeNotes(
  db: Queryable,
  parsed: ParsedExport,
  paragraphIds: Map<number, { id: string; length: number }>,
  builtIn: BuiltInDocument | undefined,
): Promise<void> {
  for (const paragraph of parsed.paragraphs) {
    const target = paragraphIds.get(paragraph.number)!;
    const ids: string[] = [];
    for (const [index, note] of paragraph.notes.entries()) {
      const annotation = builtIn?.notes.get(noteKey(paragraph.number, index));
      ids.push(
        await sql.insertNote(db, {
          paragraphId: target.id,
          paragraphLength: target.length,
          parentId: note.parentIndex === null ? null : ids[note.parentIndex]!,
          kind: annotation?.kind ?? note.kind,
          quote: note.quote,
          start: note.start,
          end: note.end,
          explanation: annotation?.explanation ?? null,
        }),
      );
    }
  }
}

async function writeAnnotations(
  db: Queryable,
  documentId: string,
  document: BuiltInDocument,
  paragraphIds: Map<number, { id: string; length: number }>,
): Promise<void> {
  const mentions: sql.MentionInsert[] = [];
  const at = (span: { paragraphNumber: number; start: number; end: number }) => {
    const paragraph = paragraphIds.get(span.paragraphNumber)!;
    return {
      paragraphId: paragraph.id,
      paragraphLength: paragraph.length,
      start: span.start,
      end: span.end,
    };
  };
  for (const [index, person] of document.people.entries()) {
    const personId = await sql.insertPerson(db, documentId, index + 1, person);
    for (const span of person.mentions)
      mentions.push({ ...at(span), personId, glossaryTermId: null });
  }
  for (const [index, entry] of document.glossary.entries()) {
    const glossaryTermId = await sql.insertGlossaryTerm(db, documentId, index + 1, entry);
    for (const span of entry.mentions)
      mentions.push({ ...at(span), personId: null, glossaryTermId });
  }
  await sql.insertMentions(db, mentions);
}

async function freeSlug(db: Queryable, stem: string): Promise<string> {
  const taken = new Set(await sql.selectSlugsLike(db, stem));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

function countNotes(parsed: ParsedExport): number {
  return parsed.paragraphs.reduce((n, p) => n + p.notes.length, 0);
}

function hashOf(parsed: ParsedExport): string {
  return crypto.createHash("sha256").update(JSON.stringify(parsed)).digest("hex");
}
