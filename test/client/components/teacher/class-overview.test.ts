import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { overviewRows } from "../../../../client/src/lib/teacher/overview.js";
import TeacherClassOverview from "../../../../client/src/components/teacher/TeacherClassOverview.vue";
import { attempt, students } from "../../fixtures/teacher.js";

describe("TeacherClassOverview", () => {
  it("names who has not started and lets the teacher open a student's answers", async () => {
    const rows = overviewRows({
      classroom: { id: "c", name: "10B", students },
      extensions: [],
      attempts: [attempt("s1", "Zoë", "SUBMITTED", [false], { score: 7.5 })],
    });
    const wrapper = mount(TeacherClassOverview, { props: { rows } });
    expect(wrapper.text()).toContain("Not started yet (2): Amir, Bea");
    const zoe = wrapper.findAll("tbody tr").find((tr) => tr.text().includes("Zoë"))!;
    expect(zoe.text()).toContain("7.5 / 10");
    await zoe.find("button").trigger("click");
    expect(wrapper.emitted("select")).toEqual([["s1"]]);
  });

  it("shows the auto-marked score next to what needs review", () => {
    const rows = overviewRows({
      classroom: { id: "c", name: "10B", students },
      extensions: [],
      attempts: [attempt("s1", "Zoë", "SUBMITTED", [false, false, true])],
    });
    const zoe = mount(TeacherClassOverview, { props: { rows } })
      .findAll("tbody tr")
      .find((tr) => tr.text().includes("Zoë"))!;
    // Two answers scored 1 each; 1 point waits; 9 of the 10 points are auto-marked.
    expect(zoe.find("td.review").text()).toMatch(
      /^Needs review: 2 \/ 9 auto-marked · 1 to review$/,
    );
    expect(zoe.text()).not.toContain("Needs your review");
  });

  it("says whose due date the teacher extended, and to when", () => {
    const rows = overviewRows({
      classroom: { id: "c", name: "10B", students },
      extensions: [{ studentId: "s3", dueAt: "2026-12-05T17:00:00.000Z" }],
      attempts: [],
    });
    const rowOf = (name: string) =>
      mount(TeacherClassOverview, { props: { rows } })
        .findAll("tbody tr")
        .find((tr) => tr.find("th").text().startsWith(name))!;
    expect(rowOf("Amir").find(".extended").exists()).toBe(false);
    expect(rowOf("Bea").find(".extended").text()).toMatch(/^Extended to Dec 5, 2026/);
  });
});
