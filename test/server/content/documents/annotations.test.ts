import { describe, expect, it } from "vitest";
import {
  builtInDocumentDirs,
  loadBuiltInDocument,
} from "../../../../server/src/content/documents/annotations.js";
import { LESSONS_DIR } from "../../../support/server.js";

describe("the built-in document's annotation files", () => {
  const [dir] = builtInDocumentDirs(`${LESSONS_DIR}/documents`);
  const document = loadBuiltInDocument(dir!);

  it("validate, and explain every editorial note", () => {
    expect(document.slug).toBe("puzanov-kim-il-sung-1957-11-13");
    const noteCount = document.parsed.paragraphs.reduce((n, p) => n + p.notes.length, 0);
    expect(document.notes.size).toBe(noteCount);
  });

  it("name at least the people and terms a student needs, each found in the text", () => {
    const people = document.people.map((p) => p.slug);
    expect(people).toEqual(
      expect.arrayContaining([
        "puzanov",
        "kim-il-sung",
        "mao-zedong",
        "peng-dehuai",
        "zhou-enlai",
        "khrushchev",
        "chivu-stoica",
        "gromyko",
        "patolichev",
        "fedorenko",
        "zakharov",
      ]),
    );
    expect(document.glossary.length).toBeGreaterThanOrEqual(15);
    for (const entry of [...document.people, ...document.glossary])
      expect(entry.mentions.length).toBeGreaterThan(0);
  });
});
