import { describe, expect, it } from "vitest";
import {
  canSeeFeedback,
  canSeeScore,
  studentSeesFeedback,
} from "../../../../server/src/modules/attempts/attempts.policy.js";

const now = new Date("2030-01-02T00:00:00Z");
const past = new Date("2030-01-01T00:00:00Z");
const future = new Date("2030-01-03T00:00:00Z");
type Timing = "IMMEDIATE" | "ON_SUBMIT" | "AFTER_DUE";
const attempt = (
  feedbackTiming: Timing,
  status: "IN_PROGRESS" | "SUBMITTED",
  dueAt: Date | null = null,
) => ({ feedbackTiming, status, dueAt });

describe("when a student sees feedback", () => {
  it.each([
    ["IMMEDIATE", "IN_PROGRESS", null, "QUESTION", true],
    ["IMMEDIATE", "IN_PROGRESS", null, "EXERCISE", false],
    ["IMMEDIATE", "SUBMITTED", null, "EXERCISE", true],
    ["ON_SUBMIT", "IN_PROGRESS", null, "QUESTION", false],
    ["ON_SUBMIT", "SUBMITTED", null, "QUESTION", true],
    ["AFTER_DUE", "SUBMITTED", future, "QUESTION", false],
    ["AFTER_DUE", "IN_PROGRESS", past, "QUESTION", true],
  ] as const)("%s, %s, due %s, %s: %s", (timing, status, dueAt, kind, sees) => {
    expect(studentSeesFeedback(attempt(timing, status), kind, dueAt, now)).toBe(sees);
    expect(canSeeFeedback("student", attempt(timing, status, dueAt), kind, now)).toBe(sees);
  });

  it("while the class's teacher always sees it and nobody else ever does", () => {
    const open = attempt("ON_SUBMIT", "IN_PROGRESS");
    expect(canSeeFeedback("teacher", open, "EXERCISE", now)).toBe(true);
    expect(canSeeScore("teacher", open, now)).toBe(true);
    expect(canSeeFeedback(null, attempt("IMMEDIATE", "SUBMITTED"), "QUESTION", now)).toBe(false);
    expect(canSeeScore("student", open, now)).toBe(false);
    expect(canSeeScore("student", attempt("ON_SUBMIT", "SUBMITTED"), now)).toBe(true);
  });
});
