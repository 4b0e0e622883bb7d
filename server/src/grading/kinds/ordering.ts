// Ordering questions: the student puts items in order. Pure: no I/O.
//
// points × (pairs i<j of the key's order that the student kept in the same relative order / all
// pairs). A missing item spoils every pair it is in; unknown ids ignored, first occurrence wins.
// Unanswered (nothing placed): score 0, correct false.
import { blocks, escapeMarkdown, headline, list, withNote, type Outcome } from "../feedback.js";
import { optionKeys } from "../fields.js";
import { knownUnique, roundScore } from "../score-math.js";
import type { KindUnit } from "../types.js";

export interface OrderingKey {
  kind: "ORDERING";
  points: number;
  explanation: string;
  /** In the right order. */
  items: Array<{ id: string; text: string; explanation: string | null }>;
}

export interface OrderingFields {
  order?: string[] | null;
}

/** Share of the key's item pairs that the student's order keeps in the same relative order. */
export function orderingCredit(
  keyOrder: readonly string[],
  studentOrder: readonly string[],
): number {
  const position = new Map(knownUnique(studentOrder, keyOrder).map((id, i) => [id, i]));
  const n = keyOrder.length;
  if (n < 2) return position.size === n ? 1 : 0;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = position.get(keyOrder[i]);
      const b = position.get(keyOrder[j]);
      if (a !== undefined && b !== undefined && a < b) kept++;
    }
  }
  return kept / ((n * (n - 1)) / 2);
}

/** Feedback for an ordering item: how many pairs were in order, and the right order with explanations. */
export function orderingMessage(
  key: OrderingKey,
  outcome: Outcome,
  keptPairs: number,
  anyMissing: boolean,
): string {
  const total = (key.items.length * (key.items.length - 1)) / 2;
  const detail =
    outcome.answered &&
    outcome.correct !== true &&
    `You put ${keptPairs} of ${total} pairs of items in the right order.` +
      (anyMissing
        ? " Some items were missing from your order; every pair with a missing item counts as wrong."
        : "");
  const order = key.items.map((item, i) =>
    withNote(`${i + 1}. ${escapeMarkdown(item.text)}`, item.explanation),
  );
  return blocks(
    headline(outcome, key.points),
    detail,
    key.explanation,
    list("The right order:", order),
  );
}

/** Tries mode: the positions the student's order gets wrong, not what belongs there. */
export function orderingHint(
  key: OrderingKey,
  placed: readonly string[],
  outcome: Outcome,
): string {
  const text = new Map(key.items.map((i) => [i.id, i.text]));
  const wrong = placed
    .map((id, index) => ({ id, index }))
    .filter(({ id, index }) => key.items[index]?.id !== id)
    .map(({ id, index }) => `- ${index + 1}. ${escapeMarkdown(text.get(id)!)}: not in its place`);
  const missing = key.items.length - placed.length;
  return blocks(
    headline(outcome, key.points),
    list("Positions that are not right:", wrong),
    outcome.answered &&
      missing > 0 &&
      `${missing} ${missing === 1 ? "item is" : "items are"} not placed yet.`,
  );
}

export const ordering: KindUnit<OrderingKey, OrderingFields> = {
  words: "an ordering question",
  fields: ["order"],
  parse(item, input) {
    const answer: OrderingFields = {};
    if (input.order != null)
      answer.order = optionKeys(
        input.order,
        item.options.ORDER,
        "answer.order",
        "an item of this question",
      );
    return answer;
  },
  fromStored(item) {
    return {
      kind: "ORDERING",
      points: item.points,
      explanation: item.explanation,
      items: [...item.options.ORDER]
        .sort((a, b) => a.keyPosition! - b.keyPosition!)
        .map((o) => ({ id: o.id, text: o.text, explanation: o.explanation })),
    };
  },
  review(key) {
    return { order: key.items.map(({ id, text }) => ({ id, text })) };
  },
  score(key, answer) {
    const keyOrder = key.items.map((item) => item.id);
    const placed = knownUnique(answer?.order ?? [], keyOrder);
    const credit = orderingCredit(keyOrder, placed);
    const score = roundScore(key.points * credit);
    const correct = credit === 1;
    const keptPairs = Math.round((credit * keyOrder.length * (keyOrder.length - 1)) / 2);
    const anyMissing = placed.length < keyOrder.length;
    return {
      score,
      maxScore: key.points,
      correct,
      needsReview: false,
      message: orderingMessage(
        key,
        { answered: placed.length > 0, score, correct },
        keptPairs,
        anyMissing,
      ),
      expected: { order: keyOrder },
    };
  },
  tries: 3,
  hint(key, answer) {
    const keyOrder = key.items.map((item) => item.id);
    const placed = knownUnique(answer?.order ?? [], keyOrder);
    const credit = orderingCredit(keyOrder, placed);
    return orderingHint(key, placed, {
      answered: placed.length > 0,
      score: roundScore(key.points * credit),
      correct: credit === 1,
    });
  },
};
