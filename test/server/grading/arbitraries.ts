// fast-check arbitraries: item keys of every kind and answers to them, valid or not.
import fc from "fast-check";
import type { AnswerData, ItemKey, Selection, Target } from "../../../server/src/grading/index.js";
import { paragraphs } from "./fixtures.js";

const ids = fc.constantFrom("a", "b", "c", "d", "e", "f");
const someIds = fc.array(ids, { maxLength: 8 });
const points = fc.integer({ min: 0, max: 20 });
const text = fc.string({ maxLength: 20 });
const numbers = [...paragraphs.keys()];

/** A passage of the real document. */
const target: fc.Arbitrary<Target> = fc.constantFrom(...numbers).chain((paragraphNumber) => {
  const length = paragraphs.get(paragraphNumber)!.length;
  return fc
    .tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: length }))
    .map(([a, b]) => {
      const start = Math.min(a, b - 1);
      const end = Math.max(b, start + 1);
      return {
        paragraphNumber,
        start,
        end,
        quote: paragraphs.get(paragraphNumber)!.slice(start, end),
        note: "Why.",
      };
    });
});

/** Any selection, including unknown paragraphs, offsets out of range or backwards, and whole paragraphs. */
export const selection: fc.Arbitrary<Selection> = fc.record(
  {
    paragraphNumber: fc.integer({ min: -1, max: numbers.length + 2 }),
    start: fc.option(fc.integer({ min: -5, max: 1200 })),
    end: fc.option(fc.integer({ min: -5, max: 1200 })),
  },
  { requiredKeys: ["paragraphNumber"] },
);

const choiceKey = fc
  .record({
    kind: fc.constantFrom("SINGLE_CHOICE" as const, "MULTIPLE_CHOICE" as const),
    points,
    choices: fc.uniqueArray(fc.record({ id: ids, correct: fc.boolean() }), {
      selector: (c) => c.id,
      minLength: 1,
    }),
  })
  .map((k) => ({
    ...k,
    explanation: "E.",
    choices: k.choices.map((c) => ({ ...c, text: `Text ${c.id}`, explanation: "" })),
  }));

const shortAnswerKey = fc.record({
  kind: fc.constant("SHORT_ANSWER" as const),
  points,
  explanation: fc.constant("E."),
  acceptedAnswers: fc.array(text, { maxLength: 3 }),
});

const orderingKey = fc
  .record({
    kind: fc.constant("ORDERING" as const),
    points,
    order: fc.uniqueArray(ids, { minLength: 1 }),
  })
  .map(({ order, ...k }) => ({
    ...k,
    explanation: "E.",
    items: order.map((id) => ({ id, text: `Item ${id}`, explanation: null })),
  }));

const matchingKey = fc
  .record({
    kind: fc.constant("MATCHING" as const),
    points,
    left: fc.uniqueArray(ids, { minLength: 1 }),
    right: fc.uniqueArray(ids, { minLength: 1 }),
  })
  .chain((k) =>
    fc
      .array(fc.constantFrom(...k.right), { minLength: k.left.length, maxLength: k.left.length })
      .map((partners) => ({
        kind: k.kind,
        points: k.points,
        explanation: "E.",
        left: k.left.map((id) => ({ id, text: `Left ${id}` })),
        right: k.right.map((id) => ({ id, text: `Right ${id}` })),
        pairs: k.left.map((leftId, i) => ({ leftId, rightId: partners[i]!, explanation: null })),
      })),
  );

/** An evidence question's key: passages of the real document and the selection bounds. */
export const evidenceKey = fc
  .record({
    points,
    targets: fc.array(target, { minLength: 1, maxLength: 5 }),
    minSelections: fc.nat({ max: 5 }),
    maxSelections: fc.integer({ min: 1, max: 6 }),
  })
  .map((k) => ({
    ...k,
    kind: "EVIDENCE" as const,
    explanation: "E.",
    claim: "C.",
    minSelections: Math.min(k.minSelections, k.targets.length),
  }));

const exerciseKey = fc
  .record({
    evidencePoints: fc.nat({ max: 5 }),
    minEvidence: fc.nat({ max: 5 }),
    targets: fc.array(target, { minLength: 1, maxLength: 7 }),
    rubric: fc.array(fc.nat({ max: 4 }), { maxLength: 4 }),
  })
  .map((k) => ({
    kind: "EXERCISE" as const,
    points: k.evidencePoints + k.rubric.reduce((sum, top) => sum + top, 0),
    evidencePoints: k.evidencePoints,
    minEvidence: k.minEvidence,
    targets: k.targets,
    rubric: k.rubric.map((maxScore, i) => ({ id: `c${i}`, title: `Criterion ${i}`, maxScore })),
  }));

const attributionKey = fc
  .record({
    points,
    voices: fc.uniqueArray(ids, { minLength: 2 }),
    segments: fc.uniqueArray(ids, { minLength: 1 }),
  })
  .chain((k) =>
    fc
      .array(fc.constantFrom(...k.voices), {
        minLength: k.segments.length,
        maxLength: k.segments.length,
      })
      .map((voiceIds) => ({
        kind: "ATTRIBUTION" as const,
        points: k.points,
        explanation: "E.",
        voices: k.voices.map((id) => ({ id, label: `Voice ${id}` })),
        segments: k.segments.map((id, i) => ({
          id,
          paragraphNumber: 9,
          start: i * 10,
          end: i * 10 + 5,
          text: `Segment ${id}`,
          voiceId: voiceIds[i]!,
          explanation: "Why.",
        })),
      })),
  );

/** A key of any kind, as content validation lets through. */
export const itemKey: fc.Arbitrary<ItemKey> = fc.oneof(
  choiceKey,
  shortAnswerKey,
  orderingKey,
  matchingKey,
  evidenceKey,
  exerciseKey,
  attributionKey,
);

/** Any answer: any fields of any kind, with unknown ids, duplicates and stray selections. */
export const anyAnswer: fc.Arbitrary<AnswerData | null> = fc.option(
  fc.record(
    {
      choiceIds: someIds,
      text,
      order: someIds,
      pairs: fc.array(fc.record({ leftId: ids, rightId: ids }), { maxLength: 8 }),
      evidence: fc.array(selection, { maxLength: 6 }),
      claimId: fc.option(ids),
      claim: fc.option(text),
      attributions: fc.array(fc.record({ segmentId: ids, voiceId: ids }), { maxLength: 8 }),
    },
    { requiredKeys: [] },
  ),
);
