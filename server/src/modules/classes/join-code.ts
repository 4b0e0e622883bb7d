import crypto from "node:crypto";

/** No 0/O or 1/I/L: a code read off a projector or a board is typed right. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 7;

/** A new join code, e.g. "K7MPR2X" (31^7 ≈ 2^34.7 codes). */
export function newJoinCode(): string {
  return Array.from(
    { length: JOIN_CODE_LENGTH },
    () => JOIN_CODE_ALPHABET[crypto.randomInt(JOIN_CODE_ALPHABET.length)],
  ).join("");
}

/** What a student typed, as stored (upper-case, no spaces or dashes), or null if it cannot be a code. */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length < 6 || code.length > 8 || ![...code].every((c) => JOIN_CODE_ALPHABET.includes(c)))
    return null;
  return code;
}
