// Which places in the lessons cite a document, and which of its paragraphs. Pure: no I/O.
import type { CitationSourceRow } from "./citations.sql.js";

export interface CitedDocument {
  id: string;
  title: string;
  addresses: Array<string | null>;
  paragraphs: ReadonlyArray<{ number: number; text: string }>;
}

export interface Citation {
  source: CitationSourceRow;
  paragraphNumbers: number[];
}

/**
 * The places that cite `document`, in course order:
 * - a question or exercise about the document, or offering passages of it (their paragraphs);
 * - a step of a lesson about the document that sends the student to paragraphs;
 * - any step, question or exercise whose text names the document by its archive address or its
 *   exact title in quotation marks; its paragraphs are those where a passage the same section
 *   quotes (8 characters or more) occurs.
 */
export function citationsOf(
  document: CitedDocument,
  sources: readonly CitationSourceRow[],
): Citation[] {
  const patterns = [
    ...document.addresses.flatMap((address) => (address ? [addressPattern(address)] : [])),
    titlePattern(document.title),
  ];
  const citations: Citation[] = [];
  for (const source of sources) {
    if (source.documentId === document.id) {
      if (source.itemId !== null || source.paragraphNumbers.length > 0)
        citations.push({ source, paragraphNumbers: [...source.paragraphNumbers] });
      continue;
    }
    const sections = sectionsOf(source.text).filter((section) =>
      patterns.some((pattern) => pattern.test(section)),
    );
    if (sections.length === 0) continue;
    const numbers = new Set<number>();
    const title = plain(document.title);
    for (const quote of sections.flatMap(quotesIn).filter((q) => q !== title)) {
      for (const paragraph of document.paragraphs)
        if (spaced(plain(paragraph.text)).includes(quote)) numbers.add(paragraph.number);
    }
    citations.push({ source, paragraphNumbers: [...numbers].sort((a, b) => a - b) });
  }
  return mergedByItem(citations);
}

/** One citation per item: an item that both offers the document and names it in its text. */
function mergedByItem(citations: Citation[]): Citation[] {
  const byItem = new Map<string, Citation>();
  return citations.filter((citation) => {
    const itemId = citation.source.itemId;
    if (itemId === null) return true;
    const first = byItem.get(itemId);
    if (!first) {
      byItem.set(itemId, citation);
      return true;
    }
    first.paragraphNumbers = [
      ...new Set([...first.paragraphNumbers, ...citation.paragraphNumbers]),
    ].sort((a, b) => a - b);
    return false;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "https://host/document/120205" matches "host/document/120205" but not ".../1202050". */
function addressPattern(address: string): RegExp {
  const bare = address.replace(/^https?:\/\//, "").replace(/\/+$/, "");
  return new RegExp(`${escape(bare)}(?![\\w-])`, "i");
}

function titlePattern(title: string): RegExp {
  return new RegExp(`["“]${escape(plain(title))}[,.]?["”]`);
}

/** Markdown sections: the text between headings (a plain-text prompt is one section). */
function sectionsOf(text: string): string[] {
  return plain(text).split(/\n(?=#{1,6}\s)/);
}

/**
 * Passages in quotation marks (straight quotes paired in order, within one Markdown paragraph,
 * line breaks read as spaces), 8 characters or more.
 */
function quotesIn(section: string): string[] {
  return [...section.matchAll(/"([^"]*)"|“([^”]*)”/g)]
    .map((m) => m[1] ?? m[2]!)
    .filter((quote) => !/\n\s*\n/.test(quote))
    .map((quote) => spaced(quote).replace(/[,.]$/, ""))
    .filter((quote) => quote.length >= 8);
}

const spaced = (text: string) => text.replace(/\s+/g, " ").trim();

/** Curly apostrophes as straight ones, so a quote matches whichever the export prints. */
function plain(text: string): string {
  return text.replace(/[‘’]/g, "'");
}
