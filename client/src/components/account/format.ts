/** A date and time in the reader's own locale and time zone, e.g. "12 Mar 2025, 09:00". */
export function formatDateTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** A score such as 7.5, without trailing zeros. */
export function formatPoints(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** "7 / 10", or null while there is no score to show. */
export function formatScore(score: number | null | undefined, maxScore: number, locale?: string): string | null {
  return score == null ? null : `${formatPoints(score, locale)} / ${formatPoints(maxScore, locale)}`;
}
