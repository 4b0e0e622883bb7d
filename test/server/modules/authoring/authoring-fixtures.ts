import { readFileSync } from "node:fs";
import { parseExport } from "../../../../server/src/content/documents/export-parser.js";
import { LESSONS_DIR } from "../../../support/server.js";

const DOC = "puzanov-kim-il-sung-1957-11-13";

/** What the authoring tests read of a set. */
export const SET_FIELDS = `id slug title
  authoring { version status draft problems { path message } publishable changedSincePublished
    versions { number lessonSlug } copiedFrom shareCode yaml }`;

/** Paragraph text of the built-in document, as the server holds it. */
function paragraph(number: number): string {
  const parsed = parseExport(readFileSync(`${LESSONS_DIR}/documents/${DOC}.txt`, "utf8"));
  return parsed.paragraphs.find((p) => p.number === number)!.text;
}

/** An evidence item picked "in the reader": the quote with its offsets. */
export function evidenceItem(id = "my-evidence") {
  const text = paragraph(1);
  const quote = text.slice(0, text.indexOf(" ", 25));
  return {
    id,
    kind: "EVIDENCE",
    skill: "SOURCING",
    points: 2,
    paragraphs: [1],
    prompt: "Select one passage that shows who kept this record.",
    claim: "The record comes from the Soviet ambassador's own journal.",
    stance: "supports",
    minSelections: 1,
    maxSelections: 1,
    targets: [{ paragraph: 1, quote, start: 0, end: quote.length, note: "The header names it." }],
    explanation: "The header names the journal it comes from.",
    misconceptions: ["The speaker is taken for the author."],
  };
}
