import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../../../server/src/content/documents/export-paragraphs.js";

const lower = fc.stringMatching(/^[a-zéèàüöçñ]{1,8}$/);
const capital = fc.stringMatching(/^[A-ZÉÀÜÖ][a-zéèàüöçñ]{0,7}$/);
/** A paragraph as the archive writes one: a capital, lower-case words, a full stop. */
const paragraph = fc
  .tuple(capital, fc.array(lower, { minLength: 1, maxLength: 12 }))
  .map(([first, rest]) => [first, ...rest]);

const blankLines = fc.integer({ min: 1, max: 3 }).map((n) => Array<string>(n).fill(""));
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe("splitting an export's body into paragraphs (property)", () => {
  it("rejoins any paragraph a page break split mid-sentence, and keeps the others apart", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(paragraph, fc.nat(), fc.boolean(), blankLines, blankLines), {
          minLength: 1,
          maxLength: 6,
        }),
        (plan) => {
          const lines: string[] = [];
          for (const [ws, at, split, gap, pageBreak] of plan) {
            const cut = 1 + (at % ws.length);
            if (split && cut < ws.length)
              lines.push(ws.slice(0, cut).join(" "), ...pageBreak, `${ws.slice(cut).join(" ")}.`);
            else lines.push(`${ws.join(" ")}.`);
            lines.push(...gap);
          }
          expect(splitParagraphs(lines)).toEqual(plan.map(([ws]) => `${ws.join(" ")}.`));
        },
      ),
    );
  });

  it("keeps every word of any body, in order, however its blocks are split", () => {
    const line = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
      .filter((l) => l.trim() !== "");
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constant("")), { maxLength: 30 }), (lines) => {
        const body = lines.map((l) => (l.trim() === "" ? "" : l));
        const out = splitParagraphs(body);
        expect(words(out.join("\n"))).toEqual(words(body.join("\n")));
        expect(out.every((p) => p.trim() !== "")).toBe(true);
      }),
    );
  });
});
