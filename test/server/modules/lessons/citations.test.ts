import { describe, expect, it } from "vitest";
import {
  citationsOf,
  type CitedDocument,
} from "../../../../server/src/modules/lessons/citations.js";
import type { CitationSourceRow } from "../../../../server/src/modules/lessons/citations.sql.js";

const document: CitedDocument = {
  id: "7",
  title: "Telegram from Ponomarev to the CPSU Central Committee",
  addresses: ["https://digitalarchive.wilsoncenter.org/document/120205", null],
  paragraphs: [
    { number: 1, text: "Secret" },
    { number: 6, text: "the interference of two older brothers in the Korean Worker’s Party." },
  ],
};

const source = (text: string, over: Partial<CitationSourceRow> = {}): CitationSourceRow => ({
  lessonSlug: "lesson",
  lessonTitle: "Lesson",
  stepTitle: "Cards",
  itemId: null,
  itemKind: null,
  documentId: "1",
  paragraphNumbers: [],
  prompt: null,
  text,
  ...over,
});
const numbers = (...texts: string[]) =>
  citationsOf(
    document,
    texts.map((text) => source(text)),
  ).map((c) => c.paragraphNumbers);

describe("citationsOf", () => {
  it("finds a citation by the document's address, not by a longer address that starts alike", () => {
    expect(
      numbers("See [the archive](https://digitalarchive.wilsoncenter.org/document/120205)."),
    ).toEqual([[]]);
    expect(numbers("See digitalarchive.wilsoncenter.org/document/1202050 instead.")).toEqual([]);
  });

  it("finds a citation by the exact title in quotation marks, and not by the words alone", () => {
    expect(
      numbers('"Telegram from Ponomarev to the CPSU Central Committee", 26 September 1956'),
    ).toEqual([[]]);
    expect(numbers("a telegram from Ponomarev to the CPSU Central Committee")).toEqual([]);
  });

  it("gives the paragraphs a quotation in the same section comes from, across line breaks and apostrophes", () => {
    const card = [
      "### Card M-1",
      'Shi Zhe reported "the interference of two older',
      "brothers in the Korean Worker's Party\".",
      '- **Citation:** "Telegram from Ponomarev to the CPSU Central Committee", 1956',
      "### Card M-2",
      '"Secret" is quoted here, in another section: too short and elsewhere.',
    ].join("\n");
    expect(numbers(card)).toEqual([[6]]);
  });

  it("cites the document's own items and the steps that send students to its paragraphs", () => {
    const own = { documentId: "7" };
    const found = citationsOf(document, [
      source("Read ¶1.", { ...own, paragraphNumbers: [1] }),
      source("A reflection with no paragraphs.", own),
      source("Which?", { ...own, itemId: "3", itemKind: "SINGLE_CHOICE", prompt: "Which?" }),
    ]);
    expect(found.map((c) => [c.source.itemId, c.paragraphNumbers])).toEqual([
      [null, [1]],
      ["3", []],
    ]);
  });
});
