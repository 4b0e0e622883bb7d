import { describe, expect, it } from "vitest";
import {
  canChangeAttempt,
  canSeeFeedback,
  canStartScratchAttempt,
  canSeeScore,
  studentSeesFeedback,
  studentSeesKey,
  usesTries,
} from "../../../../server/src/modules/attempts/attempts.policy.js";

const now = new Date("2030-01-02T00:00:00Z");
const past = new Date("2030-01-01T00:00:00Z");
const future = new Date("2030-01-03T00:00:00Z");
type Timing = "IMMEDIATE" | "PRACTICE" | "ON_SUBMIT" | "AFTER_DUE";
const attempt = (
  feedbackTiming: Timing,
  status: "IN_PROGRESS" | "SUBMITTED",
  dueAt: Date | null = null,
) => ({ feedbackTiming, status, dueAt });

describe("when a student sees feedback", () => {
  it.each([
    // IMMEDIATE is tries mode: a save alone shows nothing; a check or the submit does.
    ["IMMEDIATE", "IN_PROGRESS", null, "QUESTION", false],
    ["IMMEDIATE", "IN_PROGRESS", null, "EXERCISE", false],
    ["IMMEDIATE", "SUBMITTED", null, "EXERCISE", true],
    ["PRACTICE", "IN_PROGRESS", null, "QUESTION", true],
    ["PRACTICE", "IN_PROGRESS", null, "EXERCISE", false],
    ["PRACTICE", "SUBMITTED", null, "EXERCISE", true],
    ["ON_SUBMIT", "IN_PROGRESS", null, "QUESTION", false],
    ["ON_SUBMIT", "SUBMITTED", null, "QUESTION", true],
    ["AFTER_DUE", "SUBMITTED", future, "QUESTION", false],
    ["AFTER_DUE", "IN_PROGRESS", past, "QUESTION", true],
  ] as const)("%s, %s, due %s, %s: %s", (timing, status, dueAt, kind, sees) => {
    expect(studentSeesFeedback(attempt(timing, status), kind, dueAt, now)).toBe(sees);
    expect(canSeeFeedback("student", attempt(timing, status, dueAt), kind, now)).toBe(sees);
  });

  it("in tries mode once an answer is checked, the key only once the item locks", () => {
    const open = attempt("IMMEDIATE", "IN_PROGRESS");
    const checked = { checked: true, locked: false };
    const locked = { checked: true, locked: true };
    expect(canSeeFeedback("student", open, "QUESTION", now, checked)).toBe(true);
    expect(canSeeFeedback("student", open, "EXERCISE", now, checked)).toBe(true);
    expect(studentSeesKey(open, checked)).toBe(false);
    expect(studentSeesKey(open, locked)).toBe(true);
    expect(studentSeesKey(attempt("IMMEDIATE", "SUBMITTED"), checked)).toBe(true);
    expect(studentSeesKey(attempt("PRACTICE", "IN_PROGRESS"), checked)).toBe(true);
    expect(usesTries(open)).toBe(true);
    expect(usesTries(attempt("PRACTICE", "IN_PROGRESS"))).toBe(false);
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

describe("who may change an attempt", () => {
  const viewer = (id: string, role: "TEACHER" | "STUDENT") => ({
    id,
    role,
    displayName: "X",
    email: null,
    signInCode: null,
    guest: false,
    sessionId: "s",
  });
  const student = viewer("1", "STUDENT");
  const teacher = viewer("2", "TEACHER");

  it("a student changes only their own attempt", () => {
    expect(canChangeAttempt(student, { studentId: "1", scratch: false })).toBe(true);
    expect(canChangeAttempt(student, { studentId: "3", scratch: false })).toBe(false);
  });

  it("a teacher changes only their own scratch attempt, never a student's work", () => {
    expect(canChangeAttempt(teacher, { studentId: "2", scratch: true })).toBe(true);
    expect(canChangeAttempt(teacher, { studentId: "2", scratch: false })).toBe(false);
    expect(canChangeAttempt(teacher, { studentId: "1", scratch: false })).toBe(false);
    expect(canChangeAttempt(teacher, { studentId: "4", scratch: true })).toBe(false);
  });

  it("only teachers start scratch attempts", () => {
    expect(canStartScratchAttempt(teacher)).toBe(true);
    expect(canStartScratchAttempt(student)).toBe(false);
    expect(canStartScratchAttempt(null)).toBe(false);
  });
});
