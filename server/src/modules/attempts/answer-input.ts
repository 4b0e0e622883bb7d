import { badUserInput } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import type { AnswerData, Selection } from "../grading/scoring.types.js";

/** What an answer is checked against: the item's kind, its options and the document's paragraphs. */
export interface ItemShape {
  kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "SHORT_ANSWER" | "ORDERING" | "MATCHING" | "EVIDENCE" | "EXERCISE";
  /** Option public keys by role. */
  options: { CHOICE: Set<string>; ORDER: Set<string>; LEFT: Set<string>; RIGHT: Set<string>; CLAIM: Set<string> };
  maxLength: number | null;
  maxSelections: number | null;
  /** UTF-16 length of each paragraph of the item's document. */
  paragraphLengths: ReadonlyMap<number, number>;
}

export interface AnswerInputData {
  choiceIds?: string[] | null;
  text?: string | null;
  order?: string[] | null;
  pairs?: Array<{ leftId: string; rightId: string }> | null;
  evidence?: Selection[] | null;
  claimId?: string | null;
  claim?: string | null;
}

/** Hard limits for every text field, whatever the item allows. */
export const TEXT_LIMITS = { reasoning: 10_000, claim: 1_000 };
/** Most passages an exercise's evidence may cite. */
export const MAX_EXERCISE_EVIDENCE = 20;

const FIELDS_BY_KIND: Record<ItemShape["kind"], Array<keyof AnswerInputData>> = {
  SINGLE_CHOICE: ["choiceIds"],
  MULTIPLE_CHOICE: ["choiceIds"],
  SHORT_ANSWER: ["text"],
  ORDERING: ["order"],
  MATCHING: ["pairs"],
  EVIDENCE: ["evidence"],
  EXERCISE: ["evidence", "claimId", "claim", "text"],
};

const KIND_WORDS: Record<ItemShape["kind"], string> = {
  SINGLE_CHOICE: "a single-choice question",
  MULTIPLE_CHOICE: "a multiple-choice question",
  SHORT_ANSWER: "a short-answer question",
  ORDERING: "an ordering question",
  MATCHING: "a matching question",
  EVIDENCE: "an evidence question",
  EXERCISE: "an exercise",
};

/**
 * Checks an answer against its item and returns it with options as raw keys. Incomplete
 * answers pass (autosave); anything that cannot belong to the item is BAD_USER_INPUT.
 */
export function parseAnswer(shape: ItemShape, input: AnswerInputData): AnswerData {
  const allowed = FIELDS_BY_KIND[shape.kind];
  for (const field of Object.keys(input) as Array<keyof AnswerInputData>) {
    if (input[field] != null && !allowed.includes(field)) {
      throw badUserInput(`An answer to ${KIND_WORDS[shape.kind]} has no "${field}".`, `answer.${field}`);
    }
  }
  const answer: AnswerData = {};
  if (input.choiceIds != null) {
    answer.choiceIds = optionKeys(input.choiceIds, shape.options.CHOICE, "answer.choiceIds", "a choice of this question");
    if (shape.kind === "SINGLE_CHOICE" && answer.choiceIds.length > 1) throw badUserInput("Choose one answer only.", "answer.choiceIds");
  }
  if (input.order != null) answer.order = optionKeys(input.order, shape.options.ORDER, "answer.order", "an item of this question");
  if (input.pairs != null) answer.pairs = parsePairs(shape, input.pairs);
  if (input.evidence != null) answer.evidence = parseEvidence(shape, input.evidence);
  if (input.text != null) answer.text = parseText(input.text, shape.kind === "EXERCISE" ? TEXT_LIMITS.reasoning : shape.maxLength!, "answer.text");
  if (input.claim != null) answer.claim = parseText(input.claim, TEXT_LIMITS.claim, "answer.claim");
  if (input.claimId != null) {
    if (shape.options.CLAIM.size === 0) throw badUserInput("This exercise has no positions to choose; write your claim instead.", "answer.claimId");
    answer.claimId = optionKeys([input.claimId], shape.options.CLAIM, "answer.claimId", "a position of this exercise")[0]!;
  }
  return answer;
}

function optionKeys(ids: readonly string[], known: Set<string>, field: string, what: string): string[] {
  const keys: string[] = [];
  ids.forEach((id, index) => {
    const key = decodeId("Choice", id);
    if (!key || !known.has(key)) throw badUserInput(`That is not ${what}.`, `${field}[${index}]`);
    if (keys.includes(key)) throw badUserInput(`The same option is given twice.`, `${field}[${index}]`);
    keys.push(key);
  });
  return keys;
}

function parsePairs(shape: ItemShape, pairs: ReadonlyArray<{ leftId: string; rightId: string }>): AnswerData["pairs"] {
  const seen = new Set<string>();
  return pairs.map((pair, index) => {
    const leftId = decodeId("Choice", pair.leftId);
    const rightId = decodeId("Choice", pair.rightId);
    if (!leftId || !shape.options.LEFT.has(leftId)) throw badUserInput("That is not a left item of this question.", `answer.pairs[${index}].leftId`);
    if (!rightId || !shape.options.RIGHT.has(rightId)) throw badUserInput("That is not a right item of this question.", `answer.pairs[${index}].rightId`);
    if (seen.has(leftId)) throw badUserInput("Each left item can be paired once.", `answer.pairs[${index}].leftId`);
    seen.add(leftId);
    return { leftId, rightId };
  });
}

function parseEvidence(shape: ItemShape, evidence: readonly Selection[]): Selection[] {
  const max = shape.kind === "EXERCISE" ? MAX_EXERCISE_EVIDENCE : shape.maxSelections!;
  if (evidence.length > max) throw badUserInput(`Select at most ${max} passage${max === 1 ? "" : "s"}.`, "answer.evidence");
  return evidence.map((span, index) => {
    const at = `answer.evidence[${index}]`;
    const length = shape.paragraphLengths.get(span.paragraphNumber);
    if (length === undefined) throw badUserInput(`The document has no paragraph ${span.paragraphNumber}.`, `${at}.paragraphNumber`);
    const hasStart = span.start != null;
    const hasEnd = span.end != null;
    if (hasStart !== hasEnd) throw badUserInput("Give both start and end, or neither for the whole paragraph.", at);
    if (!hasStart) return { paragraphNumber: span.paragraphNumber };
    const { start, end } = span as { start: number; end: number };
    if (start < 0 || end > length || start >= end) {
      throw badUserInput(`A passage must lie within ¶${span.paragraphNumber} (0 to ${length}) and end after it starts.`, at);
    }
    return { paragraphNumber: span.paragraphNumber, start, end };
  });
}

function parseText(text: string, max: number, field: string): string {
  if (text.includes("\u0000")) throw badUserInput("The text contains a character that cannot be saved.", field);
  if ([...text].length > max) throw badUserInput(`The text can be at most ${max} characters.`, field);
  return text;
}
