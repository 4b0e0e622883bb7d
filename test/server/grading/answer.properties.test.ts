import fc from "fast-check";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { encodeId } from "../../../server/src/core/ids.js";
import {
  KINDS,
  normalizeShortAnswer,
  parseAnswer,
  scoreAnswer,
  type AnswerData,
  type Kind,
} from "../../../server/src/grading/index.js";
import { anyAnswer, itemKey } from "./arbitraries.js";
import { paragraphs } from "./fixtures.js";
import { anItem, key } from "./shapes.js";

describe("scoreAnswer, for any key and any answer", () => {
  it("scores within [0, points], or leaves the score to a teacher", () => {
    fc.assert(
      fc.property(itemKey, anyAnswer, (itemKey, answer) => {
        const result = scoreAnswer(itemKey, answer, paragraphs);
        expect(result.maxScore).toBe(itemKey.points);
        if (result.score === null) expect(result.needsReview).toBe(true);
        else {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(itemKey.points);
        }
        if (itemKey.kind === "EXERCISE") {
          expect(result.evidenceScore).toBeGreaterThanOrEqual(0);
          expect(result.evidenceScore).toBeLessThanOrEqual(itemKey.evidencePoints);
        }
        expect(result.message).not.toBe("");
      }),
    );
  });

  it("gives full points to the key's own answer", () => {
    fc.assert(
      fc.property(itemKey, (itemKey) => {
        const result = scoreAnswer(itemKey, null, paragraphs);
        if (itemKey.kind === "EXERCISE" || result.expected === null) return;
        if (
          itemKey.kind === "SHORT_ANSWER" &&
          normalizeShortAnswer(itemKey.acceptedAnswers[0]!) === ""
        )
          return;
        expect(scoreAnswer(itemKey, result.expected, paragraphs).score).toBe(itemKey.points);
      }),
    );
  });
});

// Option keys 1–7 belong to the item (anItem); 8 and 9 are options of some other item.
const choiceId = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 9 }).map((n) => encodeId("Choice", key(n))), weight: 8 },
  { arbitrary: fc.uuid().map((uuid) => encodeId("Choice", uuid)), weight: 1 },
  {
    arbitrary: fc.integer({ min: 1, max: 9 }).map((n) => encodeId("Question", String(n))),
    weight: 1,
  },
  { arbitrary: fc.string(), weight: 1 },
);
// Voices 12–13 and segments 14–15 belong to the item; other keys, types and strings do not.
const optionId = (type: "AttributionSegment" | "Voice") =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 10, max: 17 }).map((n) => encodeId(type, key(n))), weight: 8 },
    {
      arbitrary: fc.integer({ min: 12, max: 15 }).map((n) => encodeId("Choice", key(n))),
      weight: 1,
    },
    { arbitrary: fc.string(), weight: 1 },
  );
const anyFields: fc.Arbitrary<AnswerData> = fc.record(
  {
    attributions: fc.array(
      fc.record({ segmentId: optionId("AttributionSegment"), voiceId: optionId("Voice") }),
      { maxLength: 3 },
    ),
    choiceIds: fc.array(choiceId, { maxLength: 3 }),
    order: fc.array(choiceId, { maxLength: 3 }),
    pairs: fc.array(fc.record({ leftId: choiceId, rightId: choiceId }), { maxLength: 2 }),
    claimId: choiceId,
    text: fc.string({ maxLength: 25 }),
    claim: fc.string({ maxLength: 25 }),
    evidence: fc.array(
      fc.record(
        {
          paragraphNumber: fc.integer({ min: 0, max: 3 }),
          start: fc.option(fc.integer({ min: -2, max: 32 })),
          end: fc.option(fc.integer({ min: -2, max: 32 })),
        },
        { requiredKeys: ["paragraphNumber"] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);
/** A kind and an input; mostly only the kind's fields, sometimes others too. */
const kindAndInput = fc
  .tuple(fc.constantFrom(...(Object.keys(KINDS) as Kind[])), anyFields, fc.boolean())
  .map(([kind, raw, stray]) => {
    const fields: readonly string[] = KINDS[kind].fields;
    const input = stray
      ? raw
      : Object.fromEntries(Object.entries(raw).filter(([field]) => fields.includes(field)));
    return [kind, input as AnswerData] as const;
  });

describe("parseAnswer, for any input", () => {
  it("accepts only the kind's fields, each option of the item once, passages inside their paragraph; otherwise BAD_USER_INPUT", () => {
    fc.assert(
      fc.property(kindAndInput, ([kind, raw]) => {
        const item = anItem(kind);
        let answer: AnswerData;
        try {
          answer = parseAnswer(item, raw);
        } catch (error) {
          expect(error).toBeInstanceOf(GraphQLError);
          expect((error as GraphQLError).extensions).toMatchObject({
            code: "BAD_USER_INPUT",
            field: expect.stringMatching(/^answer\./),
          });
          return;
        }
        for (const field of Object.keys(answer)) expect(KINDS[kind].fields).toContain(field);
        const within = (keys: string[] | null | undefined, known: Set<string>) => {
          for (const k of keys ?? []) expect(known.has(k)).toBe(true);
          expect(new Set(keys).size).toBe(keys?.length ?? 0);
        };
        within(answer.choiceIds, item.options.CHOICE);
        within(answer.order, item.options.ORDER);
        within(
          answer.pairs?.map((p) => p.leftId),
          item.options.LEFT,
        );
        for (const pair of answer.pairs ?? [])
          expect(item.options.RIGHT.has(pair.rightId)).toBe(true);
        if (answer.claimId != null) expect(item.options.CLAIM.has(answer.claimId)).toBe(true);
        within(
          answer.attributions?.map((a) => a.segmentId),
          item.options.SEGMENT,
        );
        for (const a of answer.attributions ?? [])
          expect(item.options.VOICE.has(a.voiceId)).toBe(true);
        if (kind === "SINGLE_CHOICE") expect(answer.choiceIds?.length ?? 0).toBeLessThanOrEqual(1);
        for (const span of answer.evidence ?? []) {
          const length = item.paragraphLengths.get(span.paragraphNumber)!;
          expect(length).toBeDefined();
          if (span.start != null)
            expect(0 <= span.start && span.start < span.end! && span.end! <= length).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
