// Ordering questions: items authored in the right order, served in a fixed shuffle.
import { z } from "zod";
import { id, questionBase, text } from "../schema-parts.js";
import { displayed, type QuestionCommon, type QuestionKindEntry } from "./question-kind.js";

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
});

export const ordering: QuestionKindEntry<typeof schema, OrderingQuestionContent> = {
  schema,
  check({ ctx, file, path }, q, common) {
    ctx.localIds(file, `${path}.items`, q.items, "item");
    return {
      ...common,
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
