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

  it("reads numbers in words, ordinals and digits glued to words as plain digit runs", () => {
    expect(normalizeShortAnswer("twelve thousand")).toBe("12000");
    expect(normalizeShortAnswer("Twelve-thousand tons")).toBe("12000 tons");
    expect(normalizeShortAnswer("12 thousand")).toBe("12000");
    expect(normalizeShortAnswer("one hundred and five")).toBe("105");
    expect(normalizeShortAnswer("five hundred")).toBe("500");
    expect(normalizeShortAnswer("one million two hundred thousand and one")).toBe("1200001");
    expect(normalizeShortAnswer("zero")).toBe("0");
    expect(normalizeShortAnswer("12th November")).toBe("12 november");
    expect(normalizeShortAnswer("8000tons")).toBe("8000 tons");
    expect(normalizeShortAnswer("five six")).toBe("5 6");
    expect(normalizeShortAnswer("a thousand")).toBe("a thousand");
  });

  it("leaves a number that runs on into another scale word as it is, so a second reading agrees", () => {
    expect(normalizeShortAnswer("0hundred?hundred")).toBe("0 hundred hundred");
    expect(normalizeShortAnswer("one hundred hundred")).toBe("one hundred hundred");
    expect(normalizeShortAnswer("twelve thousand thousand")).toBe("twelve thousand thousand");
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

  it("matches numbers written with separators, in words or as digits", () => {
    for (const text of ["12,000", "12 000", "12000", "twelve thousand", "12.000", "12 thousand"]) {
      expect(matchesAccepted(text, ["12,000"]), text).toBe(true);
      expect(matchesAccepted(text, ["twelve thousand"]), text).toBe(true);
    }
    expect(matchesAccepted("120000", ["12,000"])).toBe(false);
    expect(matchesAccepted("twelve", ["12,000"])).toBe(false);
  });

  it("accepts an answer that contains an accepted answer as whole words", () => {
    const choe = ["Choe Chang-ik", "Choe"];
    for (const text of [
      "Choe Chang-ik, the deputy premier",
      "Deputy Premier Ch'oe Ch'ang-ik",
      "It was Choe",
      "Choe Changik (Deputy Premier)",
    ]) {
      expect(matchesAccepted(text, choe), text).toBe(true);
    }
    expect(matchesAccepted("on the 12th November, 1957", ["12 November 1957"])).toBe(true);
    expect(matchesAccepted("8000 tons of cotton", ["8000 tons"])).toBe(true);
  });

  it("does not find an accepted answer inside a longer word", () => {
    expect(matchesAccepted("Choeb", ["Choe"])).toBe(false);
    expect(matchesAccepted("Choe Changiks", ["Choe Chang-ik"])).toBe(false);
    expect(matchesAccepted("18000", ["8000"])).toBe(false);
    expect(matchesAccepted("withme", ["with me"])).toBe(true); // letters squeeze, as ever
  });

  it("refuses containment for lists, long answers, second numbers, hedges and negations", () => {
    const choe = ["Choe Chang-ik", "Choe"];
    for (const text of [
      "Kim Tu-bong Pak Hon-yong Choe Chang-ik Yun Kong-hum", // a list of names
      "Kim Tu-bong, Choe", // three extra words around a one-word answer
      "Choe Chang-ik was a deputy premier who stayed in Pyongyang", // too long: a teacher reads it
      "Choe or Kim",
      "not Choe Chang-ik",
      "It wasn't Choe Chang-ik",
      "maybe Choe",
    ]) {
      expect(matchesAccepted(text, choe), text).toBe(false);
    }
    for (const text of [
      "8000 12000",
      "12,000 or 8,000",
      "8,000 tons, not 12,000",
      "8000 / 12000",
    ]) {
      expect(matchesAccepted(text, ["8000", "8000 tons"]), text).toBe(false);
    }
  });

  it("reads Revised Romanization's eo/eu as McCune–Reischauer's o/u", () => {
    expect(matchesAccepted("Seo Hwi", ["Sŏ Hwi"])).toBe(true);
    expect(matchesAccepted("Pyeongyang", ["P'yŏngyang"])).toBe(true);
    expect(matchesAccepted("Kim Il Seong", ["Kim Il-sung"])).toBe(false);
  });

  it("never matches empty text or empty accepted answers", () => {
    expect(matchesAccepted("", [""])).toBe(false);
    expect(matchesAccepted("!!", ["?"])).toBe(false);
    expect(matchesAccepted("Choe", [])).toBe(false);
  });
});
