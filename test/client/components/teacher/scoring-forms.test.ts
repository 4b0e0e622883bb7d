import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import TeacherPointsForm from "../../../../client/src/components/teacher/TeacherPointsForm.vue";
import TeacherRubricForm from "../../../../client/src/components/teacher/TeacherRubricForm.vue";
import { RUBRIC } from "../../fixtures/teacher.js";

const levelRadio = (wrapper: ReturnType<typeof mount>, criterion: string, score: number) =>
  wrapper
    .findAll('input[type="radio"]')
    .find((input) => input.attributes("id")!.endsWith(`-${criterion}-${score}`))!;

describe("TeacherRubricForm", () => {
  it("offers every level of every criterion, labelled with its descriptor", () => {
    const wrapper = mount(TeacherRubricForm, {
      props: { criteria: RUBRIC, initialScores: [], initialComment: null },
    });
    expect(wrapper.findAll("fieldset legend").map((l) => l.text())).toEqual([
      "Position",
      "Use of evidence",
    ]);
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(6);
    const label = wrapper.find(
      `label[for="${levelRadio(wrapper, "crit-evidence", 3).attributes("id")}"]`,
    );
    expect(label.text()).toContain("3 · Secure");
    expect(label.text()).toContain("Well chosen.");
  });

  it("emits one score per criterion, in rubric order, with the comment", async () => {
    const wrapper = mount(TeacherRubricForm, {
      props: { criteria: RUBRIC, initialScores: [], initialComment: null },
    });
    await levelRadio(wrapper, "crit-evidence", 3).setValue(true);
    await levelRadio(wrapper, "crit-position", 1).setValue(true);
    await wrapper.find("textarea").setValue("  Quote more exactly.  ");
    await wrapper.find("form").trigger("submit");
    expect(wrapper.emitted("save")).toEqual([
      [
        {
          rubricScores: [
            { criterionId: "crit-position", score: 1 },
            { criterionId: "crit-evidence", score: 3 },
          ],
          comment: "Quote more exactly.",
        },
      ],
    ]);
  });

  it("refuses to save until every criterion has a level, and says which one is missing", async () => {
    const wrapper = mount(TeacherRubricForm, {
      props: { criteria: RUBRIC, initialScores: [], initialComment: null },
    });
    await levelRadio(wrapper, "crit-position", 2).setValue(true);
    await wrapper.find("form").trigger("submit");
    expect(wrapper.emitted("save")).toBeUndefined();
    expect(wrapper.find('[role="alert"]').text()).toContain('"Use of evidence"');
  });

  it("starts from an earlier judgement, so re-scoring changes only what the teacher changes", async () => {
    const wrapper = mount(TeacherRubricForm, {
      props: {
        criteria: RUBRIC,
        initialScores: [
          { criterionId: "crit-position", score: 2 },
          { criterionId: "crit-evidence", score: 1 },
        ],
        initialComment: "Good.",
      },
    });
    expect((levelRadio(wrapper, "crit-position", 2).element as HTMLInputElement).checked).toBe(
      true,
    );
    await levelRadio(wrapper, "crit-evidence", 0).setValue(true);
    await wrapper.find("form").trigger("submit");
    expect(wrapper.emitted("save")![0]).toEqual([
      {
        rubricScores: [
          { criterionId: "crit-position", score: 2 },
          { criterionId: "crit-evidence", score: 0 },
        ],
        comment: "Good.",
      },
    ]);
  });

  it("shows the server's error", () => {
    const wrapper = mount(TeacherRubricForm, {
      props: {
        criteria: RUBRIC,
        initialScores: [],
        initialComment: null,
        error: "You can score only the responses of your own classes.",
      },
    });
    expect(wrapper.find('[role="alert"]').text()).toBe(
      "You can score only the responses of your own classes.",
    );
  });
});

describe("TeacherPointsForm", () => {
  it("emits a score within 0..max, accepting a decimal comma", async () => {
    const wrapper = mount(TeacherPointsForm, {
      props: { maxScore: 2, initialScore: null, initialComment: null },
    });
    await wrapper.find("input").setValue("1,5");
    await wrapper.find("form").trigger("submit");
    expect(wrapper.emitted("save")).toEqual([[{ score: 1.5, comment: "" }]]);
  });

  it.each(["", "3", "-1", "lots"])("refuses %j for a 2-point item", async (typed) => {
    const wrapper = mount(TeacherPointsForm, {
      props: { maxScore: 2, initialScore: null, initialComment: null },
    });
    await wrapper.find("input").setValue(typed);
    await wrapper.find("form").trigger("submit");
    expect(wrapper.emitted("save")).toBeUndefined();
    expect(wrapper.find(".error-text").text()).toBe("Give a score from 0 to 2.");
    expect(wrapper.find("input").attributes("aria-invalid")).toBe("true");
  });
});
