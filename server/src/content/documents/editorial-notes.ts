// Editorial notes: the bracketed spans `[...]` a translator or archivist put into a document's text.
// Pure: no I/O. Offsets are JS string (UTF-16) indices.
import type { EditorialNoteKind, ParsedNote } from "./export.types.js";

/**
 * Depth of unclosed `[` after scanning `text`, starting from `depth`.
 * A stray `]` (no opener) is ignored, as in {@link findNotes}.
 * `minDepth` is the lowest depth reached during the scan (never below 0).
 */
export function bracketDepth(text: string, depth = 0): { depth: number; minDepth: number } {
  let minDepth = depth;
  for (const ch of text) {
    if (ch === "[") depth++;
    else if (ch === "]" && depth > 0) {
      depth--;
      if (depth < minDepth) minDepth = depth;
    }
  }
  return { depth, minDepth };
}

/**
 * Every bracketed span of `text`, nested ones included, ordered by start (parent before child).
 * An unclosed `[` runs to the end of the text; a stray `]` is ignored.
 */
export function findNotes(text: string): ParsedNote[] {
  const notes: ParsedNote[] = [];
  const open: number[] = []; // indices into `notes`
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "[") {
      const parentIndex = open.length > 0 ? open[open.length - 1] : null;
      notes.push({ start: i, end: -1, quote: "", kind: "OTHER", parentIndex });
      open.push(notes.length - 1);
    } else if (ch === "]") {
      const index = open.pop();
      if (index !== undefined) notes[index].end = i + 1;
    }
  }
  for (const index of open) notes[index].end = text.length;
  for (const note of notes) {
    note.quote = text.slice(note.start, note.end);
    const own = classifyNote(note.quote);
    const parent = note.parentIndex === null ? null : notes[note.parentIndex];
    // Inside a stamp or handwritten entry, a span the rules can only call a word or "other" is part of the mark.
    note.kind =
      parent?.kind === "ARCHIVAL_MARK" && (own === "OTHER" || own === "INSERTION")
        ? "ARCHIVAL_MARK"
        : own;
  }
  return notes;
}

const ARCHIVAL_WORDS =
  /\b(?:hand-?written|handwriting|stamps?|stamped|signatures?|signed|seals?|illegible signature|registration|registered|initials?|initialed|resolutions?|note in (?:the )?margins?|margins?|marginalia|underlined|underlining|crossed out|typewritten|letterhead|top secret|strictly secret|classification|declassified)\b/i;
const CLASSIFICATION = /\b(?:SECRET|CONFIDENTIAL|TOP)\b|^(?:secret|confidential)\b/;
const REGISTRATION = /№|Nº|\bNo\.\s*\d/;
const OMISSION_WORDS =
  /^(?:\.{2,}|…|\s)*$|\b(?:omitted|omission|illegible|unclear|unreadable|missing|deleted|redacted|untranslated|not translated|translator|editor)\b/i;
const NON_LATIN_LETTER =
  /[\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Mongolian}\p{Script=Thai}\p{Script=Devanagari}]/u;

// Transliterated Russian: features English words (almost) never have, and weaker hints.
const STRONG_TRANSLIT =
  /shch|zh|kh|iy|yy|partiy|(?:aya|oye|ogo|yye|iye|ymi|yu|ya)$|(?:^|[bcdfgklmnprsvz])ts[aeiouy]/;
const WEAK_TRANSLIT = /(?:[bcdfgklmnprstvz](?:ym|om|im)|ov|ev|ova|ovo|eva|nost|stvo|stva|ami|akh)$/;
const ENGLISH = new Set(
  (
    "a an the of to in on at by for from with and or but nor not no so as is was be been are were it its " +
    "he she we they i you me him her us them his our their who whom which that this these those logo"
  ).split(" "),
);

/** Whether `inner` (a note without its brackets) reads as transliterated Russian rather than English. */
export function looksTransliterated(inner: string): boolean {
  const words = inner.split(/[\s,;]+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.some((w) => !/^[A-Za-z'’-]+$/.test(w))) return false;
  const lower = words.filter((w) => /^[a-z]/.test(w));
  if (lower.length * 2 < words.length) return false; // mostly capitalised: names, not a phrase
  let strong = 0;
  let weak = 0;
  let content = 0;
  for (const raw of lower) {
    const w = raw.replace(/['’-]/g, "");
    if (ENGLISH.has(w) || w.length < 2) continue;
    content++;
    if (STRONG_TRANSLIT.test(w)) strong++;
    else if (WEAK_TRANSLIT.test(w)) weak++;
  }
  return strong > 0 || (weak >= 2 && weak === content);
}

/** The kind of an editorial note, from its quote (with or without the enclosing brackets). */
export function classifyNote(quote: string): EditorialNoteKind {
  let inner = quote.trim();
  if (inner.startsWith("[")) inner = inner.slice(1);
  if (inner.endsWith("]")) inner = inner.slice(0, -1);
  inner = inner.trim();
  if (/^sic\b/i.test(inner) || /[;,]\s*sic[.!]?$/i.test(inner)) return "SIC";
  if (ARCHIVAL_WORDS.test(inner) || CLASSIFICATION.test(inner) || REGISTRATION.test(inner))
    return "ARCHIVAL_MARK";
  if (OMISSION_WORDS.test(inner)) return "OTHER";
  if (NON_LATIN_LETTER.test(inner) || looksTransliterated(inner)) return "ORIGINAL_LANGUAGE";
  const words = inner.split(/\s+/);
  if (inner.length <= 40 && words.length <= 4 && /^\p{L}[\p{L}\s'’.,-]*$/u.test(inner))
    return "INSERTION";
  return "OTHER";
}
