/**
 * Passages of the document as offsets: from what a student selects (in the rendered text or in a
 * text area) to {paragraphNumber, start, end}. Offsets are UTF-16 code units, as the API counts
 * them, as DOM text offsets count them and as String.prototype.slice counts them.
 */
import { otherDocument, paragraphTextOf, placeLabel, type PassageTexts } from "./documents.js";
import type { Passage } from "./models.js";

export interface Span {
  start: number;
  end: number;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * A selection tidied up: never inside a surrogate pair (half an emoji or a 𝔄), without spaces at
 * its ends, within the text. Null when nothing is left.
 */
export function normalizeSpan(text: string, start: number, end: number): Span | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from -= 1;
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to += 1;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

/** The offset, in the container's text, of a DOM boundary point inside it. */
function textOffset(container: Node, node: Node, offset: number): number {
  const range = container.ownerDocument!.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The part of a DOM range (a mouse selection) inside a rendered paragraph, as offsets into the
 * paragraph's text. The container must render exactly the paragraph's text (marks and note spans
 * may wrap pieces of it, but must add no text of their own). Null when the range misses it.
 */
export function rangeToSpan(
  container: Element,
  range: Range,
  text = container.textContent ?? "",
): Span | null {
  if (range.collapsed || !range.intersectsNode(container)) return null;
  const inside = (node: Node) => container === node || container.contains(node);
  const start = inside(range.startContainer)
    ? textOffset(container, range.startContainer, range.startOffset)
    : 0;
  const end = inside(range.endContainer)
    ? textOffset(container, range.endContainer, range.endOffset)
    : text.length;
  return normalizeSpan(text, start, end);
}

/** The selection in a text area that holds the paragraph's text. */
export function textareaSpan(textarea: HTMLTextAreaElement, text = textarea.value): Span | null {
  return normalizeSpan(text, textarea.selectionStart, textarea.selectionEnd);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const isWhole = (passage: Passage) => passage.start == null || passage.end == null;

export interface AddResult {
  passages: Passage[];
  /** Why nothing was added, in words for the student. */
  problem?: string;
}

/** Where a passage is added: its document (null or omitted: the item's own) and the own document's slug. */
export interface PassagePlace {
  documentSlug?: string | null;
  ownSlug?: string | null;
}

const inPlace = (passage: Passage, paragraphNumber: number, place: PassagePlace) =>
  passage.paragraphNumber === paragraphNumber &&
  otherDocument(passage, place.ownSlug) === otherDocument(place, place.ownSlug);

/** A new passage, naming its document only when it is not the item's own. */
function placed(place: PassagePlace, passage: Passage): Passage {
  const other = otherDocument(place, place.ownSlug);
  return other === null ? passage : { documentSlug: other, ...passage };
}

/**
 * Adds a span of a paragraph (of the item's own document, or of `place.documentSlug`). It replaces
 * the whole-paragraph choice of that paragraph (the student narrowed it down) and merges with spans
 * it overlaps; beyond `max` passages it is refused.
 */
export function addPassage(
  passages: readonly Passage[],
  paragraphNumber: number,
  span: Span,
  max: number,
  place: PassagePlace = {},
): AddResult {
  let merged = { ...span };
  const kept: Passage[] = [];
  for (const passage of passages) {
    if (!inPlace(passage, paragraphNumber, place)) kept.push(passage);
    else if (isWhole(passage)) continue;
    else if (overlaps(merged, passage as Span))
      merged = {
        start: Math.min(merged.start, passage.start!),
        end: Math.max(merged.end, passage.end!),
      };
    else kept.push(passage);
  }
  if (kept.length + 1 > max)
    return {
      passages: [...passages],
      problem: `You can choose at most ${max} passages. Remove one first.`,
    };
  return {
    passages: sortPassages(
      [...kept, placed(place, { paragraphNumber, start: merged.start, end: merged.end })],
      place.ownSlug,
    ),
  };
}

/** Chooses a whole paragraph (checked) or drops every passage of it (unchecked). */
export function setWholeParagraph(
  passages: readonly Passage[],
  paragraphNumber: number,
  chosen: boolean,
  max: number,
  place: PassagePlace = {},
): AddResult {
  const others = passages.filter((passage) => !inPlace(passage, paragraphNumber, place));
  if (!chosen) return { passages: others };
  if (others.length + 1 > max)
    return {
      passages: [...passages],
      problem: `You can choose at most ${max} passages. Remove one first.`,
    };
  return {
    passages: sortPassages([...others, placed(place, { paragraphNumber })], place.ownSlug),
  };
}

/** The own document's passages first, then each other document's; by paragraph and start within. */
function sortPassages(passages: Passage[], ownSlug?: string | null): Passage[] {
  const doc = (p: Passage) => otherDocument(p, ownSlug) ?? "";
  return passages.sort(
    (a, b) =>
      doc(a).localeCompare(doc(b)) ||
      a.paragraphNumber - b.paragraphNumber ||
      (a.start ?? -1) - (b.start ?? -1),
  );
}

/** The words of a passage (in its document), for lists and feedback. */
export function passageText(paragraphs: PassageTexts, passage: Passage): string {
  const text = paragraphTextOf(paragraphs, passage) ?? "";
  return isWhole(passage) ? text : text.slice(passage.start!, passage.end!);
}

/** "¶9: “could be assessed …”" (or "Ponomarev's telegram ¶6: …") with long quotes shortened in the middle. */
export function passageLabel(paragraphs: PassageTexts, passage: Passage, maxChars = 90): string {
  const words = passageText(paragraphs, passage).replace(/\s+/g, " ").trim();
  const chars = [...words];
  const short =
    chars.length > maxChars
      ? `${chars.slice(0, maxChars - 25).join("")} … ${chars.slice(-20).join("")}`
      : words;
  return `${placeLabel(paragraphs, passage)}${isWhole(passage) ? " (whole paragraph)" : ""}: “${short}”`;
}

export interface TextPiece {
  text: string;
  start: number;
  note: boolean;
  marked: boolean;
}

/** The paragraph cut where notes and chosen passages begin and end, to render with marks. */
export function textPieces(
  text: string,
  notes: readonly Span[],
  marks: readonly Span[],
): TextPiece[] {
  const cuts = new Set([0, text.length]);
  for (const span of [...notes, ...marks]) {
    if (span.start > 0 && span.start < text.length) cuts.add(span.start);
    if (span.end > 0 && span.end < text.length) cuts.add(span.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const within = (span: Span) => span.start <= start && end <= span.end;
    pieces.push({
      text: text.slice(start, end),
      start,
      note: notes.some(within),
      marked: marks.some(within),
    });
  }
  return pieces;
}
