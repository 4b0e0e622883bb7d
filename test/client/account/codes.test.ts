import { describe, expect, it } from "vitest";
import { joinCodeProblem, joinLink, normalizeJoinCode, normalizeSignInCode, signInCodeProblem } from "../../../client/src/lib/account/codes.js";
import { formatScore } from "../../../client/src/lib/format/numbers.js";
import { isOverdue, workStatus } from "../../../client/src/lib/account/status.js";

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
    expect(joinLink("https://school.example/", "K7MPR2X")).toBe("https://school.example/join/K7MPR2X");
  });
});

describe("a student's work status", () => {
  it("is not started, in progress, submitted or late", () => {
    expect(workStatus(undefined)).toBe("not-started");
    expect(workStatus({ status: "IN_PROGRESS", late: false })).toBe("in-progress");
    expect(workStatus({ status: "SUBMITTED", late: false })).toBe("submitted");
    expect(workStatus({ status: "SUBMITTED", late: true })).toBe("late");
  });

  it("is overdue only while not handed in after the due date", () => {
    const now = new Date("2025-03-10T12:00:00Z");
    expect(isOverdue("2025-03-09T12:00:00Z", "not-started", now)).toBe(true);
    expect(isOverdue("2025-03-09T12:00:00Z", "submitted", now)).toBe(false);
    expect(isOverdue("2025-03-11T12:00:00Z", "in-progress", now)).toBe(false);
    expect(isOverdue(null, "not-started", now)).toBe(false);
  });

  it("shows a score only when there is one", () => {
    expect(formatScore(7.5, 10, "en")).toBe("7.5 / 10");
    expect(formatScore(null, 10, "en")).toBeNull();
  });
});
