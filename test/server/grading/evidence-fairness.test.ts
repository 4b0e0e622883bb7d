// The evidence model on the real lessons: every key, as content sync stores it and grading reads it
// back, can be answered fully the way its instructions ask, and ticking whole paragraphs never
// outscores choosing the exact key words.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseExport } from "../../../server/src/content/documents/export-parser.js";
import {
  loadContent,
  type LoadedContent,
  type LoadedExercise,
} from "../../../server/src/content/lessons/load-content.js";
import {
  documentTexts,
  KINDS,
  scoreAnswer,
  type ItemKey,
  type ParagraphTexts,
  type Selection,
  type StoredItem,
  type Target,
} from "../../../server/src/grading/index.js";

const LESSONS = fileURLToPath(new URL("../../../lessons", import.meta.url));
const paragraphsOf = (slug: string) =>
  new Map(
    parseExport(readFileSync(`${LESSONS}/documents/${slug}.txt`, "utf8")).paragraphs.map((p) => [
      p.number,
      p.text,
    ]),
  );
const SLUGS = readdirSync(`${LESSONS}/documents`)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));

/** The own document's texts with every other document of the collection. */
function texts(own: string): ParagraphTexts {
  return documentTexts(
    paragraphsOf(own),
    own,
    new Map(
      SLUGS.filter((s) => s !== own).map((s) => [
        s,
        { shortTitle: s, paragraphs: paragraphsOf(s) },
      ]),
    ),
  );
}

type Passage = LoadedExercise["modelEvidence"][number];
const asTarget = (p: Passage): Target => ({
  documentSlug: p.documentSlug,
  paragraphNumber: p.paragraphNumber,
  start: p.start,
  end: p.end,
  quote: p.quote,
  note: p.note,
  ...(p.role === "ACCEPTABLE" ? { role: p.role } : {}),
  ...(p.countsForRecall ? { countsForRecall: true } : {}),
  ...(p.claims ? { claims: p.claims } : {}),
});
const select = (t: {
  documentSlug?: string | null;
  paragraphNumber: number;
  start: number;
  end: number;
}): Selection => ({
  documentSlug: t.documentSlug ?? null,
  paragraphNumber: t.paragraphNumber,
  start: t.start,
  end: t.end,
});

function stored(fields: Partial<StoredItem>): StoredItem {
  return {
    points: 2,
    explanation: "",
    acceptedAnswers: [],
    claim: null,
    minSelections: null,
    maxSelections: null,
    evidencePoints: null,
    options: { CHOICE: [], ORDER: [], LEFT: [], RIGHT: [], CLAIM: [], VOICE: [], SEGMENT: [] },
    targets: [],
    criteria: [],
    ...fields,
  };
}

let content: LoadedContent;
beforeAll(async () => {
  const loaded = await loadContent(LESSONS);
  expect(loaded.problems).toEqual([]);
  content = loaded.content;
});

const evidenceQuestions = () =>
  content.questionSets.flatMap((set) =>
    set.questions.flatMap((q) => (q.kind === "EVIDENCE" ? [{ set, q }] : [])),
  );

function questionKey(id: string): { key: ItemKey & { kind: "EVIDENCE" }; doc: string } {
  const found = evidenceQuestions().find(({ q }) => q.id === id)!;
  const { q } = found;
  if (q.kind !== "EVIDENCE") throw new Error("not evidence");
  const key = KINDS.EVIDENCE.fromStored(
    stored({
      points: q.points,
      claim: q.claim,
      minSelections: q.minSelections,
      maxSelections: q.maxSelections,
      targets: q.targets.map(asTarget),
    }),
  );
  return { key: key as ItemKey & { kind: "EVIDENCE" }, doc: found.set.documentSlug };
}

describe("the issue's example: ctx-economic-weakness (2 points, select two to four, ¶15–16)", () => {
  it("scores two exact key phrases above ticking all of ¶15 and ¶16", () => {
    const { key, doc } = questionKey("ctx-economic-weakness");
    const paragraphs = texts(doc);
    const phrase = (quote: string) => select(key.targets.find((t) => t.quote.startsWith(quote))!);
    const exact = scoreAnswer(
      key,
      {
        evidence: [
          phrase("Without such aid we cannot keep the Pyongyang textile mill"),
          phrase("It is difficult for us to create military reserves"),
        ],
      },
      paragraphs,
    );
    const whole = scoreAnswer(
      key,
      { evidence: [{ paragraphNumber: 15 }, { paragraphNumber: 16 }] },
      paragraphs,
    );
    expect(exact).toMatchObject({ score: 2, correct: true });
    // the header of evidence-overlap.ts works this one through: P = 428/1229 → 0.80
    expect(whole).toMatchObject({ score: 0.8, correct: null });
    expect(exact.score!).toBeGreaterThan(whole.score!);
    // any two of its key passages, chosen exactly, beat the whole paragraphs too
    for (const a of key.targets)
      for (const b of key.targets) {
        if (a === b) continue;
        const two = scoreAnswer(key, { evidence: [select(a), select(b)] }, paragraphs);
        expect(two.score).toBe(2);
      }
  });
});

describe("every evidence question of the lessons", () => {
  it("gives full credit for exactly minSelections of its key passages (the instructions' lower bound)", () => {
    const questions = evidenceQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(5);
    for (const { q } of questions) {
      const { key, doc } = questionKey(q.id);
      const picked = key.targets.slice(0, key.minSelections).map(select);
      const result = scoreAnswer(key, { evidence: picked }, texts(doc));
      expect({ id: q.id, score: result.score }).toEqual({ id: q.id, score: key.points });
      // adding every acceptable passage never lowers it, and none is called unsupported
      const withAcceptable = scoreAnswer(
        key,
        {
          evidence: [...picked, ...(key.acceptable ?? []).map(select)].slice(0, key.maxSelections),
        },
        texts(doc),
      );
      expect({ id: q.id, score: withAcceptable.score }).toEqual({ id: q.id, score: key.points });
      expect(withAcceptable.message).not.toContain("do not support the claim");
    }
  });
});

describe("every exercise of the lessons, for each of its positions", () => {
  it("gives full evidence marks for that position's model passages", () => {
    expect(content.exercises.length).toBeGreaterThanOrEqual(4);
    for (const exercise of content.exercises) {
      const key = KINDS.EXERCISE.fromStored(
        stored({
          points: exercise.points,
          evidencePoints: exercise.evidencePoints,
          minSelections: exercise.minEvidence,
          targets: exercise.modelEvidence.map(asTarget),
          options: {
            ...stored({}).options,
            CLAIM: exercise.claims.map((c, i) => ({
              id: `pk-${c.id}`,
              contentKey: c.id,
              text: c.text,
              correct: null,
              keyPosition: i + 1,
              partnerKey: null,
              explanation: null,
            })),
          },
        }),
      );
      const model = exercise.modelEvidence.filter((p) => p.role !== "ACCEPTABLE");
      const positions = exercise.claims.length ? exercise.claims.map((c) => c.id) : [null];
      for (const claim of positions) {
        const passages = model.filter(
          (p) => !p.claims || claim === null || p.claims.includes(claim),
        );
        expect(passages.length).toBeGreaterThanOrEqual(Math.max(1, exercise.minEvidence));
        const result = scoreAnswer(
          key,
          {
            ...(claim ? { claimId: `pk-${claim}` } : { text: "My reasoning." }),
            evidence: passages.map(select),
          },
          texts(exercise.documentSlug),
        );
        expect({ exercise: exercise.slug, claim, evidence: result.evidenceScore }).toEqual({
          exercise: exercise.slug,
          claim,
          evidence: exercise.evidencePoints,
        });
      }
    }
  });
});
