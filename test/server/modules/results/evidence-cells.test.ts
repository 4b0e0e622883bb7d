import { describe, expect, it } from "vitest";
import { documentTexts } from "../../../../server/src/grading/index.js";
import { claimCell, passagesCell } from "../../../../server/src/modules/results/evidence-cells.js";

const texts = documentTexts(
  new Map([
    [3, "Kim Il Sung said that the delegation had come without being asked."],
    [4, `The ambassador noted ${"at great length ".repeat(8)}the party's reply.`],
  ]),
  "puzanov-kim-il-sung-1957-11-13",
  new Map([
    [
      "mikoyan-telegram-1956-09-17",
      { shortTitle: "Mikoyan's telegram", paragraphs: new Map([[2, "We spoke with Kim."]]) },
    ],
  ]),
);

describe("the results table's evidence cells", () => {
  it("quote each passage chosen, in the student's order, with its place", () => {
    expect(
      passagesCell(
        [
          { documentSlug: "mikoyan-telegram-1956-09-17", paragraphNumber: 2 },
          { paragraphNumber: 3, start: 0, end: 11 },
          { documentSlug: "puzanov-kim-il-sung-1957-11-13", paragraphNumber: 3, start: 12 },
        ],
        texts,
      ),
    ).toBe(
      `Mikoyan's telegram ¶2 "We spoke with Kim."\n¶3 "Kim Il Sung"\n` +
        `¶3 "said that the delegation had come without being asked."`,
    );
  });

  it("cut a long passage to its opening words", () => {
    const cell = passagesCell([{ paragraphNumber: 4 }], texts);
    expect(cell).toMatch(/^¶4 "The ambassador noted at great length .+…"$/);
    expect(Array.from(cell).length).toBeLessThan(70);
  });

  it("are empty without selections, and name a passage they cannot find by its place alone", () => {
    expect(passagesCell(null, texts)).toBe("");
    expect(passagesCell([], texts)).toBe("");
    expect(passagesCell([{ paragraphNumber: 99 }], texts)).toBe("¶99");
  });

  it("give an exercise's claim: a listed one's words, or the student's own marked as such", () => {
    const claims = new Map([["c1", "It was interference."]]);
    expect(claimCell({ claimId: "c1" }, claims)).toBe("It was interference.");
    expect(claimCell({ claim: "  A visit by invitation. " }, claims)).toBe(
      "Own claim: A visit by invitation.",
    );
    expect(claimCell(undefined, claims)).toBe("");
    expect(claimCell({ claim: " " }, claims)).toBe("");
  });
});
