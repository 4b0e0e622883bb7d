import { Marked } from "marked";

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

// Authored Markdown only (lesson steps, guidance, feedback the server composes from content):
// raw HTML in it is shown as text, and links may only be web or relative links.
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      const safe = /^(https?:|\/|#)/i.test(href) ? href : "#";
      const external = /^https?:/i.test(safe);
      // The link's words as Markdown: emphasis inside them renders, raw HTML stays text.
      const text = this.parser.parseInline(tokens);
      return `<a href="${escapeHtml(safe)}"${external ? ' rel="noopener noreferrer" target="_blank"' : ""}>${text}${external ? '<span class="visually-hidden"> (opens in a new tab)</span>' : ""}</a>`;
    },
    image({ text }) {
      return escapeHtml(text);
    },
  },
});

// Tables scroll sideways in their own box on narrow screens; the hint shows only when they have to.
const TABLE_OPEN =
  '<div class="table-scroll" role="region" aria-label="Table" tabindex="0">' +
  '<p class="table-hint">Scroll sideways to see the whole table →</p><table>';

/** Markdown to HTML that carries no markup of its own source's making. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false }) as string;
  return html.replace(/<table>/g, TABLE_OPEN).replace(/<\/table>/g, "</table></div>");
}
