// Parser for Wilson Center Digital Archive text exports. Pure: no I/O.
// The header lines are read in ./export-header.ts, the body in ./export-paragraphs.ts, the
// editorial notes (brackets) in ./editorial-notes.ts.
import { findNotes } from "./editorial-notes.js";
import {
  archivalReferenceOf,
  isContentsItem,
  joinLines,
  parseExportDate,
  type SectionName,
  sectionHeader,
  translatorOf,
} from "./export-header.js";
import { blockAt, splitParagraphs, titleAt } from "./export-paragraphs.js";
import type { ParsedExport } from "./export.types.js";

export type {
  EditorialNoteKind,
  ParsedExport,
  ParsedNote,
  ParsedParagraph,
} from "./export.types.js";

export class ExportFormatError extends Error {
  constructor(readonly missing: string[]) {
    super(`not a Wilson Center Digital Archive export: missing ${missing.join(", ")}`);
    this.name = "ExportFormatError";
  }
}

export function parseExport(text: string): ParsedExport {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim());
  const firstSection = lines.findIndex((l) => sectionHeader(l) !== null);
  // Without sections, the date must come early: among the first few non-blank lines.
  const searchLimit = firstSection >= 0 ? firstSection : nthNonBlank(lines, 6);
  const dateIndex = lines.findIndex((l, i) => i < searchLimit && parseExportDate(l) !== null);
  const date = dateIndex >= 0 ? parseExportDate(lines[dateIndex]) : null;
  const headerEnd = firstSection >= 0 ? firstSection : lines.length;

  let title: string | null = null;
  let titleEnd = dateIndex + 1;
  if (dateIndex >= 0) {
    ({ title, end: titleEnd } = titleAt(lines, dateIndex + 1, headerEnd));
  } else if (firstSection >= 0) {
    // No date: the title is the bold block before the sections, else the last block before them.
    let candidate: number | null = null;
    for (let i = 0; i < firstSection;) {
      const block = blockAt(lines.slice(0, firstSection), i);
      if (!block) break;
      if (candidate === null || !lines[candidate].startsWith("**")) candidate = block.start;
      i = block.end;
    }
    if (candidate !== null) title = titleAt(lines, candidate, firstSection).title;
  }

  const sections: Partial<Record<SectionName, string[]>> = {};
  const contents: string[] = [];
  let bodyStart = firstSection >= 0 ? lines.length : dateIndex >= 0 ? titleEnd : 0;
  for (let i = firstSection; i >= 0 && i < lines.length;) {
    const header = sectionHeader(lines[i]);
    if (!header) {
      bodyStart = i;
      break;
    }
    i++;
    if (header.name === "contents") {
      if (header.rest) contents.push(header.rest);
      while (i < lines.length && (lines[i] === "" || isContentsItem(lines[i]))) {
        if (lines[i] !== "") contents.push(lines[i]);
        i++;
      }
      continue; // the next line is either another section header or the body
    }
    const collected = (sections[header.name] ??= []);
    if (header.rest) collected.push(header.rest);
    const next = lines.findIndex((l, j) => j >= i && sectionHeader(l) !== null);
    if (next >= 0) {
      collected.push(...lines.slice(i, next));
      i = next;
    } else {
      // The last section and no Contents: its first block, then the body.
      const block = header.rest ? null : blockAt(lines, i);
      if (block) collected.push(...lines.slice(block.start, block.end));
      i = block ? block.end : i;
      bodyStart = i;
      break;
    }
  }

  const paragraphs = splitParagraphs(lines.slice(bodyStart));
  const missing = [
    date ? null : "date",
    title ? null : "title",
    paragraphs.length > 0 ? null : "body",
  ];
  if (!date || !title || paragraphs.length === 0) {
    throw new ExportFormatError(missing.filter((m): m is string => m !== null));
  }

  const citationLines = sections.citation ?? [];
  const url = citationLines.join(" ").match(/<?(https?:\/\/[^\s<>]+)>?/);
  const citation = joinLines(
    citationLines.map((l) => l.replace(/<?https?:\/\/[^\s<>]+>?/g, "").trim()),
  );
  return {
    title,
    date,
    citation,
    sourceUrl: url ? url[1] : null,
    archivalReference: citation ? archivalReferenceOf(citation) : null,
    translator: citation ? translatorOf(citation) : null,
    summary: joinLines(sections.summary ?? []),
    credits: joinLines(sections.credits ?? []),
    originalLanguage: joinLines(sections.originalLanguage ?? []),
    contents,
    paragraphs: paragraphs.map((p, i) => ({ number: i + 1, text: p, notes: findNotes(p) })),
  };
}

/** Index just past the n-th non-blank line (or the end). */
function nthNonBlank(lines: string[], n: number): number {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "" && ++seen === n) return i + 1;
  }
  return lines.length;
}
