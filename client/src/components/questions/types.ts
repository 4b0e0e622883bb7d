import type { AnswerInput, EvidenceInput } from "../../api/generated/graphql.js";
import type { PlayerQuestion } from "../../api/player.js";

export interface Option {
  id: string;
  text: string;
}

/** A paragraph of the document, as questions show it. Offsets are UTF-16 code units. */
export interface SourceParagraph {
  number: number;
  text: string;
  notes: ReadonlyArray<{ start: number; end: number }>;
}

interface Base {
  id: string;
  prompt: string;
  points: number;
  paragraphNumbers: number[];
}

/** A question narrowed by its kind, so each control gets exactly the fields it needs. */
export type QuestionModel =
  | (Base & { kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE"; choices: Option[] })
  | (Base & { kind: "SHORT_ANSWER"; maxLength: number })
  | (Base & { kind: "ORDERING"; items: Option[] })
  | (Base & { kind: "MATCHING"; left: Option[]; right: Option[] })
  | (Base & { kind: "EVIDENCE"; claim: string; minSelections: number; maxSelections: number });

export function toQuestionModel(question: PlayerQuestion): QuestionModel {
  const base = { id: question.id, prompt: question.prompt, points: question.points, paragraphNumbers: question.paragraphNumbers };
  if ("choices" in question) return { ...base, kind: question.kind === "MULTIPLE_CHOICE" ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE", choices: question.choices };
  if ("maxLength" in question) return { ...base, kind: "SHORT_ANSWER", maxLength: question.maxLength };
  if ("items" in question) return { ...base, kind: "ORDERING", items: question.items };
  if ("left" in question) return { ...base, kind: "MATCHING", left: question.left, right: question.right };
  return { ...base, kind: "EVIDENCE", claim: question.claim, minSelections: question.minSelections, maxSelections: question.maxSelections };
}

/** How a control reports a change: typed text is saved after a pause, anything else at once. */
export type AnswerChange = [answer: AnswerInput, typed: boolean];

export type Passage = EvidenceInput;

/** An answer as the API returns it (nulls for unused fields) to the input the API takes. */
export function toAnswerInput(answer: {
  choiceIds?: string[] | null;
  text?: string | null;
  order?: string[] | null;
  claimId?: string | null;
  claim?: string | null;
  pairs?: Array<{ leftId: string; rightId: string }> | null;
  evidence?: Array<{ paragraphNumber: number; start?: number | null; end?: number | null }> | null;
}): AnswerInput {
  const input: AnswerInput = {};
  if (answer.choiceIds) input.choiceIds = [...answer.choiceIds];
  if (answer.text != null) input.text = answer.text;
  if (answer.order) input.order = [...answer.order];
  if (answer.claimId != null) input.claimId = answer.claimId;
  if (answer.claim != null) input.claim = answer.claim;
  if (answer.pairs) input.pairs = answer.pairs.map(({ leftId, rightId }) => ({ leftId, rightId }));
  if (answer.evidence) {
    input.evidence = answer.evidence.map(({ paragraphNumber, start, end }) =>
      start != null && end != null ? { paragraphNumber, start, end } : { paragraphNumber },
    );
  }
  return input;
}

/** Whether an answer says anything yet (for "3 of 5 answered"). */
export function hasAnswer(answer: AnswerInput | undefined): boolean {
  if (!answer) return false;
  return Boolean(
    answer.choiceIds?.length || answer.text?.trim() || answer.order?.length || answer.claimId || answer.claim?.trim() || answer.pairs?.length || answer.evidence?.length,
  );
}
