// Real paragraphs and real items (from lessons/) for the grading tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseExport } from "../../../server/src/content/documents/export-parser.js";
import type { ItemKey, ParagraphTexts, Target } from "../../../server/src/grading/index.js";

const SOURCE = readFileSync(
  fileURLToPath(
    new URL("../../../lessons/documents/puzanov-kim-il-sung-1957-11-13.txt", import.meta.url),
  ),
  "utf8",
);

export const paragraphs: ParagraphTexts = new Map(
  parseExport(SOURCE).paragraphs.map((p) => [p.number, p.text]),
);

/** A target located by its quote, as the importer would place it. */
export function target(paragraphNumber: number, quote: string, note = ""): Target {
  const start = paragraphs.get(paragraphNumber)?.indexOf(quote) ?? -1;
  if (start < 0) throw new Error(`quote not in ¶${paragraphNumber}: ${quote}`);
  return { paragraphNumber, start, end: start + quote.length, quote, note };
}

/** voices-who-is-speaking / vox-slide-to-direct, its first four key passages (the content adds a fifth). */
export const slideToDirect = {
  kind: "EVIDENCE",
  points: 2,
  explanation: "Reported speech turns into direct speech in mid-paragraph.",
  claim: "When the record retells Mao, it sometimes slips into Mao's own first-person voice.",
  minSelections: 2,
  maxSelections: 4,
  targets: [
    target(
      5,
      "but we have not managed to visit you",
      'The sentence starts "Cde. Mao Zedong said that…".',
    ),
    target(
      5,
      "I myself plan to visit the DPRK after this delegation",
      '"I" is Mao, speaking in the first person.',
    ),
    target(
      9,
      "Therefore we have decided not to resort to such actions any more.",
      '"We" is now the Chinese leadership.',
    ),
    target(9, "You had high-handed methods, you are correcting them", '"You" addresses Kim.'),
  ],
} satisfies ItemKey;

/** peng-visit-interference, model evidence and rubric titles. */
export const pengExercise = {
  kind: "EXERCISE",
  points: 15,
  evidencePoints: 3,
  minEvidence: 3,
  targets: [
    target(
      9,
      "could be assessed as interference in the internal affairs of the KWP",
      "Mao's hedged admission.",
    ),
    target(
      9,
      "Therefore we have decided not to resort to such actions any more.",
      "Not to be repeated.",
    ),
    target(
      9,
      "There can be shortcomings and mistakes in work in every Party, which they have to correct themselves.",
      "Mao's principle.",
    ),
    target(
      10,
      "some of our comrades actually tried to assess the arrival as interference in the internal affairs of the Party",
      "Kim admits the view existed.",
    ),
    target(
      10,
      "we considered this as the friendly advice of two fraternal Communist Parties",
      "Kim's counter-label.",
    ),
    target(
      8,
      "some facts connected with the activity of the anti-Party group before the August 1956 KWP CC plenum",
      "Kim still argues.",
    ),
    target(11, '"We don\'t need these people"', "Kim refuses to take them back."),
  ],
  rubric: [
    { id: "claim", title: "Claim", maxScore: 3 },
    { id: "evidence", title: "Evidence from the document", maxScore: 3 },
    { id: "context", title: "Use of context", maxScore: 3 },
    { id: "reasoning", title: "Sourcing and reasoning", maxScore: 3 },
  ],
} satisfies ItemKey;

// context-crisis-of-1956 / ctx-fled: four right choices, two wrong, 2 points.
export const fled = {
  kind: "MULTIPLE_CHOICE",
  points: 2,
  explanation: "Yun Kong-hum, So Hwi, Ri Pil-gyu and Kim Chang-il fled (fact sheet A2).",
  choices: [
    {
      id: "yun",
      text: "Yun Kong-hum",
      correct: true,
      explanation: "He attacked the personality cult, then fled (A2).",
    },
    {
      id: "so",
      text: "So Hwi",
      correct: true,
      explanation: "Fled and was held by Chinese border guards (A2).",
    },
    { id: "ri", text: "Ri Pil-gyu", correct: true, explanation: "Fled with Yun and So (A2)." },
    {
      id: "kim-chang-il",
      text: "Kim Chang-il",
      correct: true,
      explanation: "A deputy minister of culture who also fled (A2).",
    },
    {
      id: "choe",
      text: "Choe Chang-ik",
      correct: false,
      explanation: "He stayed in North Korea (A3, S4).",
    },
    { id: "pak", text: "Pak Chang-ok", correct: false, explanation: "He stayed too (A3)." },
  ],
} satisfies ItemKey;

// voices-who-is-speaking / vox-who-is-me.
export const whoIsMe = {
  kind: "SINGLE_CHOICE",
  points: 1,
  explanation: '"Me" is Puzanov, the author.',
  choices: [
    {
      id: "puzanov",
      text: "Puzanov, the Soviet ambassador who wrote the record",
      correct: true,
      explanation: "Right. The narrator shows himself for a moment.",
    },
    {
      id: "mao",
      text: "Mao Zedong",
      correct: false,
      explanation: "Mao narrates nothing in this record.",
    },
    {
      id: "kim",
      text: "Kim Il Sung",
      correct: false,
      explanation: "Kim is named in the third person.",
    },
    {
      id: "translator",
      text: "The English translator",
      correct: false,
      explanation: "The translator's additions stand in brackets.",
    },
  ],
} satisfies ItemKey;
