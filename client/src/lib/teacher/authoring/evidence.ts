// Evidence targets as the draft stores them, and the picker's passages (offsets in a paragraph).
import type { Json } from "./draft.js";

export interface DraftTarget {
  paragraph: number;
  quote: string;
  occurrence?: number;
  start?: number;
  end?: number;
  note: string;
  document?: string;
}

export interface PickedPassage {
  paragraphNumber: number;
  start?: number | null;
  end?: number | null;
  documentSlug?: string | null;
}

/** Which occurrence of `quote` in `text` starts at `start` (1-based); 1 when it is not found there. */
export function occurrenceAt(text: string, quote: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    count += 1;
    if (at === start) return count;
  }
  return 1;
}

/** Where a target lies in its paragraph: its offsets, or where its quote's occurrence is. */
export function targetSpan(
  text: string,
  target: DraftTarget,
): { start: number; end: number } | null {
  if (
    target.start !== undefined &&
    target.end !== undefined &&
    text.slice(target.start, target.end) === target.quote
  )
    return { start: target.start, end: target.end };
  let at = -1;
  for (let n = 0; n < (target.occurrence ?? 1); n += 1) {
    at = text.indexOf(target.quote, at + 1);
    if (at === -1) return null;
  }
  return { start: at, end: at + target.quote.length };
}

/** Whether a target lies in `document` (undefined: the item's own document). */
const inDocument = (t: DraftTarget, document: string | undefined) =>
  (t.document || undefined) === document;

/** The picker's passages for a draft's targets in one document (the item's own by default). */
export function passagesOf(
  targets: readonly DraftTarget[],
  texts: ReadonlyMap<number, string>,
  document?: string,
): PickedPassage[] {
  return targets
    .filter((t) => inDocument(t, document))
    .map((t) => {
      const span = targetSpan(texts.get(t.paragraph) ?? "", t);
      return { paragraphNumber: t.paragraph, start: span?.start ?? null, end: span?.end ?? null };
    });
}

/**
 * The draft's targets after the picker changed its passages: a passage already a target keeps
 * its note; a new one quotes the selected words (the whole paragraph when chosen whole) with
 * its offsets and occurrence, and an empty note to write. With `document` (one of the item's
 * `sources`), the passages are that document's, each naming it; the other targets keep their place.
 */
export function targetsFromPassages(
  previous: readonly DraftTarget[],
  passages: readonly PickedPassage[],
  texts: ReadonlyMap<number, string>,
  document?: string,
): DraftTarget[] {
  const others = previous.filter((t) => !inDocument(t, document));
  const own = passages
    .filter((p) => !p.documentSlug)
    .map((p) => {
      const text = texts.get(p.paragraphNumber) ?? "";
      const start = p.start ?? 0;
      const end = p.end ?? text.length;
      const kept = previous.find(
        (t) =>
          inDocument(t, document) &&
          t.paragraph === p.paragraphNumber &&
          targetSpan(text, t)?.start === start &&
          targetSpan(text, t)?.end === end,
      );
      if (kept) return kept;
      const quote = text.slice(start, end);
      const occurrence = occurrenceAt(text, quote, start);
      return {
        ...(document ? { document } : {}),
        paragraph: p.paragraphNumber,
        quote,
        ...(occurrence > 1 ? { occurrence } : {}),
        start,
        end,
        note: "",
      };
    });
  return document ? [...others, ...own] : [...own, ...others];
}

export const asTargets = (value: Json | undefined): DraftTarget[] =>
  Array.isArray(value) ? (value as unknown as DraftTarget[]) : [];
