/** Points and scores as people read them. Pure: no I/O. */

/** A score such as 7.5 or 1.33: at most two decimals, no trailing zeros; the browser's locale unless one is given. */
export function formatPoints(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** "7 / 10", or null while there is no score to show. */
export function formatScore(
  score: number | null | undefined,
  maxScore: number,
  locale?: string,
): string | null {
  return score == null
    ? null
    : `${formatPoints(score, locale)} / ${formatPoints(maxScore, locale)}`;
}
