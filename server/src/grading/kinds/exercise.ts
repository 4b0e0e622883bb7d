// Exercises: a claim (chosen or written), reasoning and evidence, judged by a teacher with a rubric. Pure: no I/O.
//
// The claim is never scored, whether chosen from the list or written (an own claim, where the
// exercise offers one, is judged by the teacher with the rest; context facts likewise); but it
// decides what the evidence is measured against. evidenceScore = evidencePoints × evidence credit
// (../evidence-overlap.ts, minEvidence as minimum; recall counts the minEvidence key passages the
// student covered best). Key passages: the model passages tagged with the chosen position plus the
// untagged ones every position needs; the model passages of other positions and the acceptable
// evidence never lower precision. With no listed position chosen (a claim of one's own, or none),
// every model passage is key. So each position can reach full evidence marks on its own passages.
// The rubric waits for a teacher: score null, correct null, needsReview true. Unanswered (every
// field empty): evidence 0, and it still goes to the teacher.
import { badUserInput } from "../../core/errors.js";
import { evidenceCredit, spansOf, type EvidenceCredit } from "../evidence-overlap.js";
import {
  blocks,
  escapeMarkdown,
  evidenceHint,
  evidenceLists,
  list,
  points,
  targetLines,
} from "../feedback.js";
import { optionKeys, parseEvidence, parseText } from "../fields.js";
import { hasText, roundScore } from "../score-math.js";
import type { ItemFacts, KindUnit, ParagraphTexts, Selection, Target } from "../types.js";
import { byRole } from "./evidence.js";

/** Hard limits for every text field, whatever the item allows. */
export const TEXT_LIMITS = { reasoning: 10_000, claim: 1_000, contextFact: 1_000 };
/** Most passages an exercise's evidence may cite. */
export const MAX_EXERCISE_EVIDENCE = 20;

export interface ExerciseKey {
  kind: "EXERCISE";
  /** evidencePoints + the top level of every criterion. */
  points: number;
  evidencePoints: number;
  minEvidence: number;
  /** The model evidence, each passage with the claims (content ids) it serves; untagged: every position. */
  targets: Target[];
  /** Defensible passages beyond the model evidence (absent: none). */
  acceptable?: Target[];
  /** The listed positions: option public key → claim content id (absent: none). */
  claimKeys?: Record<string, string>;
  rubric: Array<{ id: string; title: string; maxScore: number }>;
}

/** The passages the evidence of an answer with this position is measured against (header). */
export function exerciseKeyFor(
  key: ExerciseKey,
  claimId: string | null | undefined,
): { targets: Target[]; acceptable: Target[] } {
  const claim = claimId ? key.claimKeys?.[claimId] : undefined;
  if (claim === undefined) return { targets: key.targets, acceptable: key.acceptable ?? [] };
  const serves = (t: Target) => !t.claims?.length || t.claims.includes(claim);
  return {
    targets: key.targets.filter(serves),
    acceptable: [...key.targets.filter((t) => !serves(t)), ...(key.acceptable ?? [])],
  };
}

/** The evidence credit of an answer: against its position's passages, minEvidence as minimum and as enough. */
export function exerciseEvidence(
  key: ExerciseKey,
  answer: ExerciseFields | null | undefined,
  paragraphs: ParagraphTexts,
): EvidenceCredit & { targets: Target[] } {
  const { targets, acceptable } = exerciseKeyFor(key, answer?.claimId);
  const pool = targets.length + acceptable.filter((t) => t.countsForRecall).length;
  const credit = evidenceCredit(
    targets,
    answer?.evidence ?? [],
    paragraphs,
    key.minEvidence,
    Math.min(pool, Math.max(1, key.minEvidence)),
    acceptable,
  );
  return { ...credit, targets };
}

export interface ExerciseFields {
  evidence?: Selection[] | null;
  claimId?: string | null;
  claim?: string | null;
  /** The reasoning. */
  text?: string | null;
  /** Context facts, one per slot the exercise opens (answerSlots.contextFacts); blanks keep their place. */
  contextFacts?: string[] | null;
}

function joinTitles(titles: string[]): string {
  return titles.length < 2
    ? titles.join("")
    : `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

/** Feedback for an exercise: the rubric the teacher will use, and the evidence part's score and passages. */
export function exerciseMessage(
  key: ExerciseKey,
  a: EvidenceCredit,
  answered: boolean,
  evidenceScore: number,
): string {
  const criteria = joinTitles(key.rubric.map((c) => escapeMarkdown(c.title)));
  const rubric = `**Your reasoning will be judged by your teacher** with the rubric${criteria ? `: ${criteria}` : ""}.`;
  const evidence = `**Evidence:** ${evidenceScore} of ${points(key.evidencePoints)} for the passages you selected.`;
  if (!answered) {
    const head =
      "**Not answered.** You did not answer this exercise, so the evidence part scores 0. Your teacher will still review it.";
    return blocks(
      head,
      rubric,
      evidence,
      list("The model passages:", targetLines(a.missed, true, a.titles)),
    );
  }
  return blocks(
    rubric,
    evidence,
    ...evidenceLists(a, "model passage", "Selections that match no model passage:"),
  );
}

/** At most as many facts as the exercise asks for, each a text within its limit. */
function parseContextFacts(item: ItemFacts, facts: readonly string[]): string[] {
  const slots = item.answerSlots?.contextFacts;
  if (!slots) throw badUserInput("This exercise asks for no context facts.", "answer.contextFacts");
  if (facts.length > slots.count)
    throw badUserInput(
      `This exercise asks for ${slots.count} context fact${slots.count === 1 ? "" : "s"}.`,
      "answer.contextFacts",
    );
  return facts.map((fact, index) =>
    parseText(fact, TEXT_LIMITS.contextFact, `answer.contextFacts[${index}]`),
  );
}

export const exercise: KindUnit<ExerciseKey, ExerciseFields> = {
  words: "an exercise",
  fields: ["evidence", "claimId", "claim", "text", "contextFacts"],
  parse(item, input) {
    const answer: ExerciseFields = {};
    if (input.evidence != null)
      answer.evidence = parseEvidence(item, input.evidence, MAX_EXERCISE_EVIDENCE);
    if (input.text != null)
      answer.text = parseText(input.text, TEXT_LIMITS.reasoning, "answer.text");
    if (input.claim != null)
      answer.claim = parseText(input.claim, TEXT_LIMITS.claim, "answer.claim");
    if (input.contextFacts != null)
      answer.contextFacts = parseContextFacts(item, input.contextFacts);
    if (input.claimId != null) {
      if (item.options.CLAIM.size === 0)
        throw badUserInput(
          "This exercise has no positions to choose; write your claim instead.",
          "answer.claimId",
        );
      answer.claimId = optionKeys(
        [input.claimId],
        item.options.CLAIM,
        "answer.claimId",
        "a position of this exercise",
      )[0]!;
    }
    return answer;
  },
  fromStored(item) {
    return {
      kind: "EXERCISE",
      points: item.points,
      evidencePoints: item.evidencePoints!,
      minEvidence: item.minSelections!,
      targets: byRole(item.targets).key,
      acceptable: byRole(item.targets).acceptable,
      claimKeys: Object.fromEntries(item.options.CLAIM.map((o) => [o.id, o.contentKey])),
      rubric: item.criteria.map(({ id, title, maxScore }) => ({ id, title, maxScore })),
    };
  },
  review(key) {
    return {
      targets: [
        ...key.targets.map((t) => ({ ...t, role: "KEY" as const })),
        ...(key.acceptable ?? []).map((t) => ({ ...t, role: "ACCEPTABLE" as const })),
      ],
    };
  },
  score(key, answer, paragraphs) {
    const selections = answer?.evidence ?? [];
    const analysis = exerciseEvidence(key, answer, paragraphs);
    const evidenceScore = roundScore(key.evidencePoints * analysis.credit);
    const answered =
      selections.length > 0 ||
      hasText(answer?.text) ||
      hasText(answer?.claim) ||
      hasText(answer?.claimId) ||
      (answer?.contextFacts ?? []).some(hasText);
    return {
      score: null,
      maxScore: key.points,
      correct: null,
      needsReview: true,
      message: exerciseMessage(key, analysis, answered, evidenceScore),
      expected: { evidence: spansOf(analysis.targets) },
      evidenceScore,
    };
  },
  tries: 2,
  /** Tries mode: the evidence part only (selections that match no model passage, how many are missing). */
  hint(key, answer, paragraphs) {
    const selections = answer?.evidence ?? [];
    const analysis = exerciseEvidence(key, answer, paragraphs);
    const evidenceScore = roundScore(key.evidencePoints * analysis.credit);
    return blocks(
      `**Evidence:** ${evidenceScore} of ${points(key.evidencePoints)} for the passages you selected.`,
      ...(selections.length ? evidenceHint(analysis, "model passage") : []),
      "**Your claim and reasoning are judged by your teacher** after you submit.",
    );
  },
};
