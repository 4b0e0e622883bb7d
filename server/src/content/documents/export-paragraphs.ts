// The body of an archive export: blocks, the title block and paragraphs. Pure: no I/O.
import { bracketDepth } from "./editorial-notes.js";
import { joinLines } from "./export-header.js";

/** The non-blank lines from `from` up to the next blank line. */
export function blockAt(lines: string[], from: number): { start: number; end: number } | null {
  let start = from;
  while (start < lines.length && lines[start] === "") start++;
  if (start >= lines.length) return null;
  let end = start;
  while (end < lines.length && lines[end] !== "") end++;
  return { start, end };
}

/** Title lines starting at `from` (bounded by `limit`): one block, or several if a `**` opened and not yet closed. */
export function titleAt(
  lines: string[],
  from: number,
  limit: number,
): { title: string | null; end: number } {
  const first = blockAt(lines.slice(0, limit), from);
  if (!first) return { title: null, end: from };
  let end = first.end;
  if (lines[first.start].startsWith("**") && !lines[end - 1].endsWith("**")) {
    const close = lines.findIndex((l, i) => i >= end && i < limit && l.endsWith("**"));
    if (close >= 0) end = close + 1;
  }
  const title = joinLines(lines.slice(first.start, end).map((l) => l.replace(/\*\*/g, "").trim()));
  return { title, end };
}

/** Splits body lines into paragraphs (see the rules in the module README / issue: page breaks, open brackets). */
export function splitParagraphs(bodyLines: string[]): string[] {
  const blocks: string[] = [];
  for (let i = 0; i < bodyLines.length;) {
    const block = blockAt(bodyLines, i);
    if (!block) break;
    blocks.push(bodyLines.slice(block.start, block.end).join("\n"));
    i = block.end;
  }
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const last = paragraphs.length - 1;
    if (last >= 0 && continuesParagraph(paragraphs[last], block)) {
      paragraphs[last] += joinerBetween(paragraphs[last], block) + block;
    } else {
      paragraphs.push(block);
    }
  }
  return paragraphs;
}

const CLOSING = new Set([".", "!", "?", ":", ";", "…", '"', "”", "’", "'", "»", ")", "]", "}"]);

function closesOpenBracket(paragraph: string, block: string): boolean {
  const { depth } = bracketDepth(paragraph);
  return depth > 0 && bracketDepth(block, depth).minDepth < depth;
}

function isPageBreak(paragraph: string, block: string): boolean {
  const lastChar = Array.from(paragraph).pop() ?? "";
  return !CLOSING.has(lastChar) && /^\p{Ll}/u.test(block);
}

function continuesParagraph(paragraph: string, block: string): boolean {
  return closesOpenBracket(paragraph, block) || isPageBreak(paragraph, block);
}

function joinerBetween(paragraph: string, block: string): string {
  return closesOpenBracket(paragraph, block) ? "\n" : " ";
}
