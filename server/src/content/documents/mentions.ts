// Finding where names occur in paragraph text. Pure: no I/O.

export interface TextSpan {
  paragraphNumber: number;
  start: number;
  end: number;
}

export interface ParagraphText {
  number: number;
  text: string;
}

/**
 * Every place one of `names` occurs as a whole word (case-insensitive) in the paragraphs.
 * Where matches overlap, the longest wins ("Mao Zedong" over "Mao"). Offsets are UTF-16.
 */
export function findMentions(
  paragraphs: readonly ParagraphText[],
  names: readonly string[],
): TextSpan[] {
  const patterns = [...new Set(names.map((name) => name.trim()).filter(Boolean))].map(
    wholeWordPattern,
  );
  const spans: TextSpan[] = [];
  for (const paragraph of paragraphs) {
    const found: Array<{ start: number; end: number }> = [];
    for (const pattern of patterns) {
      for (const match of paragraph.text.matchAll(pattern)) {
        found.push({ start: match.index, end: match.index + match[0].length });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Array<{ start: number; end: number }> = [];
    for (const candidate of found) {
      if (kept.every((span) => candidate.end <= span.start || candidate.start >= span.end))
        kept.push(candidate);
    }
    kept.sort((a, b) => a.start - b.start);
    for (const span of kept) spans.push({ paragraphNumber: paragraph.number, ...span });
  }
  return spans;
}

function wholeWordPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
}

/** The distinct paragraph numbers of some spans, ascending. */
export function paragraphNumbersOf(spans: readonly TextSpan[]): number[] {
  return [...new Set(spans.map((span) => span.paragraphNumber))].sort((a, b) => a - b);
}
