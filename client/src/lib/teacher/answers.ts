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

export function buildReviewContext(lesson: TeacherAssignment["lesson"]): ReviewContext {
  const context: ReviewContext = {
    optionText: new Map(),
    claimText: new Map(),
    rubrics: new Map(),
    paragraphs: new Map(),
  };
  for (const paragraph of lesson.document.paragraphs)
    context.paragraphs.set(paragraph.number, paragraph.text);
  for (const step of lesson.steps) {
    for (const question of step.questionSet?.questions ?? []) {
      const options = [
        ...("choices" in question ? question.choices : []),
        ...("items" in question ? question.items : []),
        ...("left" in question ? question.left : []),
        ...("right" in question ? question.right : []),
      ];
      for (const option of options) context.optionText.set(option.id, option.text);
    }
    if (step.exercise) {
      for (const claim of step.exercise.claims) context.claimText.set(claim.id, claim.text);
      context.rubrics.set(step.exercise.id, step.exercise.rubric);
    }
  }
  return context;
}

/** A passage of the document as a teacher reads it: "¶9: '…'". */
export function formatEvidence(
  span: { paragraphNumber: number; start?: number | null; end?: number | null },
  paragraphs: Map<number, string>,
): string {
  const text = paragraphs.get(span.paragraphNumber);
  const label = `¶${span.paragraphNumber}`;
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

const textOf = (context: ReviewContext, id: string) =>
  context.optionText.get(id) ?? "(an option no longer in the lesson)";

/** The student's answer in words, each part marked right or wrong where the key decides it. */
export function readableAnswer(
  key: ItemKey,
  answer: StudentAnswer | null | undefined,
  context: ReviewContext,
): AnswerSection[] {
  if (!answer) return [];
  switch (key.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      const correct = new Set(key.choices.filter((c) => c.correct).map((c) => c.choiceId));
      const lines = (answer.choiceIds ?? []).map((id): AnswerLine => ({
        text: textOf(context, id),
        mark: correct.has(id) ? "right" : "wrong",
      }));
      return [
        {
          title: "Chose",
          style: "list",
          lines: lines.length ? lines : [{ text: "Nothing chosen" }],
        },
      ];
    }
    case "SHORT_ANSWER":
      return [
        {
          title: "Answer",
          style: "text",
          lines: [{ text: answer.text?.trim() || "(left empty)" }],
        },
      ];
    case "ORDERING":
      return [
        {
          title: "Their order",
          style: "numbered",
          lines: (answer.order ?? []).map((id, index) => ({
            text: textOf(context, id),
            mark: key.order[index]?.id === id ? "right" : "wrong",
          })),
        },
      ];
    case "MATCHING": {
      const keyPairs = new Set(key.pairs.map((p) => `${p.left.id}|${p.right.id}`));
      return [
        {
          title: "Their pairs",
          style: "list",
          lines: (answer.pairs ?? []).map((p) => ({
            text: `${textOf(context, p.leftId)} → ${textOf(context, p.rightId)}`,
            mark: keyPairs.has(`${p.leftId}|${p.rightId}`) ? "right" : "wrong",
          })),
        },
      ];
    }
    case "EVIDENCE":
      return [{ title: "Passages chosen", style: "quotes", lines: evidenceLines(answer, context) }];
    case "EXERCISE": {
      const claim = answer.claimId ? context.claimText.get(answer.claimId) : answer.claim?.trim();
      return [
        { title: "Position", style: "text", lines: [{ text: claim || "(no position taken)" }] },
        { title: "Evidence", style: "quotes", lines: evidenceLines(answer, context) },
        {
          title: "Reasoning",
          style: "text",
          lines: [{ text: answer.text?.trim() || "(no reasoning written)" }],
        },
      ];
    }
    default:
      return [{ title: "Answer", style: "text", lines: [{ text: answer.text ?? "" }] }];
  }
}

function evidenceLines(answer: StudentAnswer, context: ReviewContext): AnswerLine[] {
  const lines = (answer.evidence ?? []).map((span) => ({
    text: formatEvidence(span, context.paragraphs),
  }));
  return lines.length ? lines : [{ text: "No passages chosen" }];
}

/** The key to an item in words. */
export function readableKey(key: ItemKey, context: ReviewContext): AnswerSection[] {
  switch (key.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return [
        {
          title: key.kind === "SINGLE_CHOICE" ? "Correct answer" : "Correct answers",
          style: "list",
          lines: key.choices
            .filter((c) => c.correct)
            .map((c) => ({ text: c.text, mark: "right" as const })),
        },
      ];
    case "SHORT_ANSWER":
      return key.acceptedAnswers.length
        ? [
            {
              title: "Accepted answers",
              style: "inline",
              lines: key.acceptedAnswers.map((text) => ({ text })),
            },
          ]
        : [{ title: "Key", style: "text", lines: [{ text: "No fixed answer: you judge it." }] }];
    case "ORDERING":
      return [
        {
          title: "Right order",
          style: "numbered",
          lines: key.order.map((o) => ({ text: o.text })),
        },
      ];
    case "MATCHING":
      return [
        {
          title: "Right pairs",
          style: "list",
          lines: key.pairs.map((p) => ({
            text: `${p.left.text} → ${p.right.text}`,
            note: p.explanation ?? undefined,
          })),
        },
      ];
    case "EVIDENCE":
    case "EXERCISE":
      return [
        {
          title: key.kind === "EVIDENCE" ? "Key passages" : "Model evidence",
          style: "quotes",
          lines: key.targets.map((t) => ({
            text: formatEvidence(t, context.paragraphs),
            note: t.note,
          })),
        },
      ];
    default:
      return [];
  }
}
