/**
 * From a paragraph's text and its offsets (editorial notes, mentions of people and terms, search
 * matches) to a tree of segments to render. Pure: no Vue, no DOM. Offsets are UTF-16 code units,
 * as the API gives them and as String.prototype.slice counts.
 */

export type NoteKind = "SIC" | "INSERTION" | "ARCHIVAL_MARK" | "ORIGINAL_LANGUAGE" | "OTHER";

export interface ReaderNote {
  id: string;
  kind: NoteKind;
  /** text.slice(start, end), brackets included. */
  quote: string;
  start: number;
  end: number;
  explanation?: string | null;
  parentId?: string | null;
}

export interface ReaderParagraphData {
  number: number;
  /** As published, editorial brackets included. */
  text: string;
  notes: readonly ReaderNote[];
  /** The server's text without the notes; authoritative where it differs from ours. */
  authorText?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A stretch of Paragraph.text naming a person or term; `entity` is passed through untouched. */
export interface MentionSpan<E> extends Span {
  key: string;
  entity: E;
}

export type Segment<E> =
  | {
      type: "text";
      key: string;
      text: string;
      /** index of the search match this piece belongs to */ match: number | null;
    }
  | { type: "note"; key: string; note: ReaderNote; children: Segment<E>[] }
  | { type: "mention"; key: string; mention: MentionSpan<E>; children: Segment<E>[] };

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const disjoint = (a: Span, b: Span) => a.end <= b.start || b.end <= a.start;
const outerFirst = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** The notes that fit the text, outer before inner; a note that cuts across another is dropped. */
function usableNotes(text: string, notes: readonly ReaderNote[]): ReaderNote[] {
  const kept: ReaderNote[] = [];
  for (const note of [...notes].sort(outerFirst)) {
    if (note.start < 0 || note.end > text.length || note.end <= note.start) continue;
    if (kept.every((other) => disjoint(other, note) || contains(other, note))) kept.push(note);
  }
  return kept;
}

/**
 * Mentions that can be marked: each lies wholly outside every note or wholly inside one (notes take
 * precedence), and mentions never overlap each other (the longer one wins).
 */
export function usableMentions<E>(
  mentions: readonly MentionSpan<E>[],
  notes: readonly Span[],
): MentionSpan<E>[] {
  const kept: MentionSpan<E>[] = [];
  const longestFirst = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const mention of longestFirst) {
    if (mention.end <= mention.start) continue;
    if (!notes.every((note) => disjoint(note, mention) || contains(note, mention))) continue;
    if (kept.every((other) => disjoint(other, mention))) kept.push(mention);
  }
  return kept.sort(outerFirst);
}

interface Kept {
  ch: string;
  at: number;
}

/** Applies a whole-string regex replacement to kept characters, remembering where each came from. */
function replaceKept(
  kept: Kept[],
  pattern: RegExp,
  keepOf: (match: RegExpMatchArray) => { from: number; text: string },
): Kept[] {
  const text = kept.map((k) => k.ch).join("");
  const out: Kept[] = [];
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    out.push(...kept.slice(cursor, index));
    const { from, text: replacement } = keepOf(match);
    [...replacement].forEach((ch, i) =>
      out.push({ ch, at: kept[index + from + i]?.at ?? kept[index].at }),
    );
    cursor = index + match[0].length;
  }
  return out.concat(kept.slice(cursor));
}

/**
 * The author's words alone, as the server makes Paragraph.authorText (top-level notes removed, then
 * the left-over spaces tidied), with a way to carry spans of the full text over to it. Where the
 * server's authorText differs from ours, the server's wins and no span can be carried over.
 */
export function authorView(
  text: string,
  notes: readonly ReaderNote[],
  authorText?: string,
): { text: string; map: (span: Span) => Span | null } {
  let kept: Kept[] = [];
  let cursor = 0;
  const take = (from: number, to: number) => {
    for (let at = from; at < to; at++) kept.push({ ch: text[at], at });
  };
  for (const note of [...notes].sort((a, b) => a.start - b.start)) {
    if (note.parentId || note.start < cursor) continue;
    take(cursor, note.start);
    cursor = note.end;
  }
  take(cursor, text.length);
  kept = replaceKept(kept, /[ \t]{2,}/g, () => ({ from: 0, text: " " }));
  kept = replaceKept(kept, / +([.,;:!?])/g, (m) => ({ from: m[0].length - 1, text: m[1] }));
  kept = replaceKept(kept, /^[ \t]+|[ \t]+$/gm, () => ({ from: 0, text: "" }));
  const ours = kept.map((k) => k.ch).join("");
  if (authorText !== undefined && authorText !== ours) return { text: authorText, map: () => null };
  const indexOf = new Map(kept.map((k, i) => [k.at, i]));
  return {
    text: ours,
    map(span) {
      const first = indexOf.get(span.start);
      const last = indexOf.get(span.end - 1);
      if (first === undefined || last === undefined || last - first !== span.end - 1 - span.start)
        return null;
      return { start: first, end: last + 1 };
    },
  };
}

/** The text shown: as published with the notes, or the author's words alone. */
export function displayText(paragraph: ReaderParagraphData, showNotes: boolean): string {
  return showNotes
    ? paragraph.text
    : authorView(paragraph.text, paragraph.notes, paragraph.authorText).text;
}

/** Case-insensitive matches of a search term; any run of spaces in the term matches any whitespace. */
export function findMatches(text: string, term: string): Span[] {
  const words = term.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(
    words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("\\s+"),
    "giu",
  );
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

type Container<E> = Span &
  ({ type: "note"; note: ReaderNote } | { type: "mention"; mention: MentionSpan<E> }) & {
    children: Container<E>[];
  };

function nest<E>(containers: Container<E>[]): Container<E>[] {
  const roots: Container<E>[] = [];
  const stack: Container<E>[] = [];
  for (const container of containers) {
    while (stack.length > 0 && stack[stack.length - 1].end <= container.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && !contains(parent, container)) continue;
    (parent ? parent.children : roots).push(container);
    stack.push(container);
  }
  return roots;
}

function leaves<E>(text: string, from: number, to: number, matches: readonly Span[]): Segment<E>[] {
  const out: Segment<E>[] = [];
  let cursor = from;
  const push = (end: number, match: number | null) => {
    if (end > cursor)
      out.push({ type: "text", key: `t${cursor}`, text: text.slice(cursor, end), match });
    cursor = Math.max(cursor, end);
  };
  matches.forEach((match, index) => {
    if (match.end <= from || match.start >= to) return;
    push(Math.max(match.start, from), null);
    push(Math.min(match.end, to), index);
  });
  push(to, null);
  return out;
}

function emit<E>(
  text: string,
  from: number,
  to: number,
  nodes: Container<E>[],
  matches: readonly Span[],
): Segment<E>[] {
  const out: Segment<E>[] = [];
  let cursor = from;
  for (const node of nodes) {
    out.push(...leaves<E>(text, cursor, node.start, matches));
    const children = emit(text, node.start, node.end, node.children, matches);
    out.push(
      node.type === "note"
        ? { type: "note", key: `n${node.note.id}`, note: node.note, children }
        : { type: "mention", key: `m${node.mention.key}`, mention: node.mention, children },
    );
    cursor = node.end;
  }
  out.push(...leaves<E>(text, cursor, to, matches));
  return out;
}

export interface BuildOptions<E> {
  showNotes: boolean;
  /** Spans of Paragraph.text (the full text, notes included), whichever view is shown. */
  mentions?: readonly MentionSpan<E>[];
  search?: string;
  /** Spans of Paragraph.text to mark as matches (a full-text search hit), used when `search` is empty. */
  ranges?: readonly Span[];
}

/** The paragraph as a tree of segments: notes (nested notes inside their parent), mentions, and text pieces marked with their search match. */
export function buildSegments<E>(
  paragraph: ReaderParagraphData,
  options: BuildOptions<E>,
): { text: string; segments: Segment<E>[]; matches: Span[] } {
  const notes = options.showNotes ? usableNotes(paragraph.text, paragraph.notes) : [];
  let text = paragraph.text;
  let mentions = usableMentions(options.mentions ?? [], notes);
  if (!options.showNotes) {
    const view = authorView(paragraph.text, paragraph.notes, paragraph.authorText);
    text = view.text;
    mentions = mentions.flatMap((mention) => {
      const span = view.map(mention);
      return span ? [{ ...mention, ...span }] : [];
    });
  }
  let matches = findMatches(text, options.search ?? "");
  if (matches.length === 0 && !options.search?.trim() && options.ranges?.length) {
    const view = options.showNotes
      ? null
      : authorView(paragraph.text, paragraph.notes, paragraph.authorText);
    matches = options.ranges.flatMap((range) => {
      if (range.start < 0 || range.end > paragraph.text.length || range.end <= range.start)
        return [];
      const span = view ? view.map(range) : range;
      return span ? [span] : [];
    });
  }
  const containers: Container<E>[] = [
    ...notes.map((note) => ({
      type: "note" as const,
      note,
      start: note.start,
      end: note.end,
      children: [],
    })),
    ...mentions.map((mention) => ({
      type: "mention" as const,
      mention,
      start: mention.start,
      end: mention.end,
      children: [],
    })),
  ];
  // Outer first; at equal spans the note holds the mention.
  containers.sort(
    (a, b) => outerFirst(a, b) || (a.type === "note" ? -1 : 1) - (b.type === "note" ? -1 : 1),
  );
  return { text, segments: emit(text, 0, text.length, nest(containers), matches), matches };
}

/** The text a list of segments renders, for tests and plain-text uses. */
export function segmentsText<E>(segments: readonly Segment<E>[]): string {
  return segments
    .map((segment) => (segment.type === "text" ? segment.text : segmentsText(segment.children)))
    .join("");
}
