// Evidence credit: student selections against target spans, by character overlap. Pure: no I/O.
//
//   recall    = target characters covered by the selections / target characters, counting only the
//               `enough` targets the student covered best (a question asking for at most 3 passages
//               of 4 good ones, or an exercise asking for 3 of 7 model passages, can be answered fully)
//   precision = selected characters inside the targets expanded to whole sentences / selected characters
//   credit    = F1 = 2PR / (P + R), or 0 when both are 0;
//               × count / minSelections when fewer than minSelections selections are in the document.
//
// Offsets are UTF-16 code units, end exclusive. Selections and targets are merged per paragraph
// before measuring, so overlapping or repeated spans count once. Spans of different documents
// never overlap: ¶6 of another document the item offers is not ¶6 of its own. A span's omitted
// document, or the own document named, is normalised to the item's own before anything is measured.
//
// Sentences: one ends after . ! ? or … (plus closing quotes or brackets) followed by whitespace,
// which it keeps, or at the paragraph's end; but not after an initial ("N. S."), a title ("Cde."),
// or before a lower-case word ("etc. to"). A target expands to every sentence it touches.
import {
  otherDocumentOf,
  paragraphText,
  type ParagraphTexts,
  type Selection,
  type Span,
  type Target,
} from "./types.js";

/** A merged selection that has no character inside any expanded target, with its text. */
export interface UnsupportedSelection extends Span {
  text: string;
}

export interface EvidenceCredit {
  credit: number;
  recall: number;
  precision: number;
  /** Selections with at least one character in the document, before merging. */
  selectionCount: number;
  minSelections: number;
  /** How many targets suffice for full recall. */
  enough: number;
  /** True when the credit was scaled down for too few selections. */
  scaled: boolean;
  /** Targets with at least half of their characters selected. */
  found: Target[];
  /** Targets with less than half of their characters selected. */
  missed: Target[];
  unsupported: UnsupportedSelection[];
  /** Short titles of the other documents the item offers, by slug (feedback names them). */
  titles: ReadonlyMap<string, string>;
}

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
function docOf(span: { documentSlug?: string | null }, texts: ParagraphTexts) {
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

const totalLength = (spans: readonly Span[]) => spans.reduce((sum, s) => sum + s.end - s.start, 0);

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

/** Recall, precision, F1 credit (scaled below minSelections) and the found, missed and unsupported passages. */
export function evidenceCredit(
  keyTargets: readonly Target[],
  selections: readonly Selection[],
  paragraphs: ParagraphTexts,
  minSelections = 0,
  enough = keyTargets.length,
): EvidenceCredit {
  const targets = keyTargets.map((t) => {
    const { documentSlug: _, ...rest } = t;
    return { ...docOf(t, paragraphs), ...rest };
  });
  const resolved = resolveSelections(selections, paragraphs);
  const selected = mergeSpans(resolved);
  const targetSpans = mergeSpans(targets);
  const expanded = expandToSentences(targets, paragraphs);

  const selectedChars = totalLength(selected);
  const recall =
    enough >= targets.length
      ? coveredShare(targetSpans, selected)
      : bestCoveredShare(targets, selected, enough);
  const precision = selectedChars > 0 ? overlapLength(selected, expanded) / selectedChars : 0;
  const f1 = recall + precision > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const scaled = resolved.length < minSelections;
  const credit = scaled ? (f1 * resolved.length) / minSelections : f1;

  const isFound = (t: Target) => 2 * overlapLength([t], selected) >= t.end - t.start;
  const unsupported = selected
    .filter((s) => overlapLength([s], expanded) === 0)
    .map((s) => ({ ...s, text: (paragraphText(paragraphs, s) ?? "").slice(s.start, s.end) }));

  return {
    credit,
    recall,
    precision,
    selectionCount: resolved.length,
    minSelections,
    enough,
    scaled,
    found: targets.filter(isFound),
    missed: targets.filter((t) => !isFound(t)),
    unsupported,
    titles: new Map([...(paragraphs.others ?? [])].map(([slug, d]) => [slug, d.shortTitle])),
  };
}

function coveredShare(targets: readonly Span[], selected: readonly Span[]): number {
  const chars = totalLength(targets);
  return chars > 0 ? overlapLength(targets, selected) / chars : 0;
}

/** Coverage of the `enough` targets with the largest covered share. */
function bestCoveredShare(
  targets: readonly Target[],
  selected: readonly Span[],
  enough: number,
): number {
  const ranked = targets
    .map((t) => ({ covered: overlapLength([t], selected), length: t.end - t.start }))
    .sort((a, b) => b.covered / b.length - a.covered / a.length || a.length - b.length)
    .slice(0, Math.max(1, enough));
  const chars = ranked.reduce((sum, t) => sum + t.length, 0);
  return chars > 0 ? ranked.reduce((sum, t) => sum + t.covered, 0) / chars : 0;
}

/** Plain spans of targets, for the key shown as `expected`. */
export const spansOf = (spans: readonly Span[]): Span[] =>
  spans.map((s) => ({
    ...(s.documentSlug ? { documentSlug: s.documentSlug } : {}),
    paragraphNumber: s.paragraphNumber,
    start: s.start,
    end: s.end,
  }));
