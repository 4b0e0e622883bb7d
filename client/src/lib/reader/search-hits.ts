/**
 * Full-text search hits as the reader shows them: a snippet around the words that matched, and a
 * link to the paragraph that carries those words' offsets so the reader can highlight them. Pure.
 * Offsets are UTF-16 code units into Paragraph.text, as the API gives them.
 */
import type { Span } from "./segments.js";

export interface SnippetPiece {
  text: string;
  mark: boolean;
}

/** The part of a paragraph around its first match (about `radius` characters each side), with the matches marked. */
export function snippet(
  text: string,
  ranges: readonly Span[],
  radius = 90,
): { pieces: SnippetPiece[]; before: boolean; after: boolean } {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end);
  const first = valid[0] ?? { start: 0, end: 0 };
  let from = Math.max(0, first.start - radius);
  let to = Math.min(text.length, first.end + radius);
  // Whole words at the edges.
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = Math.max(text.lastIndexOf(" ", to), first.end);
  const pieces: SnippetPiece[] = [];
  let cursor = from;
  for (const range of valid) {
    if (range.end <= from || range.start >= to) continue;
    const start = Math.max(range.start, cursor);
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), mark: false });
    const end = Math.min(range.end, to);
    if (end > start) pieces.push({ text: text.slice(start, end), mark: true });
    cursor = Math.max(cursor, end);
  }
  if (to > cursor) pieces.push({ text: text.slice(cursor, to), mark: false });
  return { pieces, before: from > 0, after: to < text.length };
}

/** The `hl` query parameter of a link to a hit: "9:12-24,40-52" (paragraph 9, two ranges). */
export const highlightParam = (paragraphNumber: number, ranges: readonly Span[]): string =>
  `${paragraphNumber}:${ranges.map((r) => `${r.start}-${r.end}`).join(",")}`;

/** The paragraph and ranges an `hl` parameter names, or null when it is not one. */
export function parseHighlight(value: unknown): { paragraphNumber: number; ranges: Span[] } | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,5}):((?:\d{1,6}-\d{1,6})(?:,\d{1,6}-\d{1,6}){0,49})$/.exec(value);
  if (!match) return null;
  const ranges = match[2].split(",").map((pair) => {
    const [start, end] = pair.split("-").map(Number);
    return { start, end };
  });
  if (ranges.some((r) => r.end <= r.start)) return null;
  return { paragraphNumber: Number(match[1]), ranges };
}

/** Where a hit leads: the document's reader at the paragraph, the matched words to highlight. */
export const hitLocation = (
  hit: { document: { slug: string }; paragraph: { number: number }; ranges: readonly Span[] },
  query: string,
) => ({
  path: `/documents/${hit.document.slug}`,
  query: { q: query, hl: highlightParam(hit.paragraph.number, hit.ranges) },
  hash: `#p${hit.paragraph.number}`,
});
