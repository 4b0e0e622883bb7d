import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cpuSlowdownFor, DEFAULT_CPU_SLOWDOWN } from "../../support/lighthouse-calibration.js";

describe("the CPU slowdown Lighthouse simulates with", () => {
  it("is the default 4× on a host at least as fast as a high-end desktop", () => {
    expect(cpuSlowdownFor(1533)).toBeCloseTo(4, 2);
    expect(cpuSlowdownFor(2000)).toBe(DEFAULT_CPU_SLOWDOWN);
    expect(cpuSlowdownFor(3400)).toBe(DEFAULT_CPU_SLOWDOWN);
  });

  it("follows Lighthouse's calculator on slower hosts", () => {
    expect(cpuSlowdownFor(1300)).toBeCloseTo(3, 5);
    expect(cpuSlowdownFor(1050)).toBeCloseTo(2.5, 5);
    expect(cpuSlowdownFor(800)).toBeCloseTo(2, 5);
    expect(cpuSlowdownFor(475)).toBeCloseTo(1.5, 5);
    expect(cpuSlowdownFor(150)).toBeCloseTo(1, 5);
    expect(cpuSlowdownFor(60)).toBe(1);
  });

  it("never falls as the host gets faster, and stays between 1× and 4×", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (index, more) => {
          const slower = cpuSlowdownFor(index);
          expect(slower).toBeGreaterThanOrEqual(1);
          expect(slower).toBeLessThanOrEqual(DEFAULT_CPU_SLOWDOWN);
          expect(cpuSlowdownFor(index + more)).toBeGreaterThanOrEqual(slower - 1e-9);
        },
      ),
    );
  });

  it("refuses a run that measured no BenchmarkIndex", () => {
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/BenchmarkIndex/);
    expect(() => cpuSlowdownFor(0)).toThrow(/BenchmarkIndex/);
  });
});
