// Class statistics per item of an assignment. Pure: no I/O.
//
// How each figure is computed (published to teachers):
// - responses: the number of attempts that saved an answer to the item.
// - facility: the mean score of the item divided by its maximum score, over the attempts where the
//   item has a score. An unanswered item of a submitted attempt scores 0 and counts; an item the
//   attempt never reached, or one still waiting for a teacher, does not. Kept within 0..1. Empty
//   (null) while no attempt has a score for the item, or when the item's maximum score is not positive.
// - discrimination: the Pearson correlation between the item's score and the rest of the attempt's
//   score (the sum of the attempt's scores for the assignment's other items, leaving out those not
//   yet scored), over the attempts where the item has a score. For right/wrong items this is the
//   point-biserial correlation; partial-credit items use the same formula. Empty (null) with fewer
//   than 5 scored attempts, or when every attempt has the same item score or the same rest score
//   (a correlation is then undefined). Scores of items that are not part of the assignment are ignored.
// - criteria (exercises): per rubric criterion, the number of attempts the teacher has given a level
//   for it, and the mean level divided by the criterion's top level, within 0..1 (null while none).
// - meanTries, firstTryRight (tries mode): over the attempts that checked the item at least once,
//   the mean number of checks spent and the share whose first check was right; null while none.
// Facility, discrimination, meanTries and firstTryRight are rounded to 4 decimals.
import type {
  AttemptOutcomes,
  ItemOutcome,
  ItemStatisticsResult,
  StatisticsItem,
} from "./statistics.types.js";

const MIN_DISCRIMINATION_ATTEMPTS = 5;

/** Per-item responses, facility, discrimination and criterion facility; one result per item, in order. */
export function itemStatistics(
  items: StatisticsItem[],
  attempts: AttemptOutcomes[],
): ItemStatisticsResult[] {
  const itemIds = [...new Set(items.map((item) => item.itemId))];
  return items.map((item) => ({
    itemId: item.itemId,
    responses: attempts.filter((attempt) => outcomeOf(attempt, item.itemId)?.answered === true)
      .length,
    facility: facilityOf(scoresOf(attempts, item.itemId), item.maxScore),
    discrimination: discriminationOf(item.itemId, itemIds, attempts),
    ...triesOf(attempts, item.itemId),
    criteria: (item.criteria ?? []).map((criterion) => {
      const levels = levelsOf(attempts, item.itemId, criterion.criterionId);
      return {
        criterionId: criterion.criterionId,
        scored: levels.length,
        facility: facilityOf(levels, criterion.maxScore),
      };
    }),
  }));
}

/** Mean tries and first-try-right share over the attempts that checked the item. */
function triesOf(
  attempts: AttemptOutcomes[],
  itemId: string,
): { meanTries: number | null; firstTryRight: number | null } {
  const checked = attempts.flatMap((attempt) => {
    const outcome = outcomeOf(attempt, itemId);
    return outcome?.tries ? [outcome] : [];
  });
  if (checked.length === 0) return { meanTries: null, firstTryRight: null };
  const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    meanTries: round4(mean(checked.map((o) => o.tries!))),
    firstTryRight: round4(checked.filter((o) => o.firstTryRight).length / checked.length),
  };
}

/** Pearson correlation of paired samples; null below 2 pairs or when either sample is constant. */
export function pearson(xs: number[], ys: number[]): number | null {
  if (xs.length !== ys.length) throw new RangeError(`pearson: ${xs.length} xs but ${ys.length} ys`);
  if (xs.length < 2 || isConstant(xs) || isConstant(ys)) return null;
  const meanX = mean(xs);
  const meanY = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return clamp(sxy / Math.sqrt(sxx * syy), -1, 1);
}

function discriminationOf(
  itemId: string,
  itemIds: string[],
  attempts: AttemptOutcomes[],
): number | null {
  const itemScores: number[] = [];
  const restScores: number[] = [];
  for (const attempt of attempts) {
    const score = scoreOf(attempt, itemId);
    if (score === null) continue;
    itemScores.push(score);
    restScores.push(
      itemIds.reduce(
        (sum, otherId) => (otherId === itemId ? sum : sum + (scoreOf(attempt, otherId) ?? 0)),
        0,
      ),
    );
  }
  if (itemScores.length < MIN_DISCRIMINATION_ATTEMPTS) return null;
  const r = pearson(itemScores, restScores);
  return r === null ? null : round4(r);
}

function facilityOf(values: number[], maxScore: number): number | null {
  if (values.length === 0 || !(maxScore > 0)) return null;
  return round4(clamp(mean(values) / maxScore, 0, 1));
}

function scoresOf(attempts: AttemptOutcomes[], itemId: string): number[] {
  return attempts
    .map((attempt) => scoreOf(attempt, itemId))
    .filter((score): score is number => score !== null);
}

function levelsOf(attempts: AttemptOutcomes[], itemId: string, criterionId: string): number[] {
  const levels: number[] = [];
  for (const attempt of attempts) {
    const criterionScores = outcomeOf(attempt, itemId)?.criterionScores;
    if (criterionScores === undefined || !Object.hasOwn(criterionScores, criterionId)) continue;
    const level = criterionScores[criterionId];
    if (typeof level === "number" && Number.isFinite(level)) levels.push(level);
  }
  return levels;
}

// Object.hasOwn keeps item ids such as "constructor" from reaching Object.prototype.
function outcomeOf(attempt: AttemptOutcomes, itemId: string): ItemOutcome | undefined {
  return Object.hasOwn(attempt.outcomes, itemId) ? attempt.outcomes[itemId] : undefined;
}

function scoreOf(attempt: AttemptOutcomes, itemId: string): number | null {
  const score = outcomeOf(attempt, itemId)?.score;
  return typeof score === "number" && Number.isFinite(score) ? score : null;
}

// Compared exactly: the mean of equal floats can differ from them in the last bit.
function isConstant(values: number[]): boolean {
  return values.every((value) => value === values[0]);
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

// "+ 0" turns -0 into 0.
function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000 + 0;
}
