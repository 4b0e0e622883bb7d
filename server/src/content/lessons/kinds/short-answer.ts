// Short-answer questions: free text up to a length, matched against accepted answers or scored by a teacher.
import { z } from "zod";
import { id, markdown, questionBase, text } from "../schema-parts.js";
import {
  type LoadedDistractor,
  NO_DISTRACTOR_KEYS,
  type QuestionCommon,
  type QuestionKindEntry,
} from "./question-kind.js";

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
  /**
   * Common wrong answers worth naming, matched like accepted answers (an accepted answer wins),
   * each with the misconception it encodes.
   */
  wrongAnswers: z.array(z.strictObject({ text, misconception: id })).optional(),
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
    const distractors: LoadedDistractor[] = [];
    (q.wrongAnswers ?? []).forEach((w, j) => {
      const at = `${path}.wrongAnswers[${j}]`;
      if (accepted.length === 0)
        ctx.report(file, at, "only an item with acceptedAnswers can name wrong answers");
      else if (seen.has(w.text.toLowerCase()))
        ctx.report(file, `${at}.text`, `"${w.text}" is already listed`);
      else {
        seen.add(w.text.toLowerCase());
        if (ctx.misconception(file, `${at}.misconception`, w.misconception))
          distractors.push({
            ...NO_DISTRACTOR_KEYS,
            misconception: w.misconception,
            answerText: w.text,
          });
      }
    });
    return {
      ...common,
      kind: q.kind,
      maxLength: q.maxLength,
      acceptedAnswers: accepted,
      scoringGuide: q.scoringGuide ?? null,
      distractors,
    };
  },
  store(question) {
    return {
      columns: {
        maxLength: question.maxLength,
        acceptedAnswers: question.acceptedAnswers,
        scoringGuide: question.scoringGuide,
      },
    };
  },
};
