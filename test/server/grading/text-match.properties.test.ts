import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesAccepted, normalizeShortAnswer } from "../../../server/src/grading/text-match.js";

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"];
TEENS.push("seventeen", "eighteen", "nineteen");
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for 0 ≤ n < 1000, with "and" after "hundred" or not, hyphens or spaces. */
function below1000(n: number, and: boolean, hyphen: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords =
    rest < 10
      ? UNITS[rest]!
      : rest < 20
        ? TEENS[rest - 10]!
        : TENS[Math.floor(rest / 10)]! + (rest % 10 ? (hyphen ? "-" : " ") + UNITS[rest % 10] : "");
  if (hundreds === 0) return restWords;
  const head = `${UNITS[hundreds]} hundred`;
  return rest === 0 ? head : `${head} ${and ? "and " : ""}${restWords}`;
}

function inWords(n: number, and: boolean, hyphen: boolean): string {
  if (n === 1_000_000) return "one million";
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return below1000(rest, and, hyphen);
  const head = `${below1000(thousands, and, hyphen)} thousand`;
  return rest === 0
    ? head
    : `${head} ${and && rest < 100 ? "and " : ""}${below1000(rest, and, hyphen)}`;
}

const grouped = (n: number, separator: string) =>
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

// Text a student might type: letters (some with diacritics), digits, punctuation and spaces.
const studentText = fc.string({
  unit: fc.constantFrom(
    ..."aAeEoOŏŭéchkrl iNn'’-.,!?  0123456789".split(""),
    "one",
    "thousand",
    "hundred",
    "twelve",
    "th",
    "and",
  ),
  maxLength: 30,
});

/** A variant of the text in another case, with other punctuation and spacing. */
const variant = (text: string) =>
  fc
    .tuple(
      fc.boolean(),
      fc.constantFrom(" ", "  ", " - ", ", ", " . ", "\t"),
      fc.constantFrom("", "!", "?", "."),
    )
    .map(([upper, space, end]) => {
      const cased = upper ? text.toUpperCase() : text.toLowerCase();
      return `  ${cased.replace(/ /g, space)}${end} `;
    });

describe("normalizeShortAnswer, for any text", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(studentText, (text) => {
        const once = normalizeShortAnswer(text);
        expect(normalizeShortAnswer(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("matchesAccepted, for any accepted answer", () => {
  const accepted = fc.constantFrom(
    "Choe Chang-ik",
    "Ch'oe Ch'ang-ik",
    "Sŏ Hwi",
    "8,000 tons",
    "eight thousand",
    "12 November 1957",
    "the conversation with me",
    "Kim Il Sung",
  );
  const anyAccepted = fc.oneof(accepted, studentText);

  it("matches itself in any case, punctuation and spacing", () => {
    fc.assert(
      fc.property(
        anyAccepted.chain((a) => fc.tuple(fc.constant(a), variant(a))),
        ([answer, typed]) => {
          fc.pre(normalizeShortAnswer(answer) !== "");
          expect(matchesAccepted(typed, [answer])).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("numbers from 0 to 1,000,000", () => {
  it("agree in words and in digits, grouped or not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("", ",", " ", "."),
        (n, and, hyphen, separator) => {
          const words = inWords(n, and, hyphen);
          expect(normalizeShortAnswer(words), words).toBe(String(n));
          expect(matchesAccepted(words, [grouped(n, separator)]), words).toBe(true);
          expect(matchesAccepted(grouped(n, separator), [words]), words).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("agree at the edges", () => {
    for (const n of [0, 1, 19, 20, 99, 100, 101, 999, 1000, 1001, 12_000, 999_999, 1_000_000]) {
      expect(normalizeShortAnswer(inWords(n, true, true))).toBe(String(n));
      expect(normalizeShortAnswer(inWords(n, false, false))).toBe(String(n));
    }
  });
});
