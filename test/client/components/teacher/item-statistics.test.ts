import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import TeacherItemStatistics from "../../../../client/src/components/teacher/TeacherItemStatistics.vue";

describe("TeacherItemStatistics", () => {
  it("lists each item with its numbers and each rubric criterion under an exercise, and explains the measures", () => {
    const wrapper = mount(TeacherItemStatistics, {
      props: {
        statistics: [
          {
            itemId: "q1",
            prompt: "Who wrote it?",
            responses: 12,
            facility: 0.25,
            discrimination: 0.412,
            meanTries: null,
            firstTryRight: null,
            criteria: [],
          },
          {
            itemId: "ex",
            prompt: "How reliable?",
            responses: 3,
            facility: null,
            discrimination: null,
            meanTries: null,
            firstTryRight: null,
            criteria: [{ criterionId: "c1", title: "Position", scored: 2, facility: 0.5 }],
          },
        ],
      },
    });
    const rows = wrapper
      .findAll("tbody tr")
      .map((tr) => tr.findAll("th, td").map((cell) => cell.text()));
    expect(rows[0]).toEqual(["Q1 Who wrote it?", "12", "25%", "0.41", "Hard for this class"]);
    expect(rows[1]).toEqual(["Q2 How reliable?", "3", "—", "—", ""]);
    expect(rows[2]).toEqual(["Rubric: Position", "2 scored", "50%", "—", ""]);
    expect(wrapper.find("dl").text()).toContain("share of the available points");
    expect(wrapper.find("dl").text()).toContain("not enough scored answers");
  });
});
