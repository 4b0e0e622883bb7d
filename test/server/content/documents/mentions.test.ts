import { describe, expect, it } from "vitest";
import {
  findMentions,
  paragraphNumbersOf,
} from "../../../../server/src/content/documents/mentions.js";

const paragraphs = [
  {
    number: 1,
    text: "Cde. Mao Zedong said that [Mao] and MAO ZEDONG agreed; Maoism is not a name.",
  },
  { number: 2, text: "Kim Il Sung told Kim\nIl Sung's friends. 🇰🇷 Kim Il Sung." },
];

describe("findMentions", () => {
  it("finds whole words in any case, the longest name winning where names overlap", () => {
    const spans = findMentions(paragraphs, ["Mao", "Mao Zedong"]);
    expect(spans.map((s) => paragraphs[0]!.text.slice(s.start, s.end))).toEqual([
      "Mao Zedong",
      "Mao",
      "MAO ZEDONG",
    ]);
  });

  it("matches across a line break and counts offsets in UTF-16 units after astral characters", () => {
    const spans = findMentions(paragraphs, ["Kim Il Sung"]);
    expect(spans).toHaveLength(3);
    for (const span of spans)
      expect(paragraphs[1]!.text.slice(span.start, span.end).replace(/\s+/g, " ")).toBe(
        "Kim Il Sung",
      );
    expect(paragraphNumbersOf(spans)).toEqual([2]);
  });

  it("treats names as text, not patterns, and finds nothing for a name that is absent", () => {
    expect(findMentions(paragraphs, ["Cde."])).toEqual([{ paragraphNumber: 1, start: 0, end: 4 }]);
    expect(findMentions(paragraphs, ["M.o"])).toEqual([]);
    expect(findMentions(paragraphs, ["Zhou Enlai", "  "])).toEqual([]);
  });
});
