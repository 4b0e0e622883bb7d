import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../../client/src/lib/markdown/render.js";

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
});
