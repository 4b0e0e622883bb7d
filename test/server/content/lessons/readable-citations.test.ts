import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

// The authors' fact sheet is not published: a reader cannot open "fact sheet C3", "(S4)" or
// "(9b)". Lesson text names its sources instead (lessons/README.md, "Text").

const here = path.dirname(fileURLToPath(import.meta.url));
const lessonsDir = path.resolve(here, "../../../../lessons");

const FACT_SHEET_CODES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'a mention of "the fact sheet"', pattern: /\bfact[\s-]*sheets?\b/i },
  { name: "the fact sheet's file", pattern: /history-facts/i },
  // D1, A7, S4, M1, E2, Y7, Q13, H3, C11, P6, V3, U1, L1 … (not T-1 or P-1, the cards' names)
  { name: "an item code such as S4", pattern: /(?<![\w-])[ACDEHLMPQSUVY]\d{1,2}(?![\w-])/ },
  // The sections without a letter: "(9b)", "9b", "section 10".
  { name: "a section code such as 9b", pattern: /(?<![\w.,-])\d{1,2}[a-z](?![\w-])/ },
  { name: "a section number", pattern: /\bsection \d+[a-z]?\b/i },
];

/** Every fact-sheet code in a text, with what it looks like. */
function factSheetCodes(text: string): string[] {
  const found: string[] = [];
  for (const { name, pattern } of FACT_SHEET_CODES) {
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`,
    );
    for (const match of text.matchAll(global)) found.push(`${name}: "${match[0]}"`);
  }
  return found;
}

/** Every string a YAML file holds, except `sources:` lists (reviewers' provenance, never shown). */
function yamlStrings(value: unknown, key = ""): string[] {
  if (key === "sources") return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item) => yamlStrings(item));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => [k, ...yamlStrings(v, k)]);
  return [];
}

/** Authors' notes on how to cite may show the codes they forbid, as inline or fenced code. */
const withoutCode = (markdown: string) =>
  markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");

function lessonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return lessonFiles(full);
    return /\.(md|ya?ml)$/.test(entry.name) ? [full] : [];
  });
}

describe("fact-sheet codes", () => {
  it("are found in the forms the lessons used to cite them", () => {
    for (const text of [
      "the purges resumed (fact sheet S8)",
      "Kim admitted it (S4).",
      "fled to China (A2, A3).",
      "head of government (9b).",
      "Minister of Defence (E1, E2)",
      "an interpretation (P7, Q10)",
      "on Chinese materials, fact sheet section 10.",
      "See history-facts.md, C11.",
    ])
      expect(factSheetCodes(text), text).not.toEqual([]);
  });

  it("leave paragraph numbers, dates, card names and other numbers alone", () => {
    for (const text of [
      "¶3, ¶14–16 and ¶21–31",
      "On 12 September [sic; November] 1957, the 1950s, 2 November 1957",
      "paragraph 13(d) of the 1953 Armistice",
      "Card T-1, Card P-4, Card M-3, Card 3",
      "the Romanian delegation's Il-14; 13855-gs № 1228/dv; 6-AP/vp",
      "5–6 thousand tons instead of 2,000; 8,000 of 12,000; the 40th anniversary, 1st, 2nd",
      "18:00–21:10; Working Paper 08-09; vol. XXIII; doc. 188",
      "(Mikoyan's telegram to the CPSU Central Committee, 17 September 1956, [Wilson Center Digital Archive](https://digitalarchive.wilsoncenter.org/document/120205))",
    ])
      expect(factSheetCodes(text), text).toEqual([]);
  });

  it("appear nowhere in lessons/ a student or teacher reads", () => {
    const files = lessonFiles(lessonsDir);
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const rel = path.relative(lessonsDir, file);
      const texts = file.endsWith(".md")
        ? [rel === "README.md" ? withoutCode(source) : source]
        : yamlStrings(parseYaml(source));
      const codes = texts.flatMap((text) =>
        // README keeps a pointer to the fact sheet for authors; it must not cite by code.
        factSheetCodes(text).filter((code) => rel !== "README.md" || !code.startsWith("a mention")),
      );
      return codes.map((code) => `${rel}: ${code}`);
    });
    expect(problems).toEqual([]);
  });
});
