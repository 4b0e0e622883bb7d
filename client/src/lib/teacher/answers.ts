import {
  lessonOtherDocuments,
  paragraphTextOf,
  passageTexts,
  placeLabel,
  type PassageTexts,
} from "../questions/documents.js";
import { passageServes, targetNote } from "./evidence-claims.js";
import type { ItemKey, ReviewContext, StudentAnswer, TeacherAssignment } from "./review-types.js";

export type Mark = "right" | "wrong";
export interface AnswerLine {
  text: string;
  mark?: Mark;
  note?: string;
}
/** A titled part of an answer or key; "quotes" lines are passages of the document, "inline" a run of short alternatives. */
export interface AnswerSection {
  title: string;
  style: "list" | "numbered" | "text" | "quotes" | "inline";
  lines: AnswerLine[];
}

const WHOLE_PARAGRAPH_PREVIEW = 240;

type Option = { id: string; text: string };
const isOption = (value: unknown): value is Option =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Option).id === "string" &&
  typeof (value as Option).text === "string";

/** A question's options, whatever its kind calls them (choices, items, left, right…): its lists of {id, text}. */
function optionsOf(question: object): Option[] {
  return Object.values(question).flatMap((value: unknown) =>
    Array.isArray(value) ? value.filter(isOption) : [],
  );
}

export function buildReviewContext(lesson: TeacherAssignment["lesson"]): ReviewContext {
  const context: ReviewContext = {
    optionText: new Map(),
    claimText: new Map(),
    rubrics: new Map(),
    paragraphs: passageTexts(
      new Map(lesson.document.paragraphs.map((p) => [p.number, p.text])),
      lesson.document.slug,
      lessonOtherDocuments(
        lesson.steps.flatMap((step) => [...(step.questionSet?.questions ?? []), step.exercise]),
      ),
    ),
  };
  for (const step of lesson.steps) {
    for (const question of step.questionSet?.questions ?? [])
      for (const option of optionsOf(question)) context.optionText.set(option.id, option.text);
    if (step.exercise) {
      for (const claim of step.exercise.claims) context.claimText.set(claim.id, claim.text);
      context.rubrics.set(step.exercise.id, step.exercise.rubric);
    }
  }
  return context;
}

/** A passage as a teacher reads it: "¶9: '…'", or "Ponomarev's telegram ¶6: '…'" in another document. */
export function formatEvidence(
  span: {
    documentSlug?: string | null;
    paragraphNumber: number;
    start?: number | null;
    end?: number | null;
  },
  paragraphs: PassageTexts,
): string {
  const text = paragraphTextOf(paragraphs, span);
  const label = placeLabel(paragraphs, span);
  if (text === undefined) return label;
  if (span.start == null || span.end == null) {
    const preview =
      text.length > WHOLE_PARAGRAPH_PREVIEW
        ? `${text.slice(0, WHOLE_PARAGRAPH_PREVIEW).trimEnd()}…`
        : text;
    return `${label} (whole paragraph): '${preview}'`;
  }
  return `${label}: '${text.slice(span.start, span.end)}'`;
}

/** An option's text (a choice, an item to order, either side of a pair) by its id. */
export const optionText = (context: ReviewContext, id: string) =>
  context.optionText.get(id) ?? "(an option no longer in the lesson)";

/** The passages of an answer, quoted. */
export function evidenceLines(answer: StudentAnswer, context: ReviewContext): AnswerLine[] {
  const lines = (answer.evidence ?? []).map((span) => ({
    text: formatEvidence(span, context.paragraphs),
  }));
  return lines.length ? lines : [{ text: "No passages chosen" }];
}

/** The key's passages, quoted, each with its note (and, in an exercise, the positions it serves). */
export function targetLines(key: ItemKey, context: ReviewContext): AnswerLine[] {
  return key.targets.map((t) => ({
    text: formatEvidence(t, context.paragraphs),
    note: key.kind === "EXERCISE" ? targetNote(t) : t.note,
  }));
}

/** How a teacher reads the answers to one kind of item, and its key. */
export interface ItemReading {
  /** The student's answer in words, each part marked right or wrong where the key decides it. */
  describeAnswer(key: ItemKey, answer: StudentAnswer, context: ReviewContext): AnswerSection[];
  describeKey(key: ItemKey, context: ReviewContext): AnswerSection[];
}

/** The readings of the question kinds, by kind (each kind's component declares its own). */
export interface KindReadings {
  get(kind: string): ItemReading | undefined;
}

/** An exercise: position, quoted evidence and reasoning; its key is the model evidence. */
const exerciseReading: ItemReading = {
  describeAnswer(key, answer, context) {
    const own = !answer.claimId && !!answer.claim?.trim();
    const claim = answer.claimId ? context.claimText.get(answer.claimId) : answer.claim?.trim();
    const facts = (answer.contextFacts ?? []).map((fact) => fact.trim());
    return [
      {
        title: own && context.claimText.size > 0 ? "Position (in their own words)" : "Position",
        style: "text",
        lines: [{ text: claim || "(no position taken)" }],
      },
      {
        title: "Evidence",
        style: "quotes",
        lines: answer.evidence?.length
          ? answer.evidence.map((span) => ({
              text: formatEvidence(span, context.paragraphs),
              note: passageServes(span, key, context),
            }))
          : evidenceLines(answer, context),
      },
      ...(facts.some(Boolean)
        ? [
            {
              title: "Context facts",
              style: "numbered" as const,
              lines: facts.map((fact) => ({ text: fact || "(left empty)" })),
            },
          ]
        : []),
      {
        title: "Reasoning",
        style: "text",
        lines: [{ text: answer.text?.trim() || "(no reasoning written)" }],
      },
    ];
  },
  describeKey: (key, context) => [
    { title: "Model evidence", style: "quotes", lines: targetLines(key, context) },
  ],
};

/** An item of a kind the client does not know: the text of the answer, and no key. */
const plainReading: ItemReading = {
  describeAnswer: (_key, answer) => [
    { title: "Answer", style: "text", lines: [{ text: answer.text ?? "" }] },
  ],
  describeKey: () => [],
};

const readingOf = (key: ItemKey, kinds: KindReadings) =>
  key.kind === "EXERCISE" ? exerciseReading : (kinds.get(key.kind) ?? plainReading);

/** The student's answer in words, each part marked right or wrong where the key decides it. */
export function readableAnswer(
  key: ItemKey,
  answer: StudentAnswer | null | undefined,
  context: ReviewContext,
  kinds: KindReadings,
): AnswerSection[] {
  return answer ? readingOf(key, kinds).describeAnswer(key, answer, context) : [];
}

/** The key to an item in words. */
export function readableKey(
  key: ItemKey,
  context: ReviewContext,
  kinds: KindReadings,
): AnswerSection[] {
  return readingOf(key, kinds).describeKey(key, context);
}
