// The teacher guide of a lesson: passages marked in the document's text, timings. Pure: no Vue, no DOM.

/** A passage of a paragraph: UTF-16 offsets, end exclusive, with why it matters. */
export interface MarkedPassage {
  paragraphNumber: number;
  start: number;
  end: number;
  note?: string;
}

/** A run of a paragraph's text, marked when a key passage covers it. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/** A paragraph's text cut into runs, the key passages (merged where they overlap) marked. */
export function markPieces(text: string, passages: readonly MarkedPassage[]): TextPiece[] {
  const ranges = passages
    .map((p) => [Math.max(0, p.start), Math.min(text.length, p.end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** The paragraphs a set of passages touches, in order, each with its marked runs. */
export function markedParagraphs(
  paragraphs: ReadonlyArray<{ number: number; text: string }>,
  passages: readonly MarkedPassage[],
): Array<{ number: number; pieces: TextPiece[] }> {
  const numbers = new Set(passages.map((p) => p.paragraphNumber));
  return paragraphs
    .filter((p) => numbers.has(p.number))
    .map((p) => ({
      number: p.number,
      pieces: markPieces(
        p.text,
        passages.filter((passage) => passage.paragraphNumber === p.number),
      ),
    }));
}

/** "1 minute", "12 minutes"; "—" when the content gives none. */
export const minutesText = (minutes: number | null | undefined): string =>
  minutes == null ? "—" : `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;

/** "0–6 min": where each step starts and ends in the lesson, from the steps' minutes in order. */
export function runningTimes(minutes: ReadonlyArray<number | null>): Array<string | null> {
  let at = 0;
  return minutes.map((m) => {
    if (m == null) return null;
    const span = `${at}–${at + m} min`;
    at += m;
    return span;
  });
}
