// Matching questions: the student pairs each left item with a right one. Pure: no I/O.
//
// points × (left items paired with their partner / left items); a left id's first pair counts.
// Unanswered (no pairs): score 0, correct false.
import { badUserInput } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import { blocks, escapeMarkdown, headline, list, withNote, type Outcome } from "../feedback.js";
import { roundScore } from "../score-math.js";
import type { ItemFacts, KindUnit } from "../types.js";

type Pair = { leftId: string; rightId: string };

export interface MatchingKey {
  kind: "MATCHING";
  points: number;
  explanation: string;
  left: Array<{ id: string; text: string }>;
  right: Array<{ id: string; text: string }>;
  /** One per left item. */
  pairs: Array<{ leftId: string; rightId: string; explanation: string | null }>;
}

export interface MatchingFields {
  pairs?: Array<{ leftId: string; rightId: string }> | null;
}

/** Each left id's first chosen right id. */
export function firstPairs(pairs: readonly Pair[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const p of pairs) if (!chosen.has(p.leftId)) chosen.set(p.leftId, p.rightId);
  return chosen;
}

/** Share of the key's left items that the student paired with their right partner (first pair per left id). */
export function matchingCredit(keyPairs: readonly Pair[], studentPairs: readonly Pair[]): number {
  if (keyPairs.length === 0) return 1;
  const chosen = firstPairs(studentPairs);
  return keyPairs.filter((p) => chosen.get(p.leftId) === p.rightId).length / keyPairs.length;
}

/** Feedback for a matching item: the right pairs, each marked with what the student chose. */
export function matchingMessage(
  key: MatchingKey,
  chosen: ReadonlyMap<string, string>,
  outcome: Outcome,
): string {
  const leftText = new Map(key.left.map((l) => [l.id, l.text]));
  const rightText = new Map(key.right.map((r) => [r.id, r.text]));
  const lines = key.pairs.map((pair) => {
    const choice = chosen.get(pair.leftId);
    const mark =
      choice === pair.rightId
        ? "you matched this"
        : choice === undefined
          ? "you left this one unmatched"
          : `you chose: ${escapeMarkdown(rightText.get(choice) ?? "another item")}`;
    const left = escapeMarkdown(leftText.get(pair.leftId) ?? "");
    const right = escapeMarkdown(rightText.get(pair.rightId) ?? "");
    return withNote(`- ${left} → ${right} (${mark})`, pair.explanation);
  });
  return blocks(headline(outcome, key.points), key.explanation, list("The right pairs:", lines));
}

/** Tries mode: the student's pairs that are wrong and the left items not paired, not the right partners. */
export function matchingHint(
  key: MatchingKey,
  chosen: ReadonlyMap<string, string>,
  outcome: Outcome,
): string {
  const text = new Map([...key.left, ...key.right].map((o) => [o.id, o.text]));
  const wrong = key.pairs
    .filter((p) => chosen.has(p.leftId) && chosen.get(p.leftId) !== p.rightId)
    .map(
      (p) =>
        `- ${escapeMarkdown(text.get(p.leftId)!)} → ${escapeMarkdown(text.get(chosen.get(p.leftId)!) ?? "")}: this pair is not right`,
    );
  const unpaired = key.pairs
    .filter((p) => !chosen.has(p.leftId))
    .map((p) => `- ${escapeMarkdown(text.get(p.leftId)!)}`);
  const right = key.pairs.filter((p) => chosen.get(p.leftId) === p.rightId).length;
  return blocks(
    headline(outcome, key.points),
    outcome.answered && `${right} of ${key.pairs.length} pairs are right.`,
    list("Pairs that are not right:", wrong),
    outcome.answered && list("Not paired yet:", unpaired),
  );
}

function parsePairs(item: ItemFacts, pairs: readonly Pair[]): Pair[] {
  const seen = new Set<string>();
  return pairs.map((pair, index) => {
    const leftId = decodeId("Choice", pair.leftId);
    const rightId = decodeId("Choice", pair.rightId);
    if (!leftId || !item.options.LEFT.has(leftId))
      throw badUserInput(
        "That is not a left item of this question.",
        `answer.pairs[${index}].leftId`,
      );
    if (!rightId || !item.options.RIGHT.has(rightId))
      throw badUserInput(
        "That is not a right item of this question.",
        `answer.pairs[${index}].rightId`,
      );
    if (seen.has(leftId))
      throw badUserInput("Each left item can be paired once.", `answer.pairs[${index}].leftId`);
    seen.add(leftId);
    return { leftId, rightId };
  });
}

export const matching: KindUnit<MatchingKey, MatchingFields> = {
  words: "a matching question",
  fields: ["pairs"],
  parse(item, input) {
    const answer: MatchingFields = {};
    if (input.pairs != null) answer.pairs = parsePairs(item, input.pairs);
    return answer;
  },
  fromStored(item) {
    const { LEFT: left, RIGHT: right } = item.options;
    const rightByKey = new Map(right.map((o) => [o.contentKey, o.id]));
    return {
      kind: "MATCHING",
      points: item.points,
      explanation: item.explanation,
      left: left.map((o) => ({ id: o.id, text: o.text })),
      right: right.map((o) => ({ id: o.id, text: o.text })),
      pairs: left.map((o) => ({
        leftId: o.id,
        rightId: rightByKey.get(o.partnerKey!)!,
        explanation: o.explanation,
      })),
    };
  },
  review(key) {
    const text = new Map([...key.left, ...key.right].map((o) => [o.id, o.text]));
    return {
      pairs: key.pairs.map((p) => ({
        left: { id: p.leftId, text: text.get(p.leftId)! },
        right: { id: p.rightId, text: text.get(p.rightId)! },
        explanation: p.explanation,
      })),
    };
  },
  score(key, answer) {
    const pairs = answer?.pairs ?? [];
    const credit = matchingCredit(key.pairs, pairs);
    const score = roundScore(key.points * credit);
    const correct = credit === 1;
    return {
      score,
      maxScore: key.points,
      correct,
      needsReview: false,
      message: matchingMessage(key, firstPairs(pairs), {
        answered: pairs.length > 0,
        score,
        correct,
      }),
      expected: { pairs: key.pairs.map((p) => ({ leftId: p.leftId, rightId: p.rightId })) },
    };
  },
  tries: 3,
  hint(key, answer) {
    const pairs = answer?.pairs ?? [];
    const credit = matchingCredit(key.pairs, pairs);
    return matchingHint(key, firstPairs(pairs), {
      answered: pairs.length > 0,
      score: roundScore(key.points * credit),
      correct: credit === 1,
    });
  },
};
