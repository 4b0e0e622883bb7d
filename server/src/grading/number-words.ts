// English number words as digits, for matching short answers. Pure: no I/O.
//
// Works on normalised tokens (lower-case words and digit runs). A number is read as
//   [group "million"] [group "thousand"] [group]   (at least one part, "and" allowed after a scale
//   or after "hundred"), where a group is below 1000 in words ("nine hundred and ninety nine"),
//   or a digit run directly before "hundred", "thousand" or "million" ("12 thousand").
// A run of tokens that does not read as one number, or runs on into "hundred" or a scale word,
// is left as it is.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000 };
const DIGITS = /^\d+$/u;

interface Read {
  value: number;
  next: number;
}

const own = (table: Record<string, number>, word: string | undefined) =>
  word !== undefined && Object.hasOwn(table, word) ? table[word] : undefined;

/** Below 100 in words: "seven", "seventeen", "seventy", "seventy seven". */
function belowHundred(tokens: readonly string[], at: number): Read | null {
  const unit = own(UNITS, tokens[at]);
  if (unit !== undefined) return { value: unit, next: at + 1 };
  const tens = own(TENS, tokens[at]);
  if (tens === undefined) return null;
  const rest = own(UNITS, tokens[at + 1]);
  return rest !== undefined && rest >= 1 && rest <= 9
    ? { value: tens + rest, next: at + 2 }
    : { value: tens, next: at + 1 };
}

/** A part below 1000: words, or a digit run that a scale word follows. */
function group(tokens: readonly string[], at: number): Read | null {
  const token = tokens[at];
  if (token !== undefined && DIGITS.test(token)) {
    const scaled = tokens[at + 1] === "hundred" || own(SCALES, tokens[at + 1]) !== undefined;
    return scaled ? { value: Number(token), next: at + 1 } : null;
  }
  const head = belowHundred(tokens, at);
  if (head === null) return null;
  if (tokens[head.next] !== "hundred" || head.value === 0 || head.value > 99) return head;
  let next = head.next + 1;
  if (tokens[next] === "and" && belowHundred(tokens, next + 1)) next += 1;
  const tail = belowHundred(tokens, next);
  return tail && tail.value > 0
    ? { value: head.value * 100 + tail.value, next: tail.next }
    : { value: head.value * 100, next };
}

/** A group followed by "hundred" when it was a digit run ("5 hundred"). */
function groupWithHundred(tokens: readonly string[], at: number): Read | null {
  const g = group(tokens, at);
  if (g === null || tokens[g.next] !== "hundred" || !DIGITS.test(tokens[at]!)) return g;
  let next = g.next + 1;
  if (tokens[next] === "and" && belowHundred(tokens, next + 1)) next += 1;
  const tail = belowHundred(tokens, next);
  return tail && tail.value > 0
    ? { value: g.value * 100 + tail.value, next: tail.next }
    : { value: g.value * 100, next };
}

/** The number that starts at `at`, or null when none does. */
function readNumber(tokens: readonly string[], at: number): Read | null {
  let total = 0;
  let pos = at;
  let lastScale = Infinity;
  let read = false;
  for (;;) {
    const g = groupWithHundred(tokens, pos);
    if (g === null) break;
    const scale = own(SCALES, tokens[g.next]);
    if (scale !== undefined && scale < lastScale && g.value > 0) {
      total += g.value * scale;
      lastScale = scale;
      pos = g.next + 1;
      read = true;
      if (tokens[pos] === "and" && groupWithHundred(tokens, pos + 1)) pos += 1;
      continue;
    }
    if (g.next === pos + 1 && DIGITS.test(tokens[pos]!)) break;
    total += g.value;
    pos = g.next;
    read = true;
    break;
  }
  return read ? { value: total, next: pos } : null;
}

/** Whether a read number runs on into "hundred" or a scale word ("0 hundred hundred"): such a run
 *  is not one number, and reading part of it would leave text that a second reading changes. */
const isScaleWord = (token: string | undefined) =>
  token === "hundred" || own(SCALES, token) !== undefined;

/** The tokens with every number in words (or digits with a scale word) as one digit run. */
export function numberWordsToDigits(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < tokens.length) {
    const n = readNumber(tokens, at);
    if (n === null || isScaleWord(tokens[n.next])) {
      out.push(tokens[at]!);
      at += 1;
    } else {
      out.push(String(n.value));
      at = n.next;
    }
  }
  return out;
}
