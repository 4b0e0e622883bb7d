// Evidence questions: the student selects the passages that support a claim. Pure: no I/O.
//
// points × credit, credit = F½ of recall and precision by character overlap, × count /
// minSelections below minSelections (../evidence-overlap.ts, with worked examples). Full recall
// needs `enough` = minSelections passages (the key passages, or acceptable ones that count for
// recall, the student covered best): an answer at the lower bound of "select two to four
// passages" can earn full credit. Acceptable passages never lower precision.
// correct: true iff recall and precision ≥ 0.999 and not scaled down, false iff credit is 0,
// otherwise null. Unanswered (no selections): score 0, correct false.
import { evidenceCredit, spansOf, type EvidenceCredit } from "../evidence-overlap.js";
import {
  blocks,
  evidenceHint,
  evidenceLists,
  headline,
  list,
  NOT_ANSWERED,
  points,
  targetLines,
  type Outcome,
} from "../feedback.js";
import { parseEvidence } from "../fields.js";
import { roundScore } from "../score-math.js";
import type { KindUnit, ParagraphTexts, Selection, Target } from "../types.js";

export interface EvidenceKey {
  kind: "EVIDENCE";
  points: number;
  explanation: string;
  claim: string;
  minSelections: number;
  maxSelections: number;
  /** The key passages. */
  targets: Target[];
  /** Defensible passages beyond the key (absent: none). */
  acceptable?: Target[];
}

export interface EvidenceFields {
  evidence?: Selection[] | null;
}

/** true when recall and precision are complete and nothing was scaled down, false at zero credit, else null. */
export function evidenceCorrect(a: EvidenceCredit): boolean | null {
  if (a.credit === 0) return false;
  return a.recall >= 0.999 && a.precision >= 0.999 && !a.scaled ? true : null;
}

/** Feedback for an evidence question: found and missed key passages, and unsupported selections. */
export function evidenceMessage(key: EvidenceKey, a: EvidenceCredit, outcome: Outcome): string {
  if (!outcome.answered) {
    return blocks(
      NOT_ANSWERED,
      key.explanation,
      list("The key passages:", targetLines(a.missed, true, a.titles)),
    );
  }
  const head =
    outcome.correct === true
      ? "**Correct.** Your selections cover the key passages and stay close to them."
      : outcome.score > 0
        ? `**Partly correct:** ${outcome.score} of ${points(key.points)}.`
        : "**Not quite.** Your selections do not match the key passages.";
  return blocks(
    head,
    key.explanation,
    ...evidenceLists(a, "key passage", "Selections that do not support the claim:"),
  );
}

/** How many passages full recall needs: the lower bound of the instructions, within what the key offers. */
export function evidenceEnough(key: EvidenceKey): number {
  const pool = key.targets.length + (key.acceptable ?? []).filter((t) => t.countsForRecall).length;
  return Math.max(1, Math.min(pool, key.minSelections, key.maxSelections));
}

function analyse(key: EvidenceKey, selections: Selection[], paragraphs: ParagraphTexts) {
  return evidenceCredit(
    key.targets,
    selections,
    paragraphs,
    key.minSelections,
    evidenceEnough(key),
    key.acceptable ?? [],
  );
}

/** Stored passages split by role: key passages and acceptable ones (role dropped). */
export function byRole(targets: readonly Target[]): { key: Target[]; acceptable: Target[] } {
  const plain = ({ role: _, ...t }: Target): Target => ({ ...t });
  return {
    key: targets.filter((t) => (t.role ?? "KEY") === "KEY").map(plain),
    acceptable: targets.filter((t) => t.role === "ACCEPTABLE").map(plain),
  };
}

export const evidence: KindUnit<EvidenceKey, EvidenceFields> = {
  words: "an evidence question",
  fields: ["evidence"],
  parse(item, input) {
    const answer: EvidenceFields = {};
    if (input.evidence != null)
      answer.evidence = parseEvidence(item, input.evidence, item.maxSelections!);
    return answer;
  },
  fromStored(item) {
    return {
      kind: "EVIDENCE",
      points: item.points,
      explanation: item.explanation,
      claim: item.claim!,
      minSelections: item.minSelections!,
      maxSelections: item.maxSelections!,
      targets: byRole(item.targets).key,
      acceptable: byRole(item.targets).acceptable,
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
    const analysis = analyse(key, selections, paragraphs);
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
  },
  tries: 2,
  /** Tries mode: the chosen passages that are no key passage, and how many key passages are missing. */
  hint(key, answer, paragraphs) {
    const selections = answer?.evidence ?? [];
    const analysis = analyse(key, selections, paragraphs);
    const answered = selections.length > 0;
    const score = roundScore(key.points * analysis.credit);
    const correct = answered ? evidenceCorrect(analysis) : false;
    return blocks(
      headline({ answered, score, correct }, key.points),
      ...(answered ? evidenceHint(analysis, "key passage") : []),
    );
  },
};
