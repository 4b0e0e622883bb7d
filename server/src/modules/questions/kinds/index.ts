// The question kinds' GraphQL types. A new kind adds its file here and its QuestionKind value.
import { encodeId } from "../../../core/ids.js";
import type { ItemRow } from "../questions.sql.js";
import { type HistoricalSkill, type Question, QuestionKind } from "../questions.types.js";
import type { QuestionKindType } from "./kind-type.js";
// The printed schema lists the types in the order these files load: keep it.
import { choiceQuestion } from "./choice.types.js";
import { shortAnswerQuestion } from "./short-answer.types.js";
import { orderingQuestion } from "./ordering.types.js";
import { matchingQuestion } from "./matching.types.js";
import { evidenceQuestion } from "./evidence.types.js";
import { reflectionQuestion } from "./reflection.types.js";
import { attributionQuestion } from "./attribution.types.js";

export const QUESTION_KIND_TYPES: readonly QuestionKindType[] = [
  choiceQuestion,
  shortAnswerQuestion,
  orderingQuestion,
  matchingQuestion,
  evidenceQuestion,
  reflectionQuestion,
  attributionQuestion,
];

/** The object type of every question kind; a kind without one, or with two, is reported by name. */
export function kindTypesByKind(
  entries: readonly QuestionKindType[],
): Record<QuestionKind, new () => Question> {
  const byKind = new Map<QuestionKind, new () => Question>();
  for (const entry of entries)
    for (const kind of entry.kinds) {
      if (byKind.has(kind)) throw new Error(`question kind ${kind} has two GraphQL types`);
      byKind.set(kind, entry.type);
    }
  const missing = Object.values(QuestionKind).filter((kind) => !byKind.has(kind));
  if (missing.length > 0)
    throw new Error(`no GraphQL type for question kind ${missing.join(", ")}`);
  return Object.fromEntries(byKind) as Record<QuestionKind, new () => Question>;
}

const KIND_TYPES = kindTypesByKind(QUESTION_KIND_TYPES);

export const QUESTION_TYPES = QUESTION_KIND_TYPES.map((entry) => entry.type);

export const QUESTION_RESOLVERS = QUESTION_KIND_TYPES.flatMap((entry) =>
  entry.resolver ? [entry.resolver] : [],
);

export function toQuestion(row: ItemRow): Question {
  const kind = row.kind as QuestionKind;
  return Object.assign(new KIND_TYPES[kind](), {
    id: encodeId("Question", row.id),
    dbId: row.id,
    documentId: row.documentId,
    kind,
    prompt: row.prompt,
    points: row.points,
    skill: row.skill as HistoricalSkill | null,
    paragraphNumbers: row.paragraphNumbers,
    maxLength: row.maxLength,
    claim: row.claim,
    minSelections: row.minSelections,
    maxSelections: row.maxSelections,
  });
}
