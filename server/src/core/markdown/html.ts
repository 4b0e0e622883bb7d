import { nestMarkdown } from "./nest.js";
import { renderMarkdown } from "./render.js";

/** Rendered HTML by source and placement; authored text repeats across requests and students. */
const rendered = new Map<string, string>();
const MAX_RENDERED = 5_000;

/**
 * Authored Markdown as HTML a client may insert as it is (raw HTML shown as text, only web and
 * relative links): with `nestUnder`, its headings move below that level and a leading heading
 * that repeats `title` is dropped (see nestMarkdown).
 */
export function markdownHtml(source: string, nestUnder = 0, title?: string): string {
  const key = `${nestUnder}\u0000${title ?? ""}\u0000${source}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderMarkdown(nestUnder > 0 ? nestMarkdown(source, nestUnder, title) : source);
    if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, html);
  }
  return html;
}
