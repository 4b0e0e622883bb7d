// Intl formatters, one per kind and locale: making one costs far more than formatting with it
// (the first can take milliseconds on a phone), and a page formats many points and dates.
const kept = new Map<string, unknown>();

function keep<T>(key: string, make: () => T): T {
  if (!kept.has(key)) kept.set(key, make());
  return kept.get(key) as T;
}

export const keptNumberFormat = (
  kind: string,
  locale: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat =>
  keep(`number ${kind} ${locale ?? ""}`, () => new Intl.NumberFormat(locale, options));

export const keptDateFormat = (
  kind: string,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  keep(`date ${kind} ${locale ?? ""}`, () => new Intl.DateTimeFormat(locale, options));
