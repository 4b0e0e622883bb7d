/**
 * HTML the server rendered from authored Markdown, with its headings moved `by` levels deeper
 * (at most h6), for a page that places the text one level further down than the API's default.
 * Only tags match: the server escapes every `<` in the text itself.
 */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(
    /<(\/?)h([1-6])\b/g,
    (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + by)}`,
  );
}
