/** Lighthouse's default CPU slowdown in its mobile preset. */
export const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * The CPU slowdown a Lighthouse run simulates with, from the BenchmarkIndex Lighthouse measured on
 * its host: the default 4× on any host at least as fast as the desktop that default assumes, and
 * less on a slower one.
 *
 * Lighthouse's default turns a high-end desktop (BenchmarkIndex about 1,500) into a mid-tier
 * phone; on a slower host the same 4× simulates a slower phone than that, and Lighthouse warns
 * that the host is underpowered. Its throttling guide ("Calibrating the CPU slowdown") says to
 * lower the multiplier there, as its CPU throttling calculator gives it: piecewise linear from
 * 150 → 1×, 800 → 2× and 1,300 → 3× to 1,533 → 4×.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    throw new Error(`Lighthouse measured no usable BenchmarkIndex (${benchmarkIndex})`);
  if (benchmarkIndex >= 1300)
    return Math.min(DEFAULT_CPU_SLOWDOWN, 3 + (benchmarkIndex - 1300) / 233);
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  // Below 150 the host is slower than the phone the targets stand for: no slowdown at all.
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}
