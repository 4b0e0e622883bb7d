// Lenient matching of short answers against the accepted answers. Pure: no I/O.
//
// Both sides are normalised (`normalizeShortAnswer`): case, diacritics (McCune–Reischauer ŏ/ŭ
// become o/u), apostrophes, punctuation and spacing, ordinals ("12th" is 12), thousands
// separators ("12,000", "12 000", "12.000") and English number words ("twelve thousand") all
// disappear. Words are then compared with the spaces between letters squeezed out ("Choe
// Chang-ik", "Choe Changik" and "choechangik" are one spelling) and the Revised Romanization's
// "eo"/"eu" read as McCune–Reischauer's o/u ("Seo" = "So"). Word order is the accepted answer's.
//
// An answer matches when it IS an accepted answer, or CONTAINS one as a run of whole words
// ("Choe Chang-ik, the deputy premier"; "Choeb" never contains "Choe") and the words around
// that run, its extra words:
//   - number at most the accepted answer's own word count, but never fewer than 2 or more
//     than 4 (MAX_EXTRA_WORDS), so a list of names or numbers cannot pass;
//   - hold no number (a second number is a second guess: "12,000 or 8,000", "8000 12000");
//   - hold no hedge or negation ("or", "not", "never", "wasn't", …: HEDGES).
// Anything else goes to the teacher, as before.
import { numberWordsToDigits } from "./number-words.js";

// Straight, curly and modifier apostrophes, the okina, backtick, acute accent and primes.
const APOSTROPHES = /['‘’ʼʻʹ`´′]/gu;
const DIGITS = /^\d+$/u;
const MIN_EXTRA_WORDS = 2;
const MAX_EXTRA_WORDS = 4;
const HEDGES = new Set(
  (
    "or nor not no never neither either maybe perhaps possibly probably unsure cannot " +
    "isnt wasnt arent werent dont doesnt didnt cant couldnt wont wouldnt hasnt havent hadnt"
  ).split(" "),
);

/** Joins thousands groups: a digit run followed by runs of exactly three digits. */
function joinDigitGroups(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    if (last !== undefined && DIGITS.test(last) && token.length === 3 && DIGITS.test(token)) {
      out[out.length - 1] = last + token;
    } else out.push(token);
  }
  return out;
}

/** The answer's words: lower-case, accent-free, numbers as plain digit runs. */
export function shortAnswerWords(text: string): string[] {
  const plain = text
    // Apostrophes go before NFKD too: NFKD turns "´" into a space and a combining accent.
    .replace(APOSTROPHES, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(APOSTROPHES, "")
    .toLowerCase()
    .replace(/(\d)(?:st|nd|rd|th)(?!\p{L})/gu, "$1")
    .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, "$1$2 ");
  const tokens = plain.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== "");
  return joinDigitGroups(numberWordsToDigits(joinDigitGroups(tokens)));
}

/** Lower-case, accent-free text with punctuation as single spaces and numbers as digits. */
export function normalizeShortAnswer(text: string): string {
  return shortAnswerWords(text).join(" ");
}

/** The comparison key of a run of words: letters squeezed together, romanizations folded. */
function key(words: readonly string[]): string {
  let out = "";
  words.forEach((word, i) => {
    const previous = words[i - 1];
    const squeeze = previous !== undefined && !DIGITS.test(previous) && !DIGITS.test(word);
    out += (i === 0 || squeeze ? "" : " ") + word;
  });
  return out.replace(/eo/g, "o").replace(/eu/g, "u");
}

/** Whether the words around a contained accepted answer leave it a single, plain answer. */
function extraWordsAllowed(extra: readonly string[], acceptedWords: number): boolean {
  const limit = Math.min(MAX_EXTRA_WORDS, Math.max(MIN_EXTRA_WORDS, acceptedWords));
  return extra.length <= limit && !extra.some((w) => DIGITS.test(w) || HEDGES.has(w));
}

/** Whether the answer is, or contains as whole words, one accepted answer (see the rule above). */
function matchesOne(answer: readonly string[], accepted: readonly string[]): boolean {
  const wanted = key(accepted);
  for (let start = 0; start < answer.length; start++) {
    for (let end = start + 1; end <= answer.length; end++) {
      const run = key(answer.slice(start, end));
      if (run.length > wanted.length) break;
      if (run !== wanted) continue;
      const extra = [...answer.slice(0, start), ...answer.slice(end)];
      if (extraWordsAllowed(extra, accepted.length)) return true;
    }
  }
  return false;
}

/** Whether the text matches an accepted answer (the rule at the top of this file). */
export function matchesAccepted(text: string, accepted: readonly string[]): boolean {
  const answer = shortAnswerWords(text);
  if (answer.length === 0) return false;
  return accepted.some((candidate) => {
    const words = shortAnswerWords(candidate);
    return words.length > 0 && matchesOne(answer, words);
  });
}
