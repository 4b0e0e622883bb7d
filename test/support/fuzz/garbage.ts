import fc from "fast-check";

/** fast-check's draw inside `fc.gen()`: one value from an arbitrary's factory. */
export type Draw = fc.GeneratorValue;

export const pick = <T>(g: Draw, list: readonly T[]): T =>
  list[g(fc.nat, { max: list.length - 1 })]!;

/** Strings that have broken parsers, routers and databases before. */
export const GARBAGE_STRINGS = [
  "",
  " ",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "%",
  "%ZZ",
  "%00",
  "\u0000",
  "'; DROP TABLE users; --",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "𝕳𝖎𝖘𝖙𝖔𝖗𝖞 🏛️",
  "\ud800",
  "ا".repeat(300),
  "9".repeat(400),
  "x".repeat(10_000),
  "1e309",
  "-0",
  "null",
  "{}",
];

const GARBAGE = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    -1,
    2 ** 31,
    2 ** 53 + 1,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1.5,
    true,
    [],
    {},
    [[[[[]]]]],
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
  ),
  fc.constantFrom(...GARBAGE_STRINGS),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value of any JSON type, often the wrong one, sometimes huge. */
export const garbageValue = (g: Draw): unknown => g(() => GARBAGE);

/** The text with a slice cut, garbage put in, or its braces unbalanced. */
export function corrupt(g: Draw, text: string): string {
  const at = g(fc.nat, { max: text.length });
  switch (g(fc.nat, { max: 4 })) {
    case 0:
      return text.slice(0, at) + text.slice(at + g(fc.nat, { max: 20 }));
    case 1:
      return text.slice(0, at) + g(fc.string, { unit: "grapheme", maxLength: 10 }) + text.slice(at);
    case 2:
      return (
        text.slice(0, at) +
        pick(g, ["{", "}", "(", ")", "$", "...", "@", '"', "#", ":"]) +
        text.slice(at)
      );
    case 3:
      return text + pick(g, ["}", " fragment", " query { __typename }", " mutation { logOut }"]);
    default:
      return text.replace(/[A-Za-z]+/, pick(g, ["__schema", "__type", "🙂", "constructor"]));
  }
}
