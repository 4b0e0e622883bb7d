import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type ContentProblem, InvalidContentError, parseYamlFile } from "../content-problems.js";
import {
  type DocumentOrigin,
  documentFileSchema,
  glossaryFileSchema,
  notesFileSchema,
  peopleFileSchema,
} from "./annotations.schema.js";
import { type EditorialNoteKind, type ParsedExport, parseExport } from "./export-parser.js";
import { findMentions, type TextSpan } from "./mentions.js";

/** A document shipped with the project, with its annotations resolved against its text. */
export interface BuiltInDocument {
  slug: string;
  exportFile: string;
  displayUrl: string | null;
  origin: DocumentOrigin | null;
  shortTitle: string | null;
  parsed: ParsedExport;
  people: Array<{
    slug: string;
    name: string;
    role: string;
    description: string;
    identified: boolean;
    mentions: TextSpan[];
  }>;
  glossary: Array<{ slug: string; term: string; definition: string; mentions: TextSpan[] }>;
  /** Kind and explanation for each note, by paragraph number and the note's index in it. */
  notes: Map<string, { kind: EditorialNoteKind; explanation: string }>;
  /** Changes whenever the export or any annotation file changes. */
  contentHash: string;
}

export const noteKey = (paragraph: number, index: number) => `${paragraph}:${index}`;

const ANNOTATION_FILES = ["document.yaml", "people.yaml", "glossary.yaml", "notes.yaml"] as const;

/** The folders under lessons/documents that hold a built-in document's annotations. */
export function builtInDocumentDirs(documentsDir: string): string[] {
  if (!fs.existsSync(documentsDir)) return [];
  return fs
    .readdirSync(documentsDir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && fs.existsSync(path.join(documentsDir, entry.name, "document.yaml")),
    )
    .map((entry) => path.join(documentsDir, entry.name))
    .sort();
}

/**
 * Reads and validates one built-in document folder: the export it names, its people, glossary
 * and note explanations. Throws InvalidContentError listing every problem (file and field).
 */
export function loadBuiltInDocument(dir: string, rootForMessages = process.cwd()): BuiltInDocument {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => path.relative(rootForMessages, path.join(dir, file));
  const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
  const sources = Object.fromEntries(ANNOTATION_FILES.map((file) => [file, read(file)])) as Record<
    (typeof ANNOTATION_FILES)[number],
    string
  >;

  const documentFile = parseYamlFile(
    rel("document.yaml"),
    sources["document.yaml"],
    documentFileSchema,
    problems,
  );
  const people =
    parseYamlFile(rel("people.yaml"), sources["people.yaml"], peopleFileSchema, problems) ?? [];
  const glossary =
    parseYamlFile(rel("glossary.yaml"), sources["glossary.yaml"], glossaryFileSchema, problems) ??
    [];
  const notes =
    parseYamlFile(rel("notes.yaml"), sources["notes.yaml"], notesFileSchema, problems) ?? [];
  if (!documentFile) throw new InvalidContentError(problems);

  const exportText = read(documentFile.export);
  let parsed: ParsedExport;
  try {
    parsed = parseExport(exportText);
  } catch (error) {
    throw new InvalidContentError([
      ...problems,
      { file: rel(documentFile.export), path: "", message: (error as Error).message },
    ]);
  }

  const resolvedPeople = people.map((person, i) => {
    const mentions = findMentions(parsed.paragraphs, person.names);
    person.names.forEach((name, j) => {
      if (findMentions(parsed.paragraphs, [name]).length === 0) {
        problems.push({
          file: rel("people.yaml"),
          path: `[${i}].names[${j}]`,
          message: `"${name}" does not occur in the document`,
        });
      }
    });
    return {
      slug: person.slug,
      name: person.name,
      role: person.role,
      description: person.description,
      identified: person.identified,
      mentions,
    };
  });
  const resolvedGlossary = glossary.map((entry, i) => {
    const mentions = findMentions(parsed.paragraphs, entry.variants);
    if (mentions.length === 0) {
      problems.push({
        file: rel("glossary.yaml"),
        path: `[${i}].variants`,
        message: `no variant of "${entry.term}" occurs in the document`,
      });
    }
    return { slug: entry.slug, term: entry.term, definition: entry.definition, mentions };
  });
  problems.push(
    ...duplicateSlugs(rel("people.yaml"), people),
    ...duplicateSlugs(rel("glossary.yaml"), glossary),
  );

  const resolvedNotes = new Map<string, { kind: EditorialNoteKind; explanation: string }>();
  notes.forEach((note, i) => {
    const paragraph = parsed.paragraphs.find((p) => p.number === note.paragraph);
    const at = `[${i}]`;
    if (!paragraph) {
      problems.push({
        file: rel("notes.yaml"),
        path: `${at}.paragraph`,
        message: `the document has no paragraph ${note.paragraph}`,
      });
      return;
    }
    const matches = paragraph.notes.flatMap((parsedNote, index) =>
      parsedNote.quote.startsWith(note.quote) ? [index] : [],
    );
    const chosen = note.occurrence === undefined ? matches : [matches[note.occurrence - 1]];
    if (chosen.length !== 1 || chosen[0] === undefined) {
      const found =
        matches.length === 0 ? "no editorial note" : `${matches.length} editorial notes`;
      const ask = note.occurrence === undefined ? "" : `, not ${note.occurrence}`;
      problems.push({
        file: rel("notes.yaml"),
        path:
          note.occurrence === undefined || matches.length === 0
            ? `${at}.quote`
            : `${at}.occurrence`,
        message: `${found} in ¶${note.paragraph} start with "${note.quote}"${ask}${
          matches.length > 1 && note.occurrence === undefined ? " (say which with occurrence)" : ""
        }`,
      });
      return;
    }
    const index = chosen[0];
    const key = noteKey(note.paragraph, index);
    if (resolvedNotes.has(key)) {
      problems.push({
        file: rel("notes.yaml"),
        path: `${at}.quote`,
        message: `explains a note already explained`,
      });
      return;
    }
    resolvedNotes.set(key, {
      kind: note.kind ?? paragraph.notes[index]!.kind,
      explanation: note.explanation,
    });
  });
  for (const paragraph of parsed.paragraphs) {
    paragraph.notes.forEach((parsedNote, index) => {
      if (!resolvedNotes.has(noteKey(paragraph.number, index))) {
        problems.push({
          file: rel("notes.yaml"),
          path: "",
          message: `¶${paragraph.number}: note "${parsedNote.quote}" has no explanation`,
        });
      }
    });
  }

  if (problems.length > 0) throw new InvalidContentError(problems);
  const contentHash = crypto
    .createHash("sha256")
    .update(JSON.stringify(parsed))
    .update(ANNOTATION_FILES.map((file) => sources[file]).join("\u0000"))
    .digest("hex");
  return {
    slug: documentFile.slug,
    exportFile: path.join(dir, documentFile.export),
    displayUrl: documentFile.displayUrl ?? null,
    origin: documentFile.origin ?? null,
    shortTitle: documentFile.shortTitle ?? null,
    parsed,
    people: resolvedPeople,
    glossary: resolvedGlossary,
    notes: resolvedNotes,
    contentHash,
  };
}

function duplicateSlugs(file: string, entries: ReadonlyArray<{ slug: string }>): ContentProblem[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, i) => {
    if (!seen.has(entry.slug)) {
      seen.add(entry.slug);
      return [];
    }
    return [{ file, path: `[${i}].slug`, message: `duplicate slug "${entry.slug}"` }];
  });
}
