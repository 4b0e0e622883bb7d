/** Longest display name, in characters (code points). */
export const MAX_DISPLAY_NAME = 60;

/**
 * A display name as stored: trimmed, NFC-normalised, 1–60 characters of any script; or the
 * reason it cannot be one.
 */
export function cleanDisplayName(
  raw: string,
): { ok: true; name: string } | { ok: false; reason: string } {
  const name = raw.normalize("NFC").trim();
  if (/[\p{Cc}\u2028\u2029]/u.test(name))
    return { ok: false, reason: "A name cannot contain control characters or line breaks." };
  const length = [...name].length;
  if (length === 0) return { ok: false, reason: "Please enter a name." };
  if (length > MAX_DISPLAY_NAME)
    return { ok: false, reason: `A name can be at most ${MAX_DISPLAY_NAME} characters.` };
  return { ok: true, name };
}
