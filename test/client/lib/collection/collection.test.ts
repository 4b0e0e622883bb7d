import { describe, expect, it } from "vitest";
import {
  citationsByLesson,
  collectionOrder,
} from "../../../../client/src/lib/collection/collection.js";

describe("collectionOrder", () => {
  const doc = (slug: string, date: string, imported = false) => ({ slug, date, imported });

  it("puts the record first, then the shipped sources, then imported ones, each by date as given", () => {
    const documents = [
      doc("mikoyan", "1956-09-17"),
      doc("import-a", "1956-10-01", true),
      doc("record", "1957-11-13"),
      doc("import-b", "1957-12-01", true),
      doc("zhang", "1958-01-23"),
    ];
    const { record, related, imported } = collectionOrder(documents, "record");
    expect(record?.slug).toBe("record");
    expect(related.map((d) => d.slug)).toEqual(["mikoyan", "zhang"]);
    expect(imported.map((d) => d.slug)).toEqual(["import-a", "import-b"]);
  });

  it("has no record when the server has none", () => {
    expect(collectionOrder([doc("zhang", "1958-01-23")], "record")).toEqual({
      record: null,
      related: [doc("zhang", "1958-01-23")],
      imported: [],
    });
  });
});

describe("citationsByLesson", () => {
  it("groups citations by lesson in the order they come", () => {
    const cite = (lessonSlug: string, stepTitle: string) => ({
      lessonSlug,
      lessonTitle: lessonSlug.toUpperCase(),
      stepTitle,
      paragraphNumbers: [],
    });
    const groups = citationsByLesson([cite("b", "1"), cite("a", "2"), cite("b", "3")]);
    expect(groups.map((g) => [g.lessonTitle, g.citations.map((c) => c.stepTitle)])).toEqual([
      ["B", ["1", "3"]],
      ["A", ["2"]],
    ]);
  });
});
