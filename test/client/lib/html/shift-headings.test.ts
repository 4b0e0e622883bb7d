import { describe, expect, it } from "vitest";
import { shiftHeadings } from "../../../../client/src/lib/html/shift-headings.js";

describe("shiftHeadings", () => {
  it("moves opening and closing heading tags down, no deeper than h6", () => {
    expect(shiftHeadings('<h3 id="a">Terms</h3><p>x</p><h6>Deep</h6>', 1)).toBe(
      '<h4 id="a">Terms</h4><p>x</p><h6>Deep</h6>',
    );
  });

  it("leaves escaped text and other tags alone", () => {
    const html = "<p>&lt;h2&gt; is text</p><header>h</header><hr>";
    expect(shiftHeadings(html, 2)).toBe(html);
  });
});
