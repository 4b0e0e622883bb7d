import { describe, expect, it } from "vitest";
import {
  formatDiscrimination,
  formatFacility,
  statisticsNote,
} from "../../../../client/src/lib/teacher/statistics.js";

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
