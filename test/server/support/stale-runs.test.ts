import { describe, expect, it } from "vitest";
import { isStaleRun, newRunId } from "../../support/prepared-databases.js";

const HOUR = 3600_000;

describe("a test run's prepared copies", () => {
  it("are named by the run's start, so that a later run can tell they were left behind", () => {
    const started = Date.UTC(2026, 11, 5, 9, 0, 0);
    const id = newRunId(started);
    expect(id).toMatch(/^1796461200[0-9a-f]{8}$/);
    expect(newRunId(started)).not.toBe(id);
    expect(isStaleRun(id, started + 5 * HOUR)).toBe(false);
    expect(isStaleRun(id, started + 7 * HOUR)).toBe(true);
  });

  it("of a run named otherwise are never taken for stale", () => {
    const later = Date.UTC(2030, 0, 1);
    expect(isStaleRun("3fa2b1c4d5e6", later)).toBe(false);
    expect(isStaleRun("17649252", later)).toBe(false);
    expect(isStaleRun("", later)).toBe(false);
  });
});
