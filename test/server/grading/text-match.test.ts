import { describe, expect, it } from "vitest";
import { matchesAccepted, normalizeShortAnswer } from "../../../server/src/grading/text-match.js";

describe("normalizeShortAnswer", () => {
  it("lower-cases, strips diacritics and apostrophes, and turns punctuation into single spaces", () => {
    expect(normalizeShortAnswer("  Ch’oe  Ch'ang-ik!! ")).toBe("choe chang ik");
    expect(normalizeShortAnswer("Mao Zédong")).toBe("mao zedong");
    expect(normalizeShortAnswer("Sŏ Hwi")).toBe("so hwi");
    expect(normalizeShortAnswer("Chʼoe ChʻangʹIk `x´")).toBe("choe changik x");
    expect(normalizeShortAnswer("Ｃｈｏｅ")).toBe("choe"); // full-width letters (NFKD)
    expect(normalizeShortAnswer("November 12, 1957")).toBe("november 12 1957");
  });

  it("joins digit groups but not separate numbers or decimals", () => {
    expect(normalizeShortAnswer("5,000")).toBe("5000");
    expect(normalizeShortAnswer("5 000")).toBe("5000");
    expect(normalizeShortAnswer("5.000")).toBe("5000");
    expect(normalizeShortAnswer("5\u202F000 t")).toBe("5000 t");
    expect(normalizeShortAnswer("1,000,000")).toBe("1000000");
    expect(normalizeShortAnswer("12 1957")).toBe("12 1957");
    expect(normalizeShortAnswer("3.5")).toBe("3 5");
  });
});

describe("matchesAccepted", () => {
  it("matches romanizations that differ in case, hyphens, spaces and apostrophes", () => {
    for (const text of [
      "Choe Chang-ik",
      "Choe Changik",
      "Ch'oe Ch'ang ik",
      "CHOE CHANG IK",
      "Ch’oe Ch’ang-ik",
      "choe-changik",
    ]) {
      expect(matchesAccepted(text, ["Choe Chang-ik"]), text).toBe(true);
    }
    expect(matchesAccepted("Ri Pilgyu", ["Ri Pil-gyu", "Li Pil-gyu"])).toBe(true);
    expect(matchesAccepted("li pil gyu", ["Ri Pil-gyu", "Li Pil-gyu"])).toBe(true);
    expect(matchesAccepted("Yi Pil-gyu", ["Ri Pil-gyu", "Li Pil-gyu"])).toBe(false);
    expect(matchesAccepted("SEO  hwi", ["So Hwi", "Seo Hwi"])).toBe(true);
    expect(matchesAccepted("Sŏ Hwi", ["So Hwi"])).toBe(true);
    expect(matchesAccepted("Mao Zédong", ["Mao Zedong"])).toBe(true);
  });

  it("never matches empty text or empty accepted answers", () => {
    expect(matchesAccepted("", [""])).toBe(false);
    expect(matchesAccepted("!!", ["?"])).toBe(false);
    expect(matchesAccepted("Choe", [])).toBe(false);
  });
});
