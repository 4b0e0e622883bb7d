import crypto from "node:crypto";

/**
 * The order a student sees options in: a shuffle fixed by the item's and options' keys, so
 * every student and every server shows the same order, and it is never the authored order
 * (authors tend to write the right choice, or the right sequence, first).
 */
export function fixedShuffle<T>(
  itemKey: string,
  options: readonly T[],
  keyOf: (option: T) => string,
): T[] {
  if (options.length < 2) return [...options];
  const rank = (option: T) =>
    crypto
      .createHash("sha256")
      .update(`${itemKey}\u0000${keyOf(option)}`)
      .digest("hex");
  const shuffled = [...options].sort((a, b) =>
    rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0,
  );
  const unchanged = shuffled.every((option, index) => option === options[index]);
  return unchanged ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}
