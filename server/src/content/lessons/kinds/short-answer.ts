// Short-answer questions: free text up to a length, matched against accepted answers or scored by a teacher.
import { z } from "zod";
import { questionBase, text } from "../schema-parts.js";
import type { QuestionCommon, QuestionKindEntry } from "./question-kind.js";

export interface ShortAnswerQuestionContent extends QuestionCommon {
  kind: "SHORT_ANSWER";
  maxLength: number;
  /** Empty: a teacher scores the answer. */
  acceptedAnswers: string[];
}

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal("SHORT_ANSWER"),
  maxLength: z.number().int().min(1).max(5000),
  /** Without accepted answers the item is scored by a teacher. */
  acceptedAnswers: z.array(text).min(1).optional(),
});

export const shortAnswer: QuestionKindEntry<typeof schema, ShortAnswerQuestionContent> = {
  schema,
  check({ ctx, file, path }, q, common) {
    const accepted = q.acceptedAnswers ?? [];
    const seen = new Set<string>();
    accepted.forEach((a, j) => {
      const at = `${path}.acceptedAnswers[${j}]`;
      if (a.length > q.maxLength) ctx.report(file, at, `longer than maxLength (${q.maxLength})`);
      if (seen.has(a.toLowerCase())) ctx.report(file, at, `"${a}" is listed twice`);
      seen.add(a.toLowerCase());
    });
    return { ...common, kind: q.kind, maxLength: q.maxLength, acceptedAnswers: accepted };
  },
  store(question) {
    return {
      columns: { maxLength: question.maxLength, acceptedAnswers: question.acceptedAnswers },
    };
  },
};
