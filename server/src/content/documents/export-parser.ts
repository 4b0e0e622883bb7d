// Parser for Wilson Center Digital Archive text exports. Pure: no I/O.
// Editorial-note (bracket) logic lives in ./editorial-notes.ts.
import { bracketDepth, findNotes } from "./editorial-notes.js";

export { classifyNote } from "./editorial-notes.js";

export type EditorialNoteKind = "SIC" | "INSERTION" | "ARCHIVAL_MARK" | "ORIGINAL_LANGUAGE" | "OTHER";

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

export class ExportFormatError extends Error {
  constructor(readonly missing: string[]) {
    super(`not a Wilson Center Digital Archive export: missing ${missing.join(", ")}`);
    this.name = "ExportFormatError";
  }
}

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

function monthNumber(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(n) && (n.length === m.length || n.length <= 4));
  return index < 0 ? null : index + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A line that is exactly a date — "November 13, 1957", "13 November 1957" or "1957-11-13" (English month
 * names, full or abbreviated) — as YYYY-MM-DD; anything else (partial dates included) gives null.
 */
export function parseExportDate(line: string): string | null {
  const s = line.replace(/\*\*/g, "").trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month === null ? null : isoDate(Number(m[3]), month, Number(m[2]));
  }
  m = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month === null ? null : isoDate(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

type SectionName = "citation" | "summary" | "credits" | "originalLanguage" | "contents";

const SECTION_HEADER = /^(citation|summary|credits|original language|contents)\s*:\s*(.*)$/i;

function sectionHeader(line: string): { name: SectionName; rest: string } | null {
  const m = SECTION_HEADER.exec(line.replace(/\*\*/g, "").trim());
  if (!m) return null;
  const key = m[1].toLowerCase();
  const name: SectionName = key === "original language" ? "originalLanguage" : (key as SectionName);
  return { name, rest: m[2].trim() };
}

const CONTENTS_ITEM =
  /^(?:(?:translation|transcript|transcription)(?:\s*[-–—:]\s*[\p{L}\s,&()-]+)?|\p{L}+\s+(?:translation|transcript|transcription)|(?:scan\s+of\s+)?original(?:\s+document)?(?:\s+scan)?|scan)(?:\s*\([^)]*\))?$/iu;

/** Whether a line is an item listed under "Contents:" ("Translation - English", "Scan of Original Document", …). */
export function isContentsItem(line: string): boolean {
  return line.length <= 80 && CONTENTS_ITEM.test(line.trim());
}

const ARCHIVE = /(?:Wilson Center|History and Public Policy Program) Digital Archive,\s*/;
const FOLLOWING_SENTENCE = /(?:^|\s)(?:Obtained|Translated|Translation|Contributed|Donated|Included|Originally|Published)\b/;

/** The archival reference: what follows "… Digital Archive," up to the next sentence (the translator's). */
export function archivalReferenceOf(citation: string): string | null {
  const m = ARCHIVE.exec(citation);
  if (!m) return null;
  let rest = citation.slice(m.index + m[0].length);
  const next = FOLLOWING_SENTENCE.exec(rest);
  if (next) rest = rest.slice(0, next.index);
  rest = rest.trim().replace(/[.,;\s]+$/, "");
  return rest.length > 0 ? rest : null;
}

/** "Translated for NKIDP by Gary Goldberg." / "Translated by X." / "Obtained and translated by X." → the name. */
export function translatorOf(citation: string): string | null {
  const m = /\btranslated\b(?:\s+for\s+[^.]*?)?\s+by\s+(.+)$/i.exec(citation);
  if (!m) return null;
  // The name ends at a full stop after a word of 2+ letters (so initials like "S." stay in it).
  const name = /^(.*?[^\s.]{2,})(?:\.(?:\s|$)|$)/.exec(m[1].trim());
  return name ? name[1].trim() : null;
}

function joinLines(lines: string[]): string | null {
  const s = lines.filter((l) => l.length > 0).join(" ").replace(/\s+/g, " ").trim();
  return s.length > 0 ? s : null;
}

/** The non-blank lines from `from` up to the next blank line. */
function blockAt(lines: string[], from: number): { start: number; end: number } | null {
  let start = from;
  while (start < lines.length && lines[start] === "") start++;
  if (start >= lines.length) return null;
  let end = start;
  while (end < lines.length && lines[end] !== "") end++;
  return { start, end };
}

/** Title lines starting at `from` (bounded by `limit`): one block, or several if a `**` opened and not yet closed. */
function titleAt(lines: string[], from: number, limit: number): { title: string | null; end: number } {
  const first = blockAt(lines.slice(0, limit), from);
  if (!first) return { title: null, end: from };
  let end = first.end;
  if (lines[first.start].startsWith("**") && !lines[end - 1].endsWith("**")) {
    const close = lines.findIndex((l, i) => i >= end && i < limit && l.endsWith("**"));
    if (close >= 0) end = close + 1;
  }
  const title = joinLines(lines.slice(first.start, end).map((l) => l.replace(/\*\*/g, "").trim()));
  return { title, end };
}

/** Splits body lines into paragraphs (see the rules in the module README / issue: page breaks, open brackets). */
export function splitParagraphs(bodyLines: string[]): string[] {
  const blocks: string[] = [];
  for (let i = 0; i < bodyLines.length; ) {
    const block = blockAt(bodyLines, i);
    if (!block) break;
    blocks.push(bodyLines.slice(block.start, block.end).join("\n"));
    i = block.end;
  }
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const last = paragraphs.length - 1;
    if (last >= 0 && continuesParagraph(paragraphs[last], block)) {
      paragraphs[last] += joinerBetween(paragraphs[last], block) + block;
    } else {
      paragraphs.push(block);
    }
  }
  return paragraphs;
}

const CLOSING = new Set([".", "!", "?", ":", ";", "…", '"', "”", "’", "'", "»", ")", "]", "}"]);

function closesOpenBracket(paragraph: string, block: string): boolean {
  const { depth } = bracketDepth(paragraph);
  return depth > 0 && bracketDepth(block, depth).minDepth < depth;
}

function isPageBreak(paragraph: string, block: string): boolean {
  const lastChar = Array.from(paragraph).pop() ?? "";
  return !CLOSING.has(lastChar) && /^\p{Ll}/u.test(block);
}

function continuesParagraph(paragraph: string, block: string): boolean {
  return closesOpenBracket(paragraph, block) || isPageBreak(paragraph, block);
}

function joinerBetween(paragraph: string, block: string): string {
  return closesOpenBracket(paragraph, block) ? "\n" : " ";
}

export function parseExport(text: string): ParsedExport {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim());
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
    for (let i = 0; i < firstSection; ) {
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
  for (let i = firstSection; i >= 0 && i < lines.length; ) {
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
  const missing = [date ? null : "date", title ? null : "title", paragraphs.length > 0 ? null : "body"];
  if (!date || !title || paragraphs.length === 0) {
    throw new ExportFormatError(missing.filter((m): m is string => m !== null));
  }

  const citationLines = sections.citation ?? [];
  const url = citationLines.join(" ").match(/<?(https?:\/\/[^\s<>]+)>?/);
  const citation = joinLines(citationLines.map((l) => l.replace(/<?https?:\/\/[^\s<>]+>?/g, "").trim()));
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

const ASCII_FOLD: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", ł: "l", þ: "th", ı: "i",
};

/** Stable kebab-case ASCII slug from a title and an ISO date. */
export function slugFor(title: string, date: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => ASCII_FOLD[c] ?? "");
  let slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length > 60) {
    const cut = slug.slice(0, 61);
    const boundary = cut.lastIndexOf("-");
    slug = (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, 60)).replace(/-+$/, "");
  }
  const datePart = date.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return [slug || "document", datePart].filter((p) => p.length > 0).join("-");
}
