// The shape of each authored content file under lessons/. Cross-file rules (paragraphs exist,
// quotes resolve, ids unique, references resolve) live in the check-*.ts files; see lessons/README.md.
// Each question kind's own schema is in kinds/.
import { z } from "zod";
import { question, reflectionPrompt } from "./kinds/index.js";
import {
  acceptablePassage,
  evidenceSources,
  id,
  markdown,
  misconceptions,
  modelPassage,
  paragraphNumber,
  paragraphs,
  skill,
  text,
  tries,
} from "./schema-parts.js";

export const STEP_KINDS = ["READ", "QUESTION_SET", "EXERCISE", "REFLECT"] as const;
export type StepKind = (typeof STEP_KINDS)[number];
export { SKILLS, id, markdown, MARKDOWN_PATH, evidenceTarget } from "./schema-parts.js";
export type { EvidenceTargetInput, HistoricalSkill } from "./schema-parts.js";
export { QUESTION_KINDS, question, type QuestionInput, type QuestionKind } from "./kinds/index.js";

export const questionSetFile = z.strictObject({
  slug: id,
  title: text,
  document: id,
  questions: z.array(question).min(1),
});

const rubricLevel = z.strictObject({
  score: z.number().int().min(0),
  label: text,
  descriptor: text,
});

export const rubricCriterion = z.strictObject({
  id,
  title: text,
  description: text,
  levels: z.array(rubricLevel).min(3, "describe at least three levels"),
});

export const exemplar = z.strictObject({
  title: text,
  /** The position taken, where the exercise offers positions. */
  claim: id.optional(),
  /** The score awarded on each rubric criterion, by criterion id. */
  levels: z.record(id, z.number().int().min(0)),
  text,
  commentary: text,
});

/** `ownClaim: true`, or with the label of the written-claim choice. */
const DEFAULT_OWN_CLAIM_LABEL = "My own claim";
const ownClaim = z
  .union([z.literal(true), z.strictObject({ label: text })])
  .transform((value) => (value === true ? { label: DEFAULT_OWN_CLAIM_LABEL } : value));

const contextFacts = z.strictObject({
  count: z.number().int().min(1).max(5),
  /** What each fact should be, shown above the slots. */
  prompt: text,
});

export const exerciseFile = z.strictObject({
  slug: id,
  title: text,
  skill,
  document: id,
  prompt: text,
  guidance: markdown,
  paragraphs,
  claims: z.array(z.strictObject({ id, text })).default([]),
  /** Beside the listed claims, the student may write their own (scored by the teacher like any claim). */
  ownClaim: ownClaim.optional(),
  /** Slots for the context facts the guidance asks for, shown to the teacher beside the rubric. */
  contextFacts: contextFacts.optional(),
  minEvidence: z.number().int().min(0),
  evidencePoints: z.number().min(0).max(100),
  modelEvidence: z.array(modelPassage).min(1),
  /** Defensible passages beyond the model evidence, never penalised. */
  acceptableEvidence: z.array(acceptablePassage).default([]),
  /** Other documents whose passages the student may cite, with their paragraphs. */
  sources: evidenceSources,
  rubric: z.array(rubricCriterion).min(3, "a rubric needs at least three criteria"),
  exemplars: z.array(exemplar).min(2, "give exemplars at two or more levels"),
  misconceptions,
  tries,
});

export const lessonStep = z.strictObject({
  id,
  kind: z.enum(STEP_KINDS),
  title: text,
  body: markdown,
  paragraphs: z.array(paragraphNumber).default([]),
  questionSet: id.optional(),
  exercise: id.optional(),
  /** Suggested minutes in class, for the teacher guide; `npm run content:check` requires it. */
  minutes: z
    .number()
    .int()
    .min(1, "a step takes 1 to 45 minutes")
    .max(45, "a step takes 1 to 45 minutes")
    .optional(),
  /** REFLECT steps: the written prompts (REFLECTION items, 0 points unless given points). */
  prompts: z.array(reflectionPrompt).optional(),
});

export const lessonFile = z.strictObject({
  slug: id,
  /** Course order, 1-based and contiguous across lessons. */
  position: z.number().int().min(1),
  title: text,
  summary: text,
  estimatedMinutes: z
    .number()
    .int()
    .min(20, "a lesson takes 20 to 90 minutes")
    .max(90, "a lesson takes 20 to 90 minutes"),
  objectives: z.array(text).min(2, "state at least two objectives"),
  skills: z.array(skill).min(1),
  document: id,
  steps: z.array(lessonStep).min(2),
});

export type QuestionSetFile = z.infer<typeof questionSetFile>;
export type ExerciseFile = z.infer<typeof exerciseFile>;
export type LessonFile = z.infer<typeof lessonFile>;

/** An exercise in a teacher's set (modules/authoring): an exercise file on the set's document. */
export const setExercise = exerciseFile.omit({ document: true });

/**
 * A teacher's set, as a draft and as its one exported file: a question-set file that may also
 * hold exercises (each becomes a step of its own after the questions). `content:check -- FILE`
 * reads one; the lessons/ folder's question sets hold questions only.
 */
export const authoredSetFile = questionSetFile
  .extend({
    questions: z.array(question).default([]),
    exercises: z.array(setExercise).default([]),
  })
  .superRefine((set, ctx) => {
    if (set.questions.length === 0 && set.exercises.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["questions"],
        message: "a set needs at least one question or exercise",
      });
  });

export type AuthoredSetFile = z.infer<typeof authoredSetFile>;
