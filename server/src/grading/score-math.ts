// Arithmetic the kinds' scoring shares. Pure: no I/O.

/** A score rounded to 2 decimals (the epsilon keeps 1.005 from rounding down). */
export function roundScore(value: number): number {
  return Math.round(value * 100 + 1e-9) / 100;
}

/** The ids that are in `known`, each once, in first-occurrence order. */
export function knownUnique(ids: readonly string[], known: readonly string[]): string[] {
  const allowed = new Set(known);
  return [...new Set(ids)].filter((id) => allowed.has(id));
}

/** Whether a text field holds more than whitespace. */
export const hasText = (s: string | null | undefined) => !!s && s.trim() !== "";
