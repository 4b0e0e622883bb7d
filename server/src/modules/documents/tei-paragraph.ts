// One paragraph in TEI P5: the author's words, every editorial note in its TEI form, people and
// terms pointing into the header's listPerson and the back's gloss list. Pure: no I/O.
// Dropping <corr>, <supplied> and <note> from the result leaves exactly Paragraph.authorText.

export interface TeiNote {
  kind: "SIC" | "INSERTION" | "ARCHIVAL_MARK" | "ORIGINAL_LANGUAGE" | "OTHER";
  quote: string;
  start: number;
  end: number;
  parentId: string | null;
}

export interface TeiMention {
  start: number;
  end: number;
  element: "persName" | "term";
  /** An xml:id in the same file, without '#'. */
  target: string;
}

// XML 1.0 has no place for most control characters or lone surrogates.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or attribute value, escaped for XML (all five special characters). */
export const escapeXml = (value: string): string =>
  value
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

interface Kept {
  ch: string;
  at: number;
}

/** Applies a whole-string replacement to kept characters, each remembering its offset in the text. */
function replaceKept(
  kept: Kept[],
  pattern: RegExp,
  keep: (match: RegExpMatchArray) => { from: number; text: string },
): Kept[] {
  const text = kept.map((k) => k.ch).join("");
  const out: Kept[] = [];
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    out.push(...kept.slice(cursor, index));
    const { from, text: replacement } = keep(match);
    [...replacement].forEach((ch, i) => out.push({ ch, at: kept[index + from + i].at }));
    cursor = index + match[0].length;
  }
  return out.concat(kept.slice(cursor));
}

/**
 * The characters of the author's words and where each stands in the text: the top-level notes
 * removed and the spaces tidied exactly as Paragraph.authorText does (documents.types withoutNotes).
 */
export function authorCharacters(text: string, topLevel: readonly TeiNote[]): Map<number, string> {
  let kept: Kept[] = [];
  let cursor = 0;
  const take = (from: number, to: number) => {
    for (let at = from; at < to; at++) kept.push({ ch: text[at], at });
  };
  for (const note of topLevel) {
    take(cursor, note.start);
    cursor = note.end;
  }
  take(cursor, text.length);
  // A run of spaces keeps its last one: where a note stood between two words, the space that
  // stays follows the note's element ("informed <supplied>Mao</supplied> about").
  kept = replaceKept(kept, /[ \t]{2,}/g, (m) => ({ from: m[0].length - 1, text: " " }));
  kept = replaceKept(kept, / +([.,;:!?])/g, (m) => ({ from: m[0].length - 1, text: m[1] }));
  kept = replaceKept(kept, /^[ \t]+|[ \t]+$/gm, () => ({ from: 0, text: "" }));
  return new Map(kept.map((k) => [k.at, k.ch]));
}

/** The notes that stand directly in the text (not inside another), in order, none overlapping. */
export function topLevelNotes(notes: readonly TeiNote[]): TeiNote[] {
  const out: TeiNote[] = [];
  let cursor = 0;
  for (const note of [...notes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (note.parentId !== null || note.start < cursor) continue;
    out.push(note);
    cursor = note.end;
  }
  return out;
}

const inner = (quote: string) => quote.replace(/^\[/, "").replace(/\]$/, "").trim();
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** What a [sic] note says the word should be: "[sic; November]" → "November"; null for a bare [sic]. */
export function correctionOf(quote: string): string | null {
  const words = inner(quote);
  const after = /^sic[.!]?\s*[;,:]\s*(.+)$/is.exec(words);
  if (after) return after[1].trim();
  const before = /^(.+?)\s*[;,]\s*sic[.!]?$/is.exec(words);
  return before ? before[1].trim() : null;
}

/** The word a [sic] note stands after: its start and end, or null when no word comes first. */
function sicWord(
  text: string,
  noteStart: number,
  floor: number,
): { start: number; end: number } | null {
  let end = noteStart;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  while (end > floor && !WORD_CHAR.test(text[end - 1]) && !/\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > floor && !/\s/.test(text[start - 1])) start--;
  while (start < end && !WORD_CHAR.test(text[start])) start++;
  return start < end ? { start, end } : null;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{Z}\s]+$/u;

function noteElement(note: TeiNote, language: string): string {
  const words = escapeXml(inner(note.quote));
  switch (note.kind) {
    case "INSERTION":
      return `<supplied>${words}</supplied>`;
    case "ARCHIVAL_MARK":
      return `<note type="archival">${words}</note>`;
    case "ORIGINAL_LANGUAGE": {
      const tag =
        LATIN_ONLY.test(inner(note.quote)) && language !== "en" ? `${language}-Latn` : language;
      return `<note type="original-language"><foreign xml:lang="${tag}">${words}</foreign></note>`;
    }
    default:
      return `<note type="editorial">${words}</note>`;
  }
}

type Item =
  | { type: "note"; start: number; end: number; note: TeiNote }
  | { type: "sic"; start: number; end: number; wordEnd: number; note: TeiNote }
  | { type: "mention"; start: number; end: number; mention: TeiMention };

const disjoint = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start || b.end <= a.start;

/**
 * The content of one TEI <p>: the author's characters escaped (a line break as <lb/> and the
 * break), notes as choice/sic/corr, supplied and note (type archival, original-language with a
 * foreign phrase in `language`, editorial), mentions as persName/term with a ref.
 */
export function paragraphToTei(
  text: string,
  notes: readonly TeiNote[],
  mentions: readonly TeiMention[],
  language: string,
): string {
  const top = topLevelNotes(notes);
  const kept = authorCharacters(text, top);
  const items: Item[] = [];
  let floor = 0;
  for (const note of top) {
    const word = note.kind === "SIC" ? sicWord(text, note.start, floor) : null;
    if (word)
      items.push({ type: "sic", start: word.start, end: note.end, wordEnd: word.end, note });
    else items.push({ type: "note", start: note.start, end: note.end, note });
    floor = note.end;
  }
  const longestFirst = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const blocked: Array<{ start: number; end: number }> = [...items];
  for (const mention of longestFirst) {
    if (mention.start < 0 || mention.end > text.length || mention.end <= mention.start) continue;
    if (!blocked.every((other) => disjoint(other, mention))) continue;
    items.push({ type: "mention", start: mention.start, end: mention.end, mention });
    blocked.push(mention);
  }
  items.sort((a, b) => a.start - b.start);

  const plain = (from: number, to: number) => {
    let out = "";
    for (let at = from; at < to; at++) {
      const ch = kept.get(at);
      if (ch === undefined) continue;
      out += ch === "\n" ? "<lb/>\n" : escapeXml(ch);
    }
    return out;
  };
  let out = "";
  let cursor = 0;
  for (const item of items) {
    out += plain(cursor, item.start);
    if (item.type === "mention") {
      const { element, target } = item.mention;
      out += `<${element} ref="#${escapeXml(target)}">${plain(item.start, item.end)}</${element}>`;
    } else if (item.type === "sic") {
      const sic = `<sic>${plain(item.start, item.wordEnd)}</sic>`;
      const correction = correctionOf(item.note.quote);
      out +=
        correction === null ? sic : `<choice>${sic}<corr>${escapeXml(correction)}</corr></choice>`;
      out += plain(item.wordEnd, item.note.start);
    } else {
      out += noteElement(item.note, language);
    }
    cursor = item.end;
  }
  return out + plain(cursor, text.length);
}
