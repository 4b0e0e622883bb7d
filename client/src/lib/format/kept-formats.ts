// Intl formatters, one per kind and locale: making one costs far more than formatting with it
// (the first can take milliseconds on a phone), and a page formats many points and dates.
const kept = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function keptNumberFormat(
  kind: string,
  locale: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `number ${kind} ${locale ?? ""}`;
  let format = kept.get(key) as Intl.NumberFormat | undefined;
  if (!format) kept.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function keptDateFormat(
  kind: string,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `date ${kind} ${locale ?? ""}`;
  let format = kept.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) kept.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
