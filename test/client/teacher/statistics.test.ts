import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { formatDiscrimination, formatFacility, statisticsNote } from "../../../client/src/lib/teacher/statistics.js";
import TeacherItemStatistics from "../../../client/src/components/teacher/TeacherItemStatistics.vue";

describe("statistics formatting", () => {
  it("shows facility as a whole percentage", () => {
    expect(formatFacility(0.734)).toBe("73%");
    expect(formatFacility(1)).toBe("100%");
    expect(formatFacility(0)).toBe("0%");
    expect(formatFacility(null)).toBe("—");
  });

  it("shows discrimination to two decimals with a real minus sign, or a dash", () => {
    expect(formatDiscrimination(0.4567)).toBe("0.46");
    expect(formatDiscrimination(-0.123)).toBe("−0.12");
    expect(formatDiscrimination(-0.001)).toBe("0.00");
    expect(formatDiscrimination(null)).toBe("—");
  });

  it("suggests what to look at once there are a few answers", () => {
    expect(statisticsNote(10, 0.2, 0.5)).toBe("Hard for this class");
    expect(statisticsNote(10, 0.6, 0.05)).toContain("Check the wording");
    expect(statisticsNote(10, 0.6, null)).toBe("");
    expect(statisticsNote(2, 0.1, null)).toBe("");
  });
});

describe("TeacherItemStatistics", () => {
  it("lists each item with its numbers and each rubric criterion under an exercise, and explains the measures", () => {
    const wrapper = mount(TeacherItemStatistics, {
      props: {
        statistics: [
          { itemId: "q1", prompt: "Who wrote it?", responses: 12, facility: 0.25, discrimination: 0.412, criteria: [] },
          {
            itemId: "ex",
            prompt: "How reliable?",
            responses: 3,
            facility: null,
            discrimination: null,
            criteria: [{ criterionId: "c1", title: "Position", scored: 2, facility: 0.5 }],
          },
        ],
      },
    });
    const rows = wrapper.findAll("tbody tr").map((tr) => tr.findAll("th, td").map((cell) => cell.text()));
    expect(rows[0]).toEqual(["Q1 Who wrote it?", "12", "25%", "0.41", "Hard for this class"]);
    expect(rows[1]).toEqual(["Q2 How reliable?", "3", "—", "—", ""]);
    expect(rows[2]).toEqual(["Rubric: Position", "2 scored", "50%", "—", ""]);
    expect(wrapper.find("dl").text()).toContain("share of the available points");
    expect(wrapper.find("dl").text()).toContain("not enough scored answers");
  });
});
