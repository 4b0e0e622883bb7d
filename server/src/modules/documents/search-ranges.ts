// From PostgreSQL's view of a search to what a client highlights. Pure: no I/O.
// Offsets are UTF-16 code units into Paragraph.text, as String.prototype.slice counts.

export interface Range {
  start: number;
  end: number;
}

/**
 * The lexemes a query looks for, from querytree() of its tsquery: the quoted operands, without
 * any negated one (querytree already drops those; an operand right after `!` is skipped anyway).
 * "T" (nothing to look for: empty, only stop words, only negations) gives none.
 */
export function positiveLexemes(tree: string): string[] {
  const lexemes = new Set<string>();
  for (const match of tree.matchAll(/(!?)\s*'((?:[^']|'')*)'/g)) {
    if (match[1] === "!") continue;
    lexemes.add(match[2].replace(/''/g, "'"));
  }
  return [...lexemes];
}

/**
 * Where the flagged tokens stand in the text. `tokens` are the parser's tokens in order
 * (ts_debug), blanks included, so each is found at or after the end of the one before; a
 * compound ("c": a hyphenated word, a URL) is followed by its own parts, so it does not move the
 * cursor. Flagged ("m") tokens become ranges, overlapping ones merged.
 */
export function matchRanges(
  text: string,
  tokens: readonly string[],
  flags: readonly string[],
): Range[] {
  const found: Range[] = [];
  let cursor = 0;
  tokens.forEach((token, i) => {
    if (token.length === 0) return;
    const at = text.indexOf(token, cursor);
    if (at < 0) return;
    const flag = flags[i] ?? "";
    if (flag.includes("m")) found.push({ start: at, end: at + token.length });
    cursor = flag.includes("c") ? at : at + token.length;
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The position of a hit in the result order, as an opaque cursor. */
export interface CursorPosition {
  rank: number;
  documentId: string;
  number: number;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(
    JSON.stringify(["s1", position.rank, position.documentId, position.number]),
  ).toString("base64url");
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeCursor(cursor: string): CursorPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 4 || value[0] !== "s1") return null;
    const [, rank, documentId, number] = value as unknown[];
    if (typeof rank !== "number" || !Number.isFinite(rank)) return null;
    if (typeof documentId !== "string" || !/^[1-9]\d{0,18}$/.test(documentId)) return null;
    if (typeof number !== "number" || !Number.isInteger(number) || number < 1) return null;
    return { rank, documentId, number };
  } catch {
    return null;
  }
}
