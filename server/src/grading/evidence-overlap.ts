// Evidence credit: student selections against key and acceptable passages, by character overlap. Pure: no I/O.
//
// Two kinds of passage: KEY passages (what full recall needs: `enough` of them) and ACCEPTABLE
// passages (defensible: choosing one never lowers precision and is never called unsupported; one
// marked `countsForRecall` may stand in for a key passage).
//
//   recall    = passage characters covered by the selections / passage characters, over the
//               `enough` passages the student covered best among the key passages and the
//               acceptable ones that count for recall (all of them when `enough` reaches their number)
//   precision = selected characters inside the tolerance zone of a key or acceptable passage /
//               selected characters (zone: the passage ± its own length, at least 10 characters,
//               never beyond its sentences; see ./evidence-spans.ts)
//   credit    = F½ = (1 + ½²)·P·R / (½²·P + R) = 1.25·P·R / (0.25·P + R), or 0 when both are 0
//               (β = ½ weighs precision twice as much as recall, so over-selection bites);
//               × count / minSelections when fewer than minSelections selections are in the document.
//
// Selections and passages are merged per paragraph before measuring, so overlapping or repeated
// spans count once. A span's omitted document, or the own document named, is normalised to the
// item's own before anything is measured.
//
// Worked examples, one paragraph "The cat sat. The dog ran far away. Birds sing." (46 characters)
// and one key passage "dog ran" [17,24), 7 characters, whose zone is [13,34) (at least 10 each
// side, clipped at its sentence "The dog ran far away. " [13,35)):
//   - "dog ran" exactly, or "The dog ran far away." [13,34): R = 1, P = 1 → credit 1
//   - "The cat sat. The dog ran" [0,24):  R = 1,   P = 11/24 = 0.458 → 0.573/1.115 = 0.514
//   - the whole paragraph (46):          R = 1,   P = 21/46 = 0.457 → 0.571/1.114 = 0.512
//   - "dog" alone:                       R = 3/7, P = 1            → 0.536/0.679 = 0.789
// On the real record (context-moscow-1957 / ctx-economic-weakness, 2 points, select two to four,
// four key passages in ¶15–16, enough 2): the two exact key phrases "Without such aid we cannot
// keep the Pyongyang textile mill" and "It is difficult for us … of the country." score R = 1,
// P = 1 → 2 of 2; ticking all of ¶15 and ¶16 (769 + 460 = 1,229 characters, 428 of them in
// zones) scores R = 1 but P = 428/1229 = 0.348 → 1.25·0.348/(0.087 + 1) = 0.400 → 0.80 of 2.
// (Under the old rule, whole-sentence precision, F1 and recall over all four passages, the
// paragraphs scored 1.14 and two exact phrases as little as 0.82.)
import {
  docOf,
  mergeSpans,
  overlapLength,
  resolveSelections,
  toleranceZones,
  totalLength,
} from "./evidence-spans.js";
import {
  paragraphText,
  type ParagraphTexts,
  type Selection,
  type Span,
  type Target,
} from "./types.js";

export {
  expandToSentences,
  mergeSpans,
  overlapLength,
  resolveSelections,
  sentenceSpans,
  spansOf,
  toleranceZones,
} from "./evidence-spans.js";

/** β of the F-measure: below 1 weighs precision above recall. */
export const PRECISION_BETA = 0.5;

/** A merged selection with its text. */
export interface ChosenPassage extends Span {
  text: string;
}

/** A merged selection that lies in no passage's tolerance zone. */
export type UnsupportedSelection = ChosenPassage;

export interface EvidenceCredit {
  credit: number;
  recall: number;
  precision: number;
  /** Selections with at least one character in the document, before merging. */
  selectionCount: number;
  minSelections: number;
  /** How many passages suffice for full recall. */
  enough: number;
  /** True when the credit was scaled down for too few selections. */
  scaled: boolean;
  /** Key passages with at least half of their characters selected. */
  found: Target[];
  /** Key passages with less than half of their characters selected. */
  missed: Target[];
  /** Passages toward recall (key, or acceptable that count) with at least half of their characters selected. */
  foundCount: number;
  /** Merged selections that share characters with a key passage (or, touching none, reach into a key zone). */
  keyChoices: ChosenPassage[];
  /** Merged selections that are acceptable by the same rule, with the acceptable passage's note. */
  acceptableChoices: Array<ChosenPassage & { note: string }>;
  unsupported: UnsupportedSelection[];
  /** Short titles of the other documents the item offers, by slug (feedback names them). */
  titles: ReadonlyMap<string, string>;
}

/** The F-measure of the header: 0 when both are 0. */
export function fBeta(precision: number, recall: number, beta = PRECISION_BETA): number {
  const b2 = beta * beta;
  const denominator = b2 * precision + recall;
  return denominator > 0 ? ((1 + b2) * precision * recall) / denominator : 0;
}

const normalise = (targets: readonly Target[], paragraphs: ParagraphTexts): Target[] =>
  targets.map((t) => {
    const { documentSlug: _, ...rest } = t;
    return { ...docOf(t, paragraphs), ...rest };
  });

/** Recall, precision, credit (scaled below minSelections) and the passages found, missed, and chosen by kind. */
export function evidenceCredit(
  keyTargets: readonly Target[],
  selections: readonly Selection[],
  paragraphs: ParagraphTexts,
  minSelections = 0,
  enough = keyTargets.length,
  acceptableTargets: readonly Target[] = [],
): EvidenceCredit {
  const targets = normalise(keyTargets, paragraphs);
  const acceptable = normalise(acceptableTargets, paragraphs);
  const pool = [...targets, ...acceptable.filter((t) => t.countsForRecall)];
  const resolved = resolveSelections(selections, paragraphs);
  const selected = mergeSpans(resolved);
  const zones = toleranceZones([...targets, ...acceptable], paragraphs);

  const selectedChars = totalLength(selected);
  const recall =
    enough >= pool.length
      ? coveredShare(mergeSpans(pool), selected)
      : bestCoveredShare(pool, selected, enough);
  const precision = selectedChars > 0 ? overlapLength(selected, zones) / selectedChars : 0;
  const f = fBeta(precision, recall);
  const scaled = resolved.length < minSelections;
  const credit = scaled ? (f * resolved.length) / minSelections : f;

  const isFound = (t: Target) => 2 * overlapLength([t], selected) >= t.end - t.start;
  const withText = (s: Span): ChosenPassage => ({
    ...s,
    text: (paragraphText(paragraphs, s) ?? "").slice(s.start, s.end),
  });
  const keyChoices: ChosenPassage[] = [];
  const acceptableChoices: Array<ChosenPassage & { note: string }> = [];
  const unsupported: ChosenPassage[] = [];
  // A selection is key if it shares characters with a key passage, else acceptable if with an
  // acceptable one; failing both, by the zone it reaches into (key first); else unsupported.
  const touching = (s: Span, t: Target, zone: boolean) =>
    overlapLength([s], zone ? toleranceZones([t], paragraphs) : [t]) > 0;
  for (const s of selected) {
    const match =
      targets.find((t) => touching(s, t, false)) ??
      acceptable.find((t) => touching(s, t, false)) ??
      targets.find((t) => touching(s, t, true)) ??
      acceptable.find((t) => touching(s, t, true));
    if (!match) unsupported.push(withText(s));
    else if (targets.includes(match)) keyChoices.push(withText(s));
    else acceptableChoices.push({ ...withText(s), note: match.note });
  }

  return {
    credit,
    recall,
    precision,
    selectionCount: resolved.length,
    minSelections,
    enough,
    scaled,
    found: targets.filter(isFound),
    missed: targets.filter((t) => !isFound(t)),
    foundCount: pool.filter(isFound).length,
    keyChoices,
    acceptableChoices,
    unsupported,
    titles: new Map([...(paragraphs.others ?? [])].map(([slug, d]) => [slug, d.shortTitle])),
  };
}

function coveredShare(targets: readonly Span[], selected: readonly Span[]): number {
  const chars = totalLength(targets);
  return chars > 0 ? overlapLength(targets, selected) / chars : 0;
}

/** Coverage of the `enough` passages with the largest covered share. */
function bestCoveredShare(
  targets: readonly Target[],
  selected: readonly Span[],
  enough: number,
): number {
  const ranked = targets
    .map((t) => ({ covered: overlapLength([t], selected), length: t.end - t.start }))
    .sort((a, b) => b.covered / b.length - a.covered / a.length || a.length - b.length)
    .slice(0, Math.max(1, enough));
  const chars = ranked.reduce((sum, t) => sum + t.length, 0);
  return chars > 0 ? ranked.reduce((sum, t) => sum + t.covered, 0) / chars : 0;
}
