import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseExport } from "../../../server/src/content/documents/export-parser.js";
import {
  documentTexts,
  parseAnswer,
  scoreAnswer,
  type ItemKey,
  type ItemShape,
  type Target,
} from "../../../server/src/grading/index.js";
import { paragraphs as recordParagraphs, target } from "./fixtures.js";

// Evidence across two documents: the record (the item's own) and Ponomarev's telegram of
// 26 September 1956. Spans only overlap spans of the same document.
const OWN = "puzanov-kim-il-sung-1957-11-13";
const PONOMAREV = "ponomarev-telegram-1956-09-26";

const telegram = new Map(
  parseExport(
    readFileSync(
      fileURLToPath(new URL(`../../../lessons/documents/${PONOMAREV}.txt`, import.meta.url)),
      "utf8",
    ),
  ).paragraphs.map((p) => [p.number, p.text]),
);
const texts = documentTexts(
  new Map(recordParagraphs),
  OWN,
  new Map([[PONOMAREV, { shortTitle: "Ponomarev's telegram", paragraphs: telegram }]]),
);

const OLDER_BROTHERS = "the interference of two older brothers";
const inTelegram = (n: number, quote: string): Target => {
  const start = telegram.get(n)!.indexOf(quote);
  if (start < 0) throw new Error(`quote not in telegram ¶${n}`);
  return {
    documentSlug: PONOMAREV,
    paragraphNumber: n,
    start,
    end: start + quote.length,
    quote,
    note: "Shi Zhe via Ponomarev.",
  };
};
const friendlyAdvice = target(
  10,
  "the friendly advice of two fraternal Communist Parties",
  "1957.",
);
const olderBrothers = inTelegram(6, OLDER_BROTHERS);

const key: ItemKey = {
  kind: "EVIDENCE",
  points: 2,
  explanation: "Two reports of Kim's words.",
  claim: "Kim spoke differently in 1956 and 1957.",
  minSelections: 2,
  maxSelections: 3,
  targets: [friendlyAdvice, olderBrothers],
};
const exercise: ItemKey = {
  kind: "EXERCISE",
  points: 5,
  evidencePoints: 2,
  minEvidence: 2,
  targets: [friendlyAdvice, olderBrothers],
  rubric: [{ id: "c", title: "Claim", maxScore: 3 }],
};
const span = (t: Target, documentSlug?: string | null) => ({
  ...(documentSlug === undefined ? {} : { documentSlug }),
  paragraphNumber: t.paragraphNumber,
  start: t.start,
  end: t.end,
});

describe("evidence in two documents", () => {
  it("scores full points for one passage in each document, the own one named or not", () => {
    for (const own of [undefined, null, OWN]) {
      const result = scoreAnswer(
        key,
        { evidence: [span(friendlyAdvice, own), span(olderBrothers, PONOMAREV)] },
        texts,
      );
      expect(result).toMatchObject({ score: 2, correct: true });
      expect(result.message).toContain("Ponomarev's telegram ¶6");
      expect(result.expected).toEqual({
        evidence: [span(friendlyAdvice), span(olderBrothers, PONOMAREV)],
      });
    }
  });

  it("never matches the same paragraph number and offsets in the other document", () => {
    // ¶6 of the record at the telegram passage's offsets is no key passage.
    const wrongDocument = {
      paragraphNumber: 6,
      start: olderBrothers.start,
      end: olderBrothers.end,
    };
    expect(recordParagraphs.get(6)!.length).toBeGreaterThan(olderBrothers.end);
    const result = scoreAnswer(key, { evidence: [span(friendlyAdvice), wrongDocument] }, texts);
    expect(result.correct).toBeNull();
    expect(result.score).toBeLessThan(2);
    expect(result.message).toContain("Ponomarev's telegram ¶6");
    expect(result.message).toMatch(/Selections that do not support the claim:\*\*\n- ¶6:/);
    // And the telegram's ¶10 region of the record never covers a target in the telegram.
    const recordOnly = scoreAnswer(
      key,
      { evidence: [span(friendlyAdvice), { ...span(friendlyAdvice), documentSlug: PONOMAREV }] },
      texts,
    );
    expect(recordOnly.score).toBeLessThan(2);
  });

  it("names the other document in the missed passages of an exercise and scores the evidence part per document", () => {
    const half = scoreAnswer(exercise, { evidence: [span(olderBrothers, PONOMAREV)] }, texts);
    expect(half.evidenceScore).toBeGreaterThan(0);
    expect(half.evidenceScore).toBeLessThan(2);
    expect(half.message).toContain("¶10:");
    const both = scoreAnswer(
      exercise,
      { evidence: [span(olderBrothers, PONOMAREV), span(friendlyAdvice)] },
      texts,
    );
    expect(both.evidenceScore).toBe(2);
    const none = scoreAnswer(
      exercise,
      { evidence: [{ paragraphNumber: 6, start: olderBrothers.start, end: olderBrothers.end }] },
      texts,
    );
    expect(none.evidenceScore).toBe(0);
  });

  it("parses a selection in an offered document, drops the own slug, and refuses others", () => {
    const shape: ItemShape = {
      kind: "EVIDENCE",
      options: {
        CHOICE: new Set(),
        ORDER: new Set(),
        LEFT: new Set(),
        RIGHT: new Set(),
        CLAIM: new Set(),
        VOICE: new Set(),
        SEGMENT: new Set(),
      },
      maxLength: null,
      maxSelections: 3,
      paragraphLengths: new Map([...recordParagraphs].map(([n, t]) => [n, t.length])),
      documentSlug: OWN,
      sources: new Map([[PONOMAREV, new Map([...telegram].map(([n, t]) => [n, t.length]))]]),
    };
    expect(
      parseAnswer(shape, {
        evidence: [
          { documentSlug: OWN, paragraphNumber: 10, start: 0, end: 5 },
          { documentSlug: PONOMAREV, paragraphNumber: 6 },
        ],
      }),
    ).toEqual({
      evidence: [
        { paragraphNumber: 10, start: 0, end: 5 },
        { documentSlug: PONOMAREV, paragraphNumber: 6 },
      ],
    });
    const refused = (evidence: Parameters<typeof parseAnswer>[1]["evidence"]) => {
      try {
        parseAnswer(shape, { evidence });
        return null;
      } catch (error) {
        return error as { extensions?: { code?: string; field?: string }; message: string };
      }
    };
    expect(
      refused([{ documentSlug: "mikoyan-telegram-1956-09-17", paragraphNumber: 1 }]),
    ).toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(refused([{ documentSlug: PONOMAREV, paragraphNumber: 31 }])?.message).toContain(
      `"${PONOMAREV}" has no paragraph 31`,
    );
    const length = telegram.get(6)!.length;
    expect(
      refused([{ documentSlug: PONOMAREV, paragraphNumber: 6, start: 0, end: length + 1 }]),
    ).toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
