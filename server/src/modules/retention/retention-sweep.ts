import type { Pool } from "../../core/database.js";
import {
  type RetentionCounts,
  type RetentionSettings,
  sweepRetention,
} from "./retention.service.js";

const FIRST_SWEEP_MS = 30_000;

/** "retention: deleted 2 guests, 5 attempts, 40 sessions": counts only, never who. */
export function describeSweep(counts: RetentionCounts): string | null {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`);
  return parts.length ? `retention: deleted ${parts.join(", ")}` : null;
}

/**
 * Runs the retention sweep half a minute after start and then every `minutes`. Every server
 * runs it; the advisory lock lets one of them do the work at a time. Returns the stop function.
 */
export function startRetentionSweep(
  pool: Pool,
  settings: RetentionSettings,
  minutes: number,
  firstSweepMs = FIRST_SWEEP_MS,
): () => void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const counts = await sweepRetention(pool, settings);
      const line = counts && describeSweep(counts);
      if (line) console.log(line);
    } catch (error) {
      console.error(`retention: sweep failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void sweep(), Math.min(firstSweepMs, minutes * 60_000));
  const timer = setInterval(() => void sweep(), minutes * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
