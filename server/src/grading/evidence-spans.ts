// Span arithmetic for evidence scoring: selections resolved and merged, overlaps, sentences and
// the tolerance zones precision is measured against. Pure: no I/O.
//
// Offsets are UTF-16 code units, end exclusive. Spans of different documents never overlap: ¶6 of
// another document the item offers is not ¶6 of its own.
//
// Sentences: one ends after . ! ? or … (plus closing quotes or brackets) followed by whitespace,
// which it keeps, or at the paragraph's end; but not after an initial ("N. S."), a title ("Cde."),
// or before a lower-case word ("etc. to").
//
// Tolerance zone of a passage (key or acceptable): the passage widened on each side by as many
// characters as the passage is long (at least MIN_TOLERANCE), but never beyond the sentences it
// touches. Choosing a little more than the exact words costs nothing; the rest of a long sentence,
// and every other sentence, counts against precision.
import {
  otherDocumentOf,
  paragraphText,
  type ParagraphTexts,
  type Selection,
  type Span,
} from "./types.js";

/** Fewest characters a passage's tolerance zone reaches beyond each of its ends (within its sentences). */
export const MIN_TOLERANCE = 10;

/** Selections as spans clamped to their paragraphs (no start/end = whole paragraph); empty or unknown-paragraph ones dropped. */
export function resolveSelections(
  selections: readonly Selection[],
  paragraphs: ParagraphTexts,
): Span[] {
  const spans: Span[] = [];
  for (const selection of selections) {
    const text = paragraphText(paragraphs, selection);
    if (text === undefined) continue;
    const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
    const a = clamp(selection.start ?? 0);
    const b = clamp(selection.end ?? text.length);
    if (a !== b)
      spans.push({
        ...docOf(selection, paragraphs),
        paragraphNumber: selection.paragraphNumber,
        start: Math.min(a, b),
        end: Math.max(a, b),
      });
  }
  return spans;
}

/** `{ documentSlug }` for a span of another document, `{}` for one of the item's own. */
export function docOf(span: { documentSlug?: string | null }, texts: ParagraphTexts) {
  const other = otherDocumentOf(span, texts.documentSlug);
  return other === null ? {} : { documentSlug: other };
}

/** Whether two spans lie in the same paragraph of the same document (omitted = own document). */
const samePlace = (x: Span, y: Span) =>
  x.paragraphNumber === y.paragraphNumber && (x.documentSlug ?? null) === (y.documentSlug ?? null);

/** Spans sorted by document, paragraph and start, with overlapping or touching spans of a paragraph joined. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort(
    (x, y) =>
      (x.documentSlug ?? "").localeCompare(y.documentSlug ?? "") ||
      x.paragraphNumber - y.paragraphNumber ||
      x.start - y.start,
  );
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && samePlace(last, span) && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({
        ...(span.documentSlug ? { documentSlug: span.documentSlug } : {}),
        paragraphNumber: span.paragraphNumber,
        start: span.start,
        end: span.end,
      });
    }
  }
  return merged;
}

/** Characters shared by two lists of spans, each already merged; spans of different documents share none. */
export function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const x of a) {
    for (const y of b) {
      if (samePlace(x, y))
        total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    }
  }
  return total;
}

export const totalLength = (spans: readonly Span[]) =>
  spans.reduce((sum, s) => sum + s.end - s.start, 0);

// Terminal punctuation, optional closing quotes or brackets, then whitespace or the end of the text.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?:\s+|$)/gu;
// Words whose period does not end a sentence ("Cde. Mao Zedong"); single capitals ("N. S.") neither.
const ABBREVIATIONS = new Set(["cde", "mr", "mrs", "ms", "dr", "st", "gen", "col", "op"]);

function endsSentence(text: string, at: number, next: number): boolean {
  if (/^\p{Ll}/u.test(text.slice(next, next + 1))) return false;
  if (text.slice(at, next).trimEnd() !== ".") return true;
  const word = /\p{L}+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0];
  if (word === undefined) return true;
  return !(
    (word.length === 1 && word !== word.toLowerCase()) ||
    ABBREVIATIONS.has(word.toLowerCase())
  );
}

/** The sentences of a paragraph as [start, end) ranges that tile it (rule in the header). */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const sentences: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end <= start || (end < text.length && !endsSentence(text, match.index, end))) continue;
    sentences.push({ start, end });
    start = end;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** Each target widened to the whole sentences it touches, merged; targets in unknown paragraphs stay as they are. */
export function expandToSentences(targets: readonly Span[], paragraphs: ParagraphTexts): Span[] {
  const expanded = targets.map((target) => {
    const text = paragraphText(paragraphs, target);
    if (text === undefined) return target;
    const touched = sentenceSpans(text).filter((s) =>
      target.end > target.start
        ? s.start < target.end && target.start < s.end
        : s.start <= target.start && target.start < s.end,
    );
    if (touched.length === 0) return target;
    const first = touched[0];
    const last = touched[touched.length - 1];
    return {
      ...(target.documentSlug ? { documentSlug: target.documentSlug } : {}),
      paragraphNumber: target.paragraphNumber,
      start: Math.min(first.start, target.start),
      end: Math.max(last.end, target.end),
    };
  });
  return mergeSpans(expanded);
}

/** Each passage widened to its tolerance zone (header), merged; passages in unknown paragraphs stay as they are. */
export function toleranceZones(passages: readonly Span[], paragraphs: ParagraphTexts): Span[] {
  return mergeSpans(
    passages.map((p) => {
      const reach = Math.max(MIN_TOLERANCE, p.end - p.start);
      const within = expandToSentences([p], paragraphs)[0];
      return {
        ...(p.documentSlug ? { documentSlug: p.documentSlug } : {}),
        paragraphNumber: p.paragraphNumber,
        start: Math.max(within?.start ?? p.start, p.start - reach),
        end: Math.min(within?.end ?? p.end, p.end + reach),
      };
    }),
  );
}

/** Plain spans of targets, for the key shown as `expected`. */
export const spansOf = (spans: readonly Span[]): Span[] =>
  spans.map((s) => ({
    ...(s.documentSlug ? { documentSlug: s.documentSlug } : {}),
    paragraphNumber: s.paragraphNumber,
    start: s.start,
    end: s.end,
  }));
