import { describe, expect, it } from "vitest";
import {
  citedParagraphs,
  findQuote,
  nearMatch,
} from "../../../../server/src/content/lessons/resolve-quote.js";

describe("findQuote", () => {
  const text = "we had shortcomings, we criticized ourselves, we were criticized";

  it("finds the n-th exact occurrence as UTF-16 offsets, end exclusive", () => {
    expect(findQuote(text, "we", 1)).toEqual({ ok: true, start: 0, end: 2 });
    const third = findQuote(text, "we", 3);
    expect(third).toEqual({ ok: true, start: 46, end: 48 });
    expect(text.slice(46, 48)).toBe("we");
  });

  it("counts the matches when the occurrence is too high", () => {
    expect(findQuote(text, "criticized", 3)).toEqual({ ok: false, found: 2, nearMatch: null });
  });

  it("offers a near match that differs only in case, spacing, quotes or dashes", () => {
    const para = 'Cde. Kim Il Sung replied to this, "We don\'t need these people".';
    expect(findQuote(para, "“we don’t  need these people”", 1)).toEqual({
      ok: false,
      found: 0,
      nearMatch: '"We don\'t need these people"',
    });
    expect(nearMatch(para, "they need")).toBeNull();
  });

  it("handles characters outside the basic plane and № without shifting offsets", () => {
    const para = "SECRET Copy № 2 — 𝒳 13855-gs";
    const found = findQuote(para, "13855-gs");
    expect(found.ok && para.slice(found.start, found.end)).toBe("13855-gs");
    expect(nearMatch(para, "copy № 2 - 𝒳")).toBe("Copy № 2 — 𝒳");
  });
});

describe("citedParagraphs", () => {
  it("reads single citations and ranges", () => {
    expect(citedParagraphs("see ¶9, ¶ 10 and ¶24–29 or ¶4-¶13")).toEqual([9, 10, 24, 29, 4, 13]);
  });
});
