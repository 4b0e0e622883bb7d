/**
 * Authored Markdown placed under the page's own headings: a leading "# Title" that repeats the
 * step's title is dropped, and the other headings move down so they nest below `parentLevel`.
 */
export function nestMarkdown(source: string, parentLevel: number, title?: string): string {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (
    title !== undefined &&
    first >= 0 &&
    /^#\s/.test(lines[first]!) &&
    sameWords(lines[first]!.slice(2), title)
  )
    lines.splice(first, 1);
  const levels = lines
    .map((line) => /^(#{1,6})\s/.exec(line)?.[1]!.length)
    .filter((n): n is number => n !== undefined);
  if (levels.length === 0) return lines.join("\n");
  const shift = parentLevel + 1 - Math.min(...levels);
  let fenced = false;
  return lines
    .map((line) => {
      if (/^(```|~~~)/.test(line)) fenced = !fenced;
      const match = !fenced && /^(#{1,6})(\s.*)$/.exec(line);
      return match
        ? `${"#".repeat(Math.min(6, Math.max(1, match[1]!.length + shift)))}${match[2]}`
        : line;
    })
    .join("\n");
}

const sameWords = (a: string, b: string) =>
  a.replace(/\W+/g, " ").trim().toLowerCase() === b.replace(/\W+/g, " ").trim().toLowerCase();
