// Lenient matching of short answers against the accepted answers. Pure: no I/O.

// Straight, curly and modifier apostrophes, the okina, backtick, acute accent and primes.
const APOSTROPHES = /['‘’ʼʻʹ`´′]/gu;
// A comma, dot or space between digits that groups thousands: "5,000", "5.000", "5 000".
const DIGIT_GROUP = /(\d)[,.\s](?=\d{3}(?!\d))/gu;

/** Lower-case, accent-free text with apostrophes dropped, punctuation as single spaces and digit groups joined. */
export function normalizeShortAnswer(text: string): string {
  return (
    text
      // Apostrophes go before NFKD too: NFKD turns "´" into a space and a combining accent.
      .replace(APOSTROPHES, "")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(APOSTROPHES, "")
      .toLowerCase()
      .replace(DIGIT_GROUP, "$1")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** Whether the text matches an accepted answer, normalized, with or without its spaces. */
export function matchesAccepted(text: string, accepted: readonly string[]): boolean {
  const answer = normalizeShortAnswer(text);
  if (answer === "") return false;
  const squeezed = answer.replace(/ /g, "");
  return accepted.some((candidate) => {
    const normalized = normalizeShortAnswer(candidate);
    return (
      normalized !== "" && (normalized === answer || normalized.replace(/ /g, "") === squeezed)
    );
  });
}
