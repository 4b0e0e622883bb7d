// Pure: finds an authored quote in a paragraph, exactly, and explains near misses to the author.

export type QuoteResult =
  { ok: true; start: number; end: number } | { ok: false; found: number; nearMatch: string | null };

/** The `occurrence`-th (1-based) exact, non-overlapping match of `quote` in `text`. */
export function findQuote(text: string, quote: string, occurrence = 1): QuoteResult {
  let from = 0;
  let found = 0;
  while (quote.length > 0) {
    const at = text.indexOf(quote, from);
    if (at < 0) break;
    found += 1;
    if (found === occurrence) return { ok: true, start: at, end: at + quote.length };
    from = at + quote.length;
  }
  return { ok: false, found, nearMatch: found === 0 ? nearMatch(text, quote) : null };
}

const foldChar = (c: string) =>
  c
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase();

/**
 * The passage of `text` that matches `quote` once case, typographic quotes, dashes and runs of
 * whitespace are ignored; null when there is none. Offsets map back through a per-character index.
 */
export function nearMatch(text: string, quote: string): string | null {
  const squash = (s: string) => {
    const chars: string[] = [];
    const origin: number[] = [];
    let lastSpace = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (/\s/.test(c)) {
        if (lastSpace) continue;
        lastSpace = true;
        chars.push(" ");
        origin.push(i);
        continue;
      }
      lastSpace = false;
      for (const f of foldChar(c)) {
        chars.push(f);
        origin.push(i);
      }
    }
    return { text: chars.join(""), origin };
  };
  const t = squash(text);
  const q = squash(quote).text.trim();
  if (!q) return null;
  const at = t.text.indexOf(q);
  if (at < 0) return null;
  const start = t.origin[at]!;
  const end = t.origin[at + q.length - 1]! + 1;
  return text.slice(start, end);
}

/** Paragraph numbers cited in prose as "¶9", "¶ 9", "¶24–29" or "¶24-¶29". */
export function citedParagraphs(prose: string): number[] {
  const out: number[] = [];
  for (const m of prose.matchAll(/¶\s?(\d+)(?:\s?[–-]\s?¶?\s?(\d+))?/g)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    out.push(from);
    if (to !== from) out.push(to);
  }
  return out;
}
