// Short-answer questions: free text up to a length, matched against accepted answers or scored by a teacher.
import { z } from "zod";
import { markdown, questionBase, text } from "../schema-parts.js";
import type { QuestionCommon, QuestionKindEntry } from "./question-kind.js";

export interface ShortAnswerQuestionContent extends QuestionCommon {
  kind: "SHORT_ANSWER";
  maxLength: number;
  /** Empty: a teacher scores the answer. */
  acceptedAnswers: string[];
  /** Teacher-scored only: how to award each score (Markdown, teachers only); null: none given. */
  scoringGuide: string | null;
}

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal("SHORT_ANSWER"),
  maxLength: z.number().int().min(1).max(5000),
  /** Without accepted answers the item is scored by a teacher. */
  acceptedAnswers: z.array(text).min(1).optional(),
  /** Teacher-scored answers: what earns each score, shown to teachers only (Markdown). */
  scoringGuide: markdown.optional(),
});

export const shortAnswer: QuestionKindEntry<typeof schema, ShortAnswerQuestionContent> = {
  schema,
  check(at, q, common) {
    const { ctx, file, path } = at;
    const accepted = q.acceptedAnswers ?? [];
    const seen = new Set<string>();
    accepted.forEach((a, j) => {
      const at = `${path}.acceptedAnswers[${j}]`;
      if (a.length > q.maxLength) ctx.report(file, at, `longer than maxLength (${q.maxLength})`);
      if (seen.has(a.toLowerCase())) ctx.report(file, at, `"${a}" is listed twice`);
      seen.add(a.toLowerCase());
    });
    if (q.scoringGuide !== undefined) {
      if (accepted.length > 0)
        ctx.report(
          file,
          `${path}.scoringGuide`,
          "a scoring guide is for answers a teacher scores: drop it or the acceptedAnswers",
        );
      ctx.citations(file, `${path}.scoringGuide`, q.scoringGuide, at.doc);
    }
    return {
      ...common,
      kind: q.kind,
      maxLength: q.maxLength,
      acceptedAnswers: accepted,
      scoringGuide: q.scoringGuide ?? null,
    };
  },
  store(question) {
    // The guide rides in the item's guidance column, which only exercises otherwise use; student
    // reads select it for exercises only.
    return {
      columns: {
        maxLength: question.maxLength,
        acceptedAnswers: question.acceptedAnswers,
        guidance: question.scoringGuide,
      },
    };
  },
};
