// Checking and scoring an answer through its kind's unit. Pure: no I/O.
import { badUserInput } from "../core/errors.js";
import {
  KINDS,
  type AnswerData,
  type ItemKey,
  type ItemShape,
  type ScoreResult,
} from "./kinds/index.js";
import type { ParagraphTexts } from "./types.js";

/**
 * Checks an answer against its item and returns it with options as raw keys. Incomplete
 * answers pass (autosave); anything that cannot belong to the item is BAD_USER_INPUT.
 */
export function parseAnswer(shape: ItemShape, input: AnswerData): AnswerData {
  const unit = KINDS[shape.kind];
  for (const field of Object.keys(input) as Array<keyof AnswerData>) {
    if (input[field] != null && !unit.fields.includes(field)) {
      throw badUserInput(`An answer to ${unit.words} has no "${field}".`, `answer.${field}`);
    }
  }
  return unit.parse(shape, input);
}

/** Scores one answer (null = not answered) against the item's key; evidence is measured on `paragraphs`. */
export function scoreAnswer(
  key: ItemKey,
  answer: AnswerData | null,
  paragraphs: ParagraphTexts,
): ScoreResult {
  return KINDS[key.kind].score(key, answer, paragraphs);
}
