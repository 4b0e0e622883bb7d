import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../../server/src/core/markdown/render.js";

describe("renderMarkdown", () => {
  it("renders authored Markdown: emphasis, lists, tables, quotes", () => {
    const html = renderMarkdown(
      "**Bold** and *it*\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted",
    );
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<table>");
    expect(html).toContain("<blockquote>");
  });

  it("shows raw HTML as text and neutralises script links", () => {
    const html = renderMarkdown(
      '<img src=x onerror="alert(1)"> [x](javascript:alert(1)) <script>alert(2)</script>',
    );
    expect(html).not.toMatch(/<img|<script|javascript:/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("marks web links as opening in a new tab", () => {
    expect(
      renderMarkdown("[source](https://digitalarchive.wilsoncenter.org/document/115932)"),
    ).toContain('rel="noopener noreferrer"');
  });

  it("renders emphasis inside a link's words, and keeps raw HTML there as text", () => {
    const html = renderMarkdown(
      "[*Crisis in North Korea*](http://muse.jhu.edu/books/9780824862039) [<b>x</b>](https://a.example)",
    );
    expect(html).toContain("<em>Crisis in North Korea</em>");
    expect(html).not.toContain("*Crisis");
    expect(html).not.toMatch(/<b>/);
  });

  it("puts each table in a box of its own that scrolls sideways, with the hint to scroll", () => {
    const html = renderMarkdown("| Who | When |\n|---|---|\n| Kim | 1956 |\n");
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><p class="table-hint">Scroll sideways to see the whole table →<\/p><table>/,
    );
    expect(html.trim()).toMatch(/<\/table><\/div>$/);
  });
});
