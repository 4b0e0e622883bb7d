import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAnswer, type Selection } from "../../../server/src/grading/index.js";
import { evidenceKey, selection } from "./arbitraries.js";
import { paragraphs } from "./fixtures.js";

const exactly = ({ paragraphNumber, start, end }: Selection) => ({ paragraphNumber, start, end });

/** A key, some of its passages selected exactly, other selections, and an order to send them in. */
const keyAndSelections = evidenceKey.chain((key) =>
  fc.record({
    key: fc.constant(key),
    right: fc.subarray(key.targets.map(exactly)),
    wrong: fc.array(selection, { maxLength: 3 }),
    seed: fc.nat(),
  }),
);

const shuffled = <T>(list: T[], seed: number): T[] =>
  list
    .map((item, i) => ({ item, rank: (seed * 7919 + i * 104_729) % 1_000_003 }))
    .toSorted((a, b) => a.rank - b.rank)
    .map(({ item }) => item);

describe("evidence scoring, for any key and any selections (property)", () => {
  it("gives a score within [0, points]", () => {
    fc.assert(
      fc.property(keyAndSelections, ({ key, right, wrong }) => {
        const { score } = scoreAnswer(key, { evidence: [...right, ...wrong] }, paragraphs);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(key.points);
      }),
    );
  });

  it("scores the same whatever the order of the selections", () => {
    fc.assert(
      fc.property(keyAndSelections, ({ key, right, wrong, seed }) => {
        const evidence = [...right, ...wrong];
        const score = (list: Selection[]) => scoreAnswer(key, { evidence: list }, paragraphs).score;
        expect(score(shuffled(evidence, seed))).toBe(score(evidence));
        expect(score(evidence.toReversed())).toBe(score(evidence));
      }),
    );
  });

  it("never lowers the score for one more key passage selected exactly", () => {
    fc.assert(
      fc.property(keyAndSelections, ({ key, right, wrong, seed }) => {
        const missing = key.targets
          .map(exactly)
          .filter((t) => !right.some((r) => JSON.stringify(r) === JSON.stringify(t)));
        fc.pre(missing.length > 0);
        const before = [...right, ...wrong];
        const after = shuffled([...before, missing[seed % missing.length]!], seed);
        const score = (list: Selection[]) => scoreAnswer(key, { evidence: list }, paragraphs).score;
        expect(score(after)).toBeGreaterThanOrEqual(score(before)!);
      }),
    );
  });
});
