import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { overviewRows, reviewSummary } from "../../../client/src/lib/teacher/overview.js";
import type { TeacherAttempt } from "../../../client/src/lib/teacher/review-types.js";
import TeacherClassOverview from "../../../client/src/components/teacher/TeacherClassOverview.vue";

const noAnswer = { choiceIds: null, text: null, order: null, pairs: null, evidence: null, claimId: null, claim: null };
const feedback = (needsReview: boolean) => ({ correct: null, score: needsReview ? null : 1, maxScore: 1, message: "", needsReview, teacherComment: null, rubricScores: [] });
const attempt = (studentId: string, name: string, status: "IN_PROGRESS" | "SUBMITTED", reviews: boolean[], extra: Partial<TeacherAttempt> = {}): TeacherAttempt => ({
  id: `a-${studentId}`,
  status,
  score: null,
  maxScore: 10,
  late: false,
  startedAt: "2025-03-01T09:00:00Z",
  submittedAt: status === "SUBMITTED" ? "2025-03-01T09:40:00Z" : null,
  student: { id: studentId, displayName: name },
  responses: reviews.map((needsReview, i) => ({ id: `r-${studentId}-${i}`, itemId: `i${i}`, revision: 1, answer: noAnswer, feedback: feedback(needsReview) })),
  ...extra,
});

const students = [
  { id: "s1", displayName: "Zoë", signInCode: null },
  { id: "s2", displayName: "Amir", signInCode: null },
  { id: "s3", displayName: "Bea", signInCode: null },
];

describe("overviewRows", () => {
  it("has a row for every student, started or not, sorted by name, with answers to review", () => {
    const rows = overviewRows({
      classroom: { id: "c", name: "10B", students },
      attempts: [attempt("s1", "Zoë", "SUBMITTED", [true, false, true], { late: true }), attempt("s3", "Bea", "IN_PROGRESS", [true])],
    });
    expect(rows.map((r) => [r.name, r.status, r.toReview])).toEqual([
      ["Amir", "not-started", 0],
      // Work in progress can still change: it is not counted for review yet.
      ["Bea", "in-progress", 0],
      ["Zoë", "late", 2],
    ]);
  });

  it("counts in words", () => {
    expect(reviewSummary(1)).toBe("1 answer needs your review");
    expect(reviewSummary(3)).toBe("3 answers need your review");
  });
});

describe("TeacherClassOverview", () => {
  it("names who has not started and lets the teacher open a student's answers", async () => {
    const rows = overviewRows({
      classroom: { id: "c", name: "10B", students },
      attempts: [attempt("s1", "Zoë", "SUBMITTED", [false], { score: 7.5 })],
    });
    const wrapper = mount(TeacherClassOverview, { props: { rows } });
    expect(wrapper.text()).toContain("Not started yet (2): Amir, Bea");
    const zoe = wrapper.findAll("tbody tr").find((tr) => tr.text().includes("Zoë"))!;
    expect(zoe.text()).toContain("7.5 / 10");
    await zoe.find("button").trigger("click");
    expect(wrapper.emitted("select")).toEqual([["s1"]]);
  });
});
