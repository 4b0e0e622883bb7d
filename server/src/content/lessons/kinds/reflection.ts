// Reflections: a written answer with no key, worth 0 points unless the author gives it points.
// A REFLECT step lists its prompts (without `kind`); a question set may hold them too.
import { z } from "zod";
import { id, paragraphNumber, skill, text } from "../schema-parts.js";
import type { QuestionCommon, QuestionKindEntry } from "./question-kind.js";

export interface ReflectionQuestionContent extends QuestionCommon {
  kind: "REFLECTION";
  maxLength: number;
}

/** The fields of a reflection prompt: only id and prompt are required. */
const promptFields = {
  id,
  prompt: text,
  /** 0: read by the teacher, never marked. */
  points: z.number().min(0).max(100).default(0),
  skill: skill.nullable().default(null),
  paragraphs: z.array(paragraphNumber).default([]),
  /** A note shown to the student with feedback (what a thoughtful answer does); no model answer. */
  explanation: z.string().trim().default(""),
  maxLength: z.number().int().min(1).max(5000).default(1500),
};

/** A prompt as a REFLECT step lists it. */
export const reflectionPrompt = z.strictObject(promptFields);
export type ReflectionPromptInput = z.infer<typeof reflectionPrompt>;

const schema = z.strictObject({ ...promptFields, kind: z.literal("REFLECTION") });

export const reflection: QuestionKindEntry<typeof schema, ReflectionQuestionContent> = {
  schema,
  check(_at, q, common) {
    return { ...common, kind: q.kind, maxLength: q.maxLength };
  },
  store(question) {
    return { columns: { maxLength: question.maxLength } };
  },
};
