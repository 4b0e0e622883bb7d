import type { AnswerInput } from "../../api/generated/graphql.js";

/** An answer as the API returns it (nulls for unused fields) to the input the API takes. */
export function toAnswerInput(answer: {
  choiceIds?: string[] | null;
  text?: string | null;
  order?: string[] | null;
  claimId?: string | null;
  claim?: string | null;
  contextFacts?: string[] | null;
  pairs?: Array<{ leftId: string; rightId: string }> | null;
  evidence?: Array<{
    documentSlug?: string | null;
    paragraphNumber: number;
    start?: number | null;
    end?: number | null;
  }> | null;
  attributions?: Array<{ segmentId: string; voiceId: string }> | null;
}): AnswerInput {
  const input: AnswerInput = {};
  if (answer.choiceIds) input.choiceIds = [...answer.choiceIds];
  if (answer.text != null) input.text = answer.text;
  if (answer.order) input.order = [...answer.order];
  if (answer.claimId != null) input.claimId = answer.claimId;
  if (answer.claim != null) input.claim = answer.claim;
  if (answer.contextFacts) input.contextFacts = [...answer.contextFacts];
  if (answer.pairs) input.pairs = answer.pairs.map(({ leftId, rightId }) => ({ leftId, rightId }));
  if (answer.attributions)
    input.attributions = answer.attributions.map(({ segmentId, voiceId }) => ({
      segmentId,
      voiceId,
    }));
  if (answer.evidence) {
    input.evidence = answer.evidence.map(({ documentSlug, paragraphNumber, start, end }) => ({
      ...(documentSlug ? { documentSlug } : {}),
      ...(start != null && end != null ? { paragraphNumber, start, end } : { paragraphNumber }),
    }));
  }
  return input;
}

/** Whether an answer says anything yet (for "3 of 5 answered"). */
export function hasAnswer(answer: AnswerInput | undefined): boolean {
  if (!answer) return false;
  return Boolean(
    answer.choiceIds?.length ||
    answer.text?.trim() ||
    answer.order?.length ||
    answer.claimId ||
    answer.claim?.trim() ||
    answer.contextFacts?.some((fact) => fact.trim()) ||
    answer.pairs?.length ||
    answer.evidence?.length ||
    answer.attributions?.length,
  );
}
