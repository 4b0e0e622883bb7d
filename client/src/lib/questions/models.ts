import type { EvidenceInput } from "../../api/generated/graphql.js";
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

/** The document's paragraphs as questions show them: text and where the translator's notes are. */
export function sourceParagraphs(
  paragraphs: ReadonlyArray<{
    number: number;
    text: string;
    notes: ReadonlyArray<{ start: number; end: number }>;
  }>,
): SourceParagraph[] {
  return paragraphs.map((p) => ({
    number: p.number,
    text: p.text,
    notes: p.notes.map(({ start, end }) => ({ start, end })),
  }));
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
  const base = {
    id: question.id,
    prompt: question.prompt,
    points: question.points,
    paragraphNumbers: question.paragraphNumbers,
  };
  if ("choices" in question)
    return {
      ...base,
      kind: question.kind === "MULTIPLE_CHOICE" ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE",
      choices: question.choices,
    };
  if ("maxLength" in question)
    return { ...base, kind: "SHORT_ANSWER", maxLength: question.maxLength };
  if ("items" in question) return { ...base, kind: "ORDERING", items: question.items };
  if ("left" in question)
    return { ...base, kind: "MATCHING", left: question.left, right: question.right };
  return {
    ...base,
    kind: "EVIDENCE",
    claim: question.claim,
    minSelections: question.minSelections,
    maxSelections: question.maxSelections,
  };
}

export type Passage = EvidenceInput;
