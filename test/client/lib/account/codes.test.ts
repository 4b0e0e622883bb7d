import { describe, expect, it } from "vitest";
import {
  isCompleteJoinCode,
  joinCodeProblem,
  joinLink,
  normalizeJoinCode,
  normalizeSignInCode,
  signInCodeProblem,
  signInLink,
} from "../../../../client/src/lib/account/codes.js";

describe("code normalisation", () => {
  it("ignores case, spaces and dashes in a class code", () => {
    expect(normalizeJoinCode(" k7m-pr2 x ")).toBe("K7MPR2X");
    expect(normalizeJoinCode("K7MPR2X")).toBe("K7MPR2X");
  });

  it("puts a sign-in code in its printed form, dash optional", () => {
    expect(normalizeSignInCode("abcde fghjk")).toBe("ABCDE-FGHJK");
    expect(normalizeSignInCode("ABCDEFGHJK")).toBe("ABCDE-FGHJK");
    expect(normalizeSignInCode("abc-de-fghjk")).toBe("ABCDE-FGHJK");
    // A code of the wrong length goes to the server as typed (compacted): it answers in words.
    expect(normalizeSignInCode("abc")).toBe("ABC");
  });

  it("asks for a code only when nothing was typed", () => {
    expect(joinCodeProblem(" - ")).toBe("Enter the class code your teacher gave you.");
    expect(joinCodeProblem("x")).toBeNull();
    expect(signInCodeProblem("")).toBe("Enter your sign-in code.");
  });

  it("builds the link a teacher shares", () => {
    expect(joinLink("https://school.example/", "K7MPR2X")).toBe(
      "https://school.example/join/K7MPR2X",
    );
  });
});

describe("a class code worth looking up", () => {
  it("is seven letters of the join-code alphabet, however typed", () => {
    expect(isCompleteJoinCode("k7m-pr2x")).toBe(true);
    expect(isCompleteJoinCode(" K7M PR2X ")).toBe(true);
    // Half-typed, too long, or with a letter no code has (0, O, 1, I, L): never sent.
    for (const typed of ["", "K7M", "K7MPR2", "K7MPR2XY", "K7MPR2O", "K7MPR21", "K7MPR2L"])
      expect(isCompleteJoinCode(typed), typed).toBe(false);
  });

  it("prints the sign-in address under the site's origin", () => {
    expect(signInLink("https://school.example/")).toBe("https://school.example/signin");
  });
});
