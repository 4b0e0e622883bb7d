import { describe, expect, it } from "vitest";
import { hasAnswer, toAnswerInput } from "../../../../client/src/lib/questions/answers.js";

describe("answers as the player keeps them", () => {
  it("keeps an exercise's own claim and context facts when a stored answer is read back", () => {
    const stored = {
      choiceIds: null,
      text: "Reasons",
      order: null,
      claimId: null,
      claim: "My own claim.",
      contextFacts: ["A fact.", ""],
      pairs: null,
      evidence: null,
    };
    expect(toAnswerInput(stored)).toEqual({
      text: "Reasons",
      claim: "My own claim.",
      contextFacts: ["A fact.", ""],
    });
    // An answer saved before context facts existed reads back without them.
    expect(toAnswerInput({ ...stored, contextFacts: undefined, claim: null })).toEqual({
      text: "Reasons",
    });
  });

  it("counts written context facts as an answer, blank ones not", () => {
    expect(hasAnswer({ contextFacts: ["", "A fact."] })).toBe(true);
    expect(hasAnswer({ contextFacts: ["", "  "] })).toBe(false);
  });
});
