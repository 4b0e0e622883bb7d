import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  builtInDocumentDirs,
  loadBuiltInDocument,
} from "../../../../server/src/content/documents/annotations.js";
import { InvalidContentError } from "../../../../server/src/content/content-problems.js";
import { LESSONS_DIR } from "../../../support/server.js";

const dirs = builtInDocumentDirs(`${LESSONS_DIR}/documents`);
const load = (slug: string) => loadBuiltInDocument(dirs.find((dir) => dir.endsWith(`/${slug}`))!);

describe("the built-in document's annotation files", () => {
  const document = load("puzanov-kim-il-sung-1957-11-13");

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

describe("the related sources' annotation files", () => {
  const related: Array<[string, string, string[]]> = [
    ["mikoyan-telegram-1956-09-17", "SOVIET", ["mikoyan", "kim-il-sung", "chistov"]],
    [
      "ponomarev-telegram-1956-09-26",
      "SOVIET",
      ["ponomarev", "peng-dehuai", "shi-zhe", "kim-il-sung", "ivanov", "chistov"],
    ],
    ["zhang-wentian-yudin-1958-01-23", "CHINESE", ["yudin", "zhang-wentian", "fang-zu-an"]],
  ];

  it.each(related)("%s: %s, every note explained, every name found", (slug, origin, people) => {
    const document = load(slug);
    expect(document.slug).toBe(slug);
    expect(document.origin).toBe(origin);
    const noteCount = document.parsed.paragraphs.reduce((n, p) => n + p.notes.length, 0);
    expect(document.notes.size).toBe(noteCount);
    expect(document.people.map((p) => p.slug)).toEqual(people);
    for (const entry of [...document.people, ...document.glossary])
      expect(entry.mentions.length).toBeGreaterThan(0);
  });

  it("the Ponomarev export has no address, reference or translator, and none is invented", () => {
    const { parsed, displayUrl } = load("ponomarev-telegram-1956-09-26");
    expect([parsed.sourceUrl, parsed.archivalReference, parsed.translator, displayUrl]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("notes.yaml: two identical notes in one paragraph", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "annotations-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const exportText = [
    "January 23, 1958",
    "A test record",
    "",
    "Citation:",
    '"A test record," January 23, 1958, Wilson Center Digital Archive.',
    "",
    "Contents:",
    "English Translation",
    "",
    "Troops withdrawing from [North] Korea; measures on [North] Korea.",
  ].join("\n");
  const folder = (notes: string) => {
    const dir = fs.mkdtempSync(path.join(root, "doc-"));
    fs.writeFileSync(path.join(dir, "export.txt"), exportText);
    fs.writeFileSync(path.join(dir, "document.yaml"), "slug: test-record\nexport: export.txt\n");
    fs.writeFileSync(path.join(dir, "people.yaml"), "[]\n");
    fs.writeFileSync(path.join(dir, "glossary.yaml"), "[]\n");
    fs.writeFileSync(path.join(dir, "notes.yaml"), notes);
    return dir;
  };
  const note = (occurrence: number | null, explanation: string) =>
    `- paragraph: 1\n  quote: "[North]"\n${occurrence ? `  occurrence: ${occurrence}\n` : ""}  explanation: ${explanation}\n`;
  const problemsOf = (dir: string) => {
    try {
      loadBuiltInDocument(dir, root);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidContentError);
      return (error as InvalidContentError).problems.map((p) => `${p.path}: ${p.message}`);
    }
  };

  it("are told apart by occurrence, in reading order", () => {
    const document = loadBuiltInDocument(folder(note(2, "second") + note(1, "first")), root);
    expect([...document.notes.entries()].sort()).toEqual([
      ["1:0", { kind: "INSERTION", explanation: "first" }],
      ["1:1", { kind: "INSERTION", explanation: "second" }],
    ]);
  });

  it("without occurrence, are refused with a hint", () => {
    expect(problemsOf(folder(note(null, "which?")))).toEqual(
      expect.arrayContaining([
        '[0].quote: 2 editorial notes in ¶1 start with "[North]" (say which with occurrence)',
      ]),
    );
  });

  it("an occurrence beyond the notes is refused, naming the field", () => {
    expect(problemsOf(folder(note(1, "first") + note(3, "third")))).toEqual([
      '[1].occurrence: 2 editorial notes in ¶1 start with "[North]", not 3',
      ': ¶1: note "[North]" has no explanation',
    ]);
  });
});
