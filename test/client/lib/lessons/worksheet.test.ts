import { describe, expect, it } from "vitest";
import {
  answerLines,
  letter,
  paragraphRange,
  selectionCount,
  underlineInstruction,
} from "../../../../client/src/lib/lessons/worksheet.js";

describe("worksheet wording", () => {
  it("turns an evidence prompt into an underlining instruction, naming the paragraphs", () => {
    expect(underlineInstruction("Select the passages in ¶10 that support the claim.", [10])).toBe(
      "Underline the passages in ¶10 that support the claim.",
    );
    expect(
      underlineInstruction("Select two to four passages that support the claim.", [15, 16]),
    ).toBe("Underline two to four passages that support the claim (in ¶15–16).");
    expect(underlineInstruction("Which words show doubt?", [3, 5])).toBe(
      "Underline the words in ¶3 and ¶5 that answer: Which words show doubt?",
    );
  });

  it("names paragraph ranges, letters and counts", () => {
    expect(paragraphRange([11, 9, 10, 15, 18, 19])).toBe("¶9–11, ¶15 and ¶18–19");
    expect(paragraphRange([])).toBe("");
    expect([0, 1, 25].map(letter)).toEqual(["A", "B", "Z"]);
    expect(selectionCount(2, 4)).toBe("Underline 2 to 4 passages.");
    expect(selectionCount(1, 1)).toBe("Underline 1 passage.");
  });

  it("sizes answer lines by the answer's length", () => {
    expect(answerLines(null)).toBe(4);
    expect(answerLines(40)).toBe(2);
    expect(answerLines(300)).toBe(5);
    expect(answerLines(5000)).toBe(8);
  });
});
