// Scoring of one answer against its item's key. Pure: no I/O.
//
// maxScore is always key.points; every score is rounded to 2 decimals.
// - SINGLE_CHOICE: all or nothing: points iff the picked ids (duplicates once, unknown ids ignored)
//   are exactly the right set.
// - MULTIPLE_CHOICE: points × max(0, (right picks − wrong picks) / right choices); correct iff the
//   picks are exactly the right set.
// - SHORT_ANSWER: points iff the text matches an accepted answer leniently (./short-answer.ts);
//   otherwise score null, correct null, needsReview true (a teacher judges). Blank text = unanswered.
// - ORDERING: points × (pairs i<j of the key's order that the student kept in the same relative order
//   / all pairs). A missing item spoils every pair it is in; unknown ids ignored, first occurrence wins.
// - MATCHING: points × (left items paired with their partner / left items); a left id's first pair counts.
// - EVIDENCE: points × credit, credit = F1 of recall and sentence-expanded precision by character
//   overlap, × count / minSelections below minSelections (./score-evidence.ts). Recall counts the
//   min(targets, maxSelections) targets the student covered best, so a full answer is possible. correct: true iff
//   recall and precision ≥ 0.999 and not scaled down, false iff credit is 0, otherwise null.
// - EXERCISE: the claim is never scored. evidenceScore = evidencePoints × evidence credit (minEvidence
//   as minimum; recall counts the minEvidence model passages the student covered best); the rubric waits for a teacher: score null, correct null, needsReview true.
// Unanswered (null, or the kind's fields empty): score 0, correct false; an exercise gets evidence 0
// and still goes to the teacher.
import {
  choiceMessage,
  evidenceMessage,
  exerciseMessage,
  matchingMessage,
  orderingMessage,
  shortAnswerMessage,
  type KeyOf,
} from "./feedback-message.js";
import { evidenceCredit, type EvidenceCredit } from "./score-evidence.js";
import { matchesAccepted } from "./short-answer.js";
import type { AnswerData, ItemKey, ParagraphTexts, ScoreResult, Selection, Span } from "./scoring.types.js";

export { evidenceCredit } from "./score-evidence.js";
export { matchesAccepted, normalizeShortAnswer } from "./short-answer.js";

type Pair = { leftId: string; rightId: string };

/** A score rounded to 2 decimals (the epsilon keeps 1.005 from rounding down). */
export function roundScore(value: number): number {
  return Math.round(value * 100 + 1e-9) / 100;
}

/** The ids that are in `known`, each once, in first-occurrence order. */
export function knownUnique(ids: readonly string[], known: readonly string[]): string[] {
  const allowed = new Set(known);
  return [...new Set(ids)].filter((id) => allowed.has(id));
}

/** Credit in [0, 1] and exactness of a choice answer under the single- or multiple-choice rule. */
export function choiceCredit(
  kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE",
  choices: ReadonlyArray<{ id: string; correct: boolean }>,
  pickedIds: readonly string[],
): { credit: number; correct: boolean } {
  const picked = knownUnique(pickedIds, choices.map((c) => c.id));
  const right = new Set(choices.filter((c) => c.correct).map((c) => c.id));
  const rightPicks = picked.filter((id) => right.has(id)).length;
  const wrongPicks = picked.length - rightPicks;
  const correct = wrongPicks === 0 && rightPicks === right.size;
  if (kind === "SINGLE_CHOICE" || right.size === 0) return { credit: correct ? 1 : 0, correct };
  return { credit: Math.max(0, (rightPicks - wrongPicks) / right.size), correct };
}

/** Share of the key's item pairs that the student's order keeps in the same relative order. */
export function orderingCredit(keyOrder: readonly string[], studentOrder: readonly string[]): number {
  const position = new Map(knownUnique(studentOrder, keyOrder).map((id, i) => [id, i]));
  const n = keyOrder.length;
  if (n < 2) return position.size === n ? 1 : 0;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = position.get(keyOrder[i]);
      const b = position.get(keyOrder[j]);
      if (a !== undefined && b !== undefined && a < b) kept++;
    }
  }
  return kept / ((n * (n - 1)) / 2);
}

/** Each left id's first chosen right id. */
export function firstPairs(pairs: readonly Pair[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const p of pairs) if (!chosen.has(p.leftId)) chosen.set(p.leftId, p.rightId);
  return chosen;
}

/** Share of the key's left items that the student paired with their right partner (first pair per left id). */
export function matchingCredit(keyPairs: readonly Pair[], studentPairs: readonly Pair[]): number {
  if (keyPairs.length === 0) return 1;
  const chosen = firstPairs(studentPairs);
  return keyPairs.filter((p) => chosen.get(p.leftId) === p.rightId).length / keyPairs.length;
}

/** true when recall and precision are complete and nothing was scaled down, false at zero credit, else null. */
export function evidenceCorrect(a: EvidenceCredit): boolean | null {
  if (a.credit === 0) return false;
  return a.recall >= 0.999 && a.precision >= 0.999 && !a.scaled ? true : null;
}

const spansOf = (spans: readonly Span[]): Span[] =>
  spans.map((s) => ({ paragraphNumber: s.paragraphNumber, start: s.start, end: s.end }));
const hasText = (s: string | null | undefined) => !!s && s.trim() !== "";

function scoreChoice(key: KeyOf<"SINGLE_CHOICE" | "MULTIPLE_CHOICE">, ids: readonly string[]): ScoreResult {
  const picked = new Set(knownUnique(ids, key.choices.map((c) => c.id)));
  const answered = picked.size > 0;
  const { credit, correct } = choiceCredit(key.kind, key.choices, [...picked]);
  const score = roundScore(key.points * credit);
  return {
    score,
    maxScore: key.points,
    correct,
    needsReview: false,
    message: choiceMessage(key, picked, { answered, score, correct }),
    expected: { choiceIds: key.choices.filter((c) => c.correct).map((c) => c.id) },
  };
}

function scoreShortAnswer(key: KeyOf<"SHORT_ANSWER">, text: string | null | undefined): ScoreResult {
  const first = key.acceptedAnswers[0];
  const expected = first === undefined ? null : { text: first };
  const base = { maxScore: key.points, expected };
  if (!hasText(text)) {
    return { ...base, score: 0, correct: false, needsReview: false, message: shortAnswerMessage(key, "blank") };
  }
  if (matchesAccepted(text ?? "", key.acceptedAnswers)) {
    return { ...base, score: key.points, correct: true, needsReview: false, message: shortAnswerMessage(key, "matched") };
  }
  return { ...base, score: null, correct: null, needsReview: true, message: shortAnswerMessage(key, "review") };
}

function scoreOrdering(key: KeyOf<"ORDERING">, order: readonly string[]): ScoreResult {
  const keyOrder = key.items.map((item) => item.id);
  const placed = knownUnique(order, keyOrder);
  const credit = orderingCredit(keyOrder, placed);
  const score = roundScore(key.points * credit);
  const correct = credit === 1;
  const keptPairs = Math.round((credit * keyOrder.length * (keyOrder.length - 1)) / 2);
  const anyMissing = placed.length < keyOrder.length;
  return {
    score,
    maxScore: key.points,
    correct,
    needsReview: false,
    message: orderingMessage(key, { answered: placed.length > 0, score, correct }, keptPairs, anyMissing),
    expected: { order: keyOrder },
  };
}

function scoreMatching(key: KeyOf<"MATCHING">, pairs: readonly Pair[]): ScoreResult {
  const credit = matchingCredit(key.pairs, pairs);
  const score = roundScore(key.points * credit);
  const correct = credit === 1;
  return {
    score,
    maxScore: key.points,
    correct,
    needsReview: false,
    message: matchingMessage(key, firstPairs(pairs), { answered: pairs.length > 0, score, correct }),
    expected: { pairs: key.pairs.map((p) => ({ leftId: p.leftId, rightId: p.rightId })) },
  };
}

function scoreEvidence(key: KeyOf<"EVIDENCE">, selections: readonly Selection[], paragraphs: ParagraphTexts): ScoreResult {
  const analysis = evidenceCredit(key.targets, selections, paragraphs, key.minSelections, Math.min(key.targets.length, key.maxSelections));
  const answered = selections.length > 0;
  const score = roundScore(key.points * analysis.credit);
  const correct = answered ? evidenceCorrect(analysis) : false;
  return {
    score,
    maxScore: key.points,
    correct,
    needsReview: false,
    message: evidenceMessage(key, analysis, { answered, score, correct }),
    expected: { evidence: spansOf(key.targets) },
  };
}

function scoreExercise(key: KeyOf<"EXERCISE">, answer: AnswerData | null, paragraphs: ParagraphTexts): ScoreResult {
  const selections = answer?.evidence ?? [];
  const analysis = evidenceCredit(key.targets, selections, paragraphs, key.minEvidence, Math.min(key.targets.length, Math.max(1, key.minEvidence)));
  const evidenceScore = roundScore(key.evidencePoints * analysis.credit);
  const answered =
    selections.length > 0 || hasText(answer?.text) || hasText(answer?.claim) || hasText(answer?.claimId);
  return {
    score: null,
    maxScore: key.points,
    correct: null,
    needsReview: true,
    message: exerciseMessage(key, analysis, answered, evidenceScore),
    expected: { evidence: spansOf(key.targets) },
    evidenceScore,
  };
}

/** Scores one answer (null = not answered) against the item's key; evidence is measured on `paragraphs`. */
export function scoreAnswer(key: ItemKey, answer: AnswerData | null, paragraphs: ParagraphTexts): ScoreResult {
  switch (key.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return scoreChoice(key, answer?.choiceIds ?? []);
    case "SHORT_ANSWER":
      return scoreShortAnswer(key, answer?.text);
    case "ORDERING":
      return scoreOrdering(key, answer?.order ?? []);
    case "MATCHING":
      return scoreMatching(key, answer?.pairs ?? []);
    case "EVIDENCE":
      return scoreEvidence(key, answer?.evidence ?? [], paragraphs);
    case "EXERCISE":
      return scoreExercise(key, answer, paragraphs);
  }
}
