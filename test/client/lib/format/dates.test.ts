import { describe, expect, it } from "vitest";
import { fromDateTimeLocal, toDateTimeLocal } from "../../../../client/src/lib/format/dates.js";

describe("datetime-local values", () => {
  it("round-trips a local date and time through an ISO instant", () => {
    const iso = fromDateTimeLocal("2025-03-12T09:30");
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(new Date(iso!).getHours()).toBe(9);
    expect(toDateTimeLocal(iso)).toBe("2025-03-12T09:30");
  });

  it("treats an empty or broken value as no date", () => {
    expect(fromDateTimeLocal("")).toBeNull();
    expect(fromDateTimeLocal("not a date")).toBeNull();
    expect(toDateTimeLocal(null)).toBe("");
  });
});
