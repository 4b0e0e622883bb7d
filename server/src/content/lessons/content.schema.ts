// The shape of each authored content file under lessons/. Cross-file rules (paragraphs exist,
// quotes resolve, ids unique, references resolve) live in content-checks.ts; see lessons/README.md.
import { z } from "zod";

export const SKILLS = ["SOURCING", "CLOSE_READING", "CONTEXTUALIZATION", "CORROBORATION"] as const;
export const STEP_KINDS = ["READ", "QUESTION_SET", "EXERCISE", "REFLECT"] as const;
export const QUESTION_KINDS = [
  "SINGLE_CHOICE",
  "MULTIPLE_CHOICE",
  "SHORT_ANSWER",
  "ORDERING",
  "MATCHING",
  "EVIDENCE",
] as const;

export type HistoricalSkill = (typeof SKILLS)[number];
export type StepKind = (typeof STEP_KINDS)[number];
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Authored ids and slugs: stable once published, because attempts refer to them. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lowercase ASCII letters, digits, single hyphens");
const text = z.string().trim().min(1, "must not be empty");
const skill = z.enum(SKILLS);
const paragraphNumber = z.number().int().min(1, "paragraph numbers start at 1");
const paragraphs = z.array(paragraphNumber).min(1, "name at least one paragraph");
const points = z.number().positive().max(100);
/** A Markdown file path relative to the YAML file (e.g. `steps/01-read.md`), or inline Markdown. */
export const markdown = text;
export const MARKDOWN_PATH = /^[A-Za-z0-9_./-]+\.md$/;

/** A passage of the document, written as the exact words; the loader resolves it to offsets. */
export const evidenceTarget = z.strictObject({
  paragraph: paragraphNumber,
  // Not trimmed: the quote must match the document character for character.
  quote: z.string().min(1, "must not be empty"),
  occurrence: z.number().int().min(1).default(1),
  note: text,
});

const questionBase = {
  id,
  prompt: text,
  points,
  skill,
  paragraphs,
  explanation: text,
};

const choice = z.strictObject({ id, text, correct: z.boolean(), explanation: text });

export const singleChoiceQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("SINGLE_CHOICE"),
  choices: z.array(choice).min(2, "offer at least two choices"),
});

export const multipleChoiceQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("MULTIPLE_CHOICE"),
  choices: z.array(choice).min(3, "offer at least three choices"),
});

export const shortAnswerQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("SHORT_ANSWER"),
  maxLength: z.number().int().min(1).max(5000),
  /** Without accepted answers the item is scored by a teacher. */
  acceptedAnswers: z.array(text).min(1).optional(),
});

export const orderingQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("ORDERING"),
  /** Listed in the correct order; the server shuffles them. */
  items: z.array(z.strictObject({ id, text, explanation: text.optional() })).min(3, "order at least three items"),
});

export const matchingQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("MATCHING"),
  left: z.array(z.strictObject({ id, text })).min(2),
  right: z.array(z.strictObject({ id, text })).min(2),
  pairs: z.array(z.strictObject({ left: id, right: id, explanation: text.optional() })).min(2),
});

export const evidenceQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("EVIDENCE"),
  claim: text,
  stance: z.enum(["supports", "undercuts"]),
  minSelections: z.number().int().min(1),
  maxSelections: z.number().int().min(1),
  targets: z.array(evidenceTarget).min(1),
});

export const question = z.discriminatedUnion("kind", [
  singleChoiceQuestion,
  multipleChoiceQuestion,
  shortAnswerQuestion,
  orderingQuestion,
  matchingQuestion,
  evidenceQuestion,
]);

export const questionSetFile = z.strictObject({
  slug: id,
  title: text,
  document: id,
  questions: z.array(question).min(1),
});

const rubricLevel = z.strictObject({ score: z.number().int().min(0), label: text, descriptor: text });

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

export const exerciseFile = z.strictObject({
  slug: id,
  title: text,
  skill,
  document: id,
  prompt: text,
  guidance: markdown,
  paragraphs,
  claims: z.array(z.strictObject({ id, text })).default([]),
  minEvidence: z.number().int().min(0),
  evidencePoints: z.number().min(0).max(100),
  modelEvidence: z.array(evidenceTarget).min(1),
  rubric: z.array(rubricCriterion).min(3, "a rubric needs at least three criteria"),
  exemplars: z.array(exemplar).min(2, "give exemplars at two or more levels"),
});

export const lessonStep = z.strictObject({
  id,
  kind: z.enum(STEP_KINDS),
  title: text,
  body: markdown,
  paragraphs: z.array(paragraphNumber).default([]),
  questionSet: id.optional(),
  exercise: id.optional(),
});

export const lessonFile = z.strictObject({
  slug: id,
  /** Course order, 1-based and contiguous across lessons. */
  position: z.number().int().min(1),
  title: text,
  summary: text,
  estimatedMinutes: z.number().int().min(20, "a lesson takes 20 to 45 minutes").max(45, "a lesson takes 20 to 45 minutes"),
  objectives: z.array(text).min(2, "state at least two objectives"),
  skills: z.array(skill).min(1),
  document: id,
  steps: z.array(lessonStep).min(2),
});

export type EvidenceTargetInput = z.infer<typeof evidenceTarget>;
export type QuestionInput = z.infer<typeof question>;
export type QuestionSetFile = z.infer<typeof questionSetFile>;
export type ExerciseFile = z.infer<typeof exerciseFile>;
export type LessonFile = z.infer<typeof lessonFile>;
