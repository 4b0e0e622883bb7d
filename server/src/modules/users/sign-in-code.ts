import crypto from "node:crypto";

/** No 0/O, 1/I/L or U/V pairs to confuse when read aloud or copied from a screen. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
const GROUP = 5;
const LENGTH = 10; // 29^10 ≈ 2^48.6: far beyond guessing behind a rate limit.

/** A new sign-in code, e.g. "K7MPR-2XQ9D". */
export function newSignInCode(): string {
  const chars = Array.from(
    { length: LENGTH },
    () => CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)],
  );
  return `${chars.slice(0, GROUP).join("")}-${chars.slice(GROUP).join("")}`;
}

/** The canonical form of what a student typed, or null if it cannot be a code. */
export function normalizeSignInCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]+/g, "");
  if (compact.length !== LENGTH || ![...compact].every((c) => CODE_ALPHABET.includes(c)))
    return null;
  return `${compact.slice(0, GROUP)}-${compact.slice(GROUP)}`;
}
