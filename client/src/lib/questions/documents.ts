/**
 * Evidence across documents: an evidence question or exercise may offer passages of other documents
 * beside its own. A passage names its document (documentSlug); none, or the own document's slug,
 * means the item's own. Texts for labels and feedback are looked up in the passage's document.
 */
import type { SourceParagraph } from "./models.js";

/** Another document an item offers, as the player shows it. */
export interface OtherDocument {
  title: string;
  shortTitle: string;
  paragraphs: ReadonlyMap<number, string>;
}

/**
 * The own document's paragraph texts by number; where the item (or the lesson) offers other
 * documents, `ownSlug` names the own one and `others` holds the rest by slug. A plain Map serves
 * where no other document is offered.
 */
export type PassageTexts = ReadonlyMap<number, string> & {
  readonly ownSlug?: string;
  readonly others?: ReadonlyMap<string, OtherDocument>;
};

/** The own texts with the other documents. */
export function passageTexts(
  own: ReadonlyMap<number, string>,
  ownSlug: string,
  others: ReadonlyMap<string, OtherDocument>,
): PassageTexts {
  return Object.assign(new Map(own), { ownSlug, others });
}

/** The other document a passage lies in, or null for the item's own (named or not). */
export function otherDocument(
  passage: { documentSlug?: string | null },
  ownSlug: string | null | undefined,
): string | null {
  return !passage.documentSlug || passage.documentSlug === ownSlug ? null : passage.documentSlug;
}

/** The paragraph text a passage names, in its document. */
export function paragraphTextOf(
  texts: PassageTexts,
  passage: { documentSlug?: string | null; paragraphNumber: number },
): string | undefined {
  const other = otherDocument(passage, texts.ownSlug);
  return other === null
    ? texts.get(passage.paragraphNumber)
    : texts.others?.get(other)?.paragraphs.get(passage.paragraphNumber);
}

/** "¶9", or "Ponomarev's telegram ¶6" for a passage of another document. */
export function placeLabel(
  texts: PassageTexts,
  passage: { documentSlug?: string | null; paragraphNumber: number },
): string {
  const other = otherDocument(passage, texts.ownSlug);
  if (other === null) return `¶${passage.paragraphNumber}`;
  return `${texts.others?.get(other)?.shortTitle ?? other} ¶${passage.paragraphNumber}`;
}

/** One document an evidence picker offers: the own one first, then the others. */
export interface PickerDocument {
  /** Null for the item's own document. */
  slug: string | null;
  title: string;
  shortTitle: string;
  paragraphs: SourceParagraph[];
  /** The paragraphs the item points to in it. */
  paragraphNumbers: number[];
}

/** An item's `sources` as the API gives them. */
export type ServedSources = ReadonlyArray<{
  document: { slug: string; title: string; shortTitle: string };
  paragraphNumbers: number[];
  paragraphs: ReadonlyArray<{
    number: number;
    text: string;
    notes: ReadonlyArray<{ start: number; end: number }>;
  }>;
}>;

/** The other documents an item offers (every source after the first, its own), by slug. */
export function otherDocuments(
  sources: ServedSources | null | undefined,
): Map<string, OtherDocument> {
  return new Map(
    (sources ?? []).slice(1).map((source) => [
      source.document.slug,
      {
        title: source.document.title,
        shortTitle: source.document.shortTitle,
        paragraphs: new Map(source.paragraphs.map((p) => [p.number, p.text])),
      },
    ]),
  );
}

/** Every other document the lesson's items offer, by slug (for results and review texts). */
export function lessonOtherDocuments(
  items: ReadonlyArray<object | null | undefined>,
): Map<string, OtherDocument> {
  const all = new Map<string, OtherDocument>();
  for (const item of items) {
    const sources = item && "sources" in item ? (item.sources as ServedSources | null) : null;
    for (const [slug, document] of otherDocuments(sources)) {
      const known = all.get(slug);
      all.set(
        slug,
        known
          ? { ...known, paragraphs: new Map([...known.paragraphs, ...document.paragraphs]) }
          : document,
      );
    }
  }
  return all;
}
