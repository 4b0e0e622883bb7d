// Ordering questions: items authored in the right order, served in a fixed shuffle.
import { z } from "zod";
import { id, questionBase, text } from "../schema-parts.js";
import {
  displayed,
  type LoadedDistractor,
  NO_DISTRACTOR_KEYS,
  type QuestionCommon,
  type QuestionKindEntry,
} from "./question-kind.js";

export interface OrderingQuestionContent extends QuestionCommon {
  kind: "ORDERING";
  /** In the correct order. */
  items: Array<{ id: string; text: string; explanation: string | null }>;
}

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal("ORDERING"),
  /** Listed in the correct order; the server shuffles them. */
  items: z
    .array(z.strictObject({ id, text, explanation: text.optional() }))
    .min(3, "order at least three items"),
  /**
   * Common wrong orders worth naming: a student who puts `first` before `then` (the key has
   * `then` first) shows `misconception`.
   */
  misorders: z.array(z.strictObject({ first: id, then: id, misconception: id })).optional(),
});

export const ordering: QuestionKindEntry<typeof schema, OrderingQuestionContent> = {
  schema,
  check({ ctx, file, path }, q, common) {
    ctx.localIds(file, `${path}.items`, q.items, "item");
    const place = new Map(q.items.map((it, i) => [it.id, i]));
    const distractors: LoadedDistractor[] = [];
    (q.misorders ?? []).forEach((m, j) => {
      const at = `${path}.misorders[${j}]`;
      if (!place.has(m.first)) ctx.report(file, `${at}.first`, `no item "${m.first}"`);
      else if (!place.has(m.then)) ctx.report(file, `${at}.then`, `no item "${m.then}"`);
      else if (place.get(m.first)! < place.get(m.then)!)
        ctx.report(
          file,
          at,
          `"${m.first}" before "${m.then}" is the right order, not a misorder (write the wrong order: first is the item placed too early)`,
        );
      else if (ctx.misconception(file, `${at}.misconception`, m.misconception))
        distractors.push({
          ...NO_DISTRACTOR_KEYS,
          misconception: m.misconception,
          firstKey: m.first,
          thenKey: m.then,
        });
    });
    return {
      ...common,
      distractors,
      kind: q.kind,
      items: q.items.map((it) => ({
        id: it.id,
        text: it.text,
        explanation: it.explanation ?? null,
      })),
    };
  },
  store(question) {
    const keyed = question.items.map((entry, index) => ({ ...entry, keyPosition: index + 1 }));
    return {
      options: displayed(question.id, keyed, (entry) => ({
        role: "ORDER",
        contentKey: entry.id,
        text: entry.text,
        correct: null,
        keyPosition: entry.keyPosition,
        partnerKey: null,
        explanation: entry.explanation,
      })),
    };
  },
};
