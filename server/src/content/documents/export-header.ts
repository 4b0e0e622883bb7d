// The metadata of an archive export: its date line, section headers and citation. Pure: no I/O.

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthNumber(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return null;
  const index = MONTHS.findIndex(
    (m) => m.startsWith(n) && (n.length === m.length || n.length <= 4),
  );
  return index < 0 ? null : index + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
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

export type SectionName = "citation" | "summary" | "credits" | "originalLanguage" | "contents";

const SECTION_HEADER = /^(citation|summary|credits|original language|contents)\s*:\s*(.*)$/i;

export function sectionHeader(line: string): { name: SectionName; rest: string } | null {
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
const FOLLOWING_SENTENCE =
  /(?:^|\s)(?:Obtained|Translated|Translation|Contributed|Donated|Included|Originally|Published)\b/;

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

export function joinLines(lines: string[]): string | null {
  const s = lines
    .filter((l) => l.length > 0)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return s.length > 0 ? s : null;
}
