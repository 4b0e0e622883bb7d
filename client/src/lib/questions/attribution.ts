/**
 * Attribution questions (mark each segment with its voice): the paragraphs cut into plain text
 * and segments, and what a screen reader hears. Pure.
 */

export interface AttributionSegment {
  id: string;
  paragraphNumber: number;
  start: number;
  end: number;
  text: string;
}

export interface Voice {
  id: string;
  label: string;
}

/** A run of a paragraph: plain text, or the segment at `index` (its place among all segments). */
export type Piece =
  { kind: "text"; text: string } | { kind: "segment"; index: number; text: string };

/** Each paragraph that holds segments, cut into pieces; overlapping or out-of-range segments are left as text. */
export function paragraphPieces(
  paragraphs: ReadonlyArray<{ number: number; text: string }>,
  segments: readonly AttributionSegment[],
): Array<{ number: number; pieces: Piece[] }> {
  const numbers = [...new Set(segments.map((s) => s.paragraphNumber))];
  return paragraphs
    .filter((p) => numbers.includes(p.number))
    .map((paragraph) => {
      const pieces: Piece[] = [];
      let at = 0;
      const mine = segments
        .map((segment, index) => ({ segment, index }))
        .filter(({ segment }) => segment.paragraphNumber === paragraph.number)
        .sort((a, b) => a.segment.start - b.segment.start);
      for (const { segment, index } of mine) {
        if (segment.start < at || segment.end > paragraph.text.length) continue;
        if (segment.start > at)
          pieces.push({ kind: "text", text: paragraph.text.slice(at, segment.start) });
        pieces.push({
          kind: "segment",
          index,
          text: paragraph.text.slice(segment.start, segment.end),
        });
        at = segment.end;
      }
      if (at < paragraph.text.length) pieces.push({ kind: "text", text: paragraph.text.slice(at) });
      return { number: paragraph.number, pieces };
    });
}

/** "Segment 3 of 10: Mao, as Kim retold it" (or "not marked yet"). */
export function segmentAnnouncement(
  index: number,
  count: number,
  voice: Voice | undefined,
): string {
  return `Segment ${index + 1} of ${count}: ${voice ? voice.label : "not marked yet"}`;
}

/** The voice a number key picks ("1" the first voice …), or undefined. */
export function voiceForKey(key: string, voices: readonly Voice[]): Voice | undefined {
  return /^[1-9]$/.test(key) ? voices[Number(key) - 1] : undefined;
}

/** The segment index an arrow, Home or End key moves to from `index`; null for other keys. */
export function movedIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return Math.min(index + 1, count - 1);
    case "ArrowLeft":
    case "ArrowUp":
      return Math.max(index - 1, 0);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** A segment's words cut for a list line: at most `max` characters, "…" after a cut. */
export function shortQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max).trimEnd()}…`;
}

/** The words in quotation marks, unless they already stand in them. */
export const quoted = (text: string): string => (/^".*"$/s.test(text) ? text : `"${text}"`);
