import { type Pool, withTransaction } from "../../core/database.js";
import { describeError } from "../../core/safe-log.js";
import { insertIdleEvents } from "./live.sql.js";

/** A student with no save for this long is IDLE; their next save records RETURNED first. */
export const IDLE_SECONDS = 180;
const SWEEP_MS = 20_000;
// Any fixed key of this feature's own: one server records the IDLE events at a time.
const IDLE_LOCK = 35_001;

/** Records the IDLE events due now, under a transaction lock only one server gets at a time. */
export function sweepIdle(pool: Pool, idleSeconds = IDLE_SECONDS): Promise<number> {
  return withTransaction(pool, async (tx) => {
    const { rows } = await tx.query<{ locked: boolean }>(
      `SELECT pg_try_advisory_xact_lock($1) AS "locked"`,
      [IDLE_LOCK],
    );
    return rows[0]?.locked ? insertIdleEvents(tx, idleSeconds) : 0;
  });
}

/** Sweeps every 20 seconds, so IDLE comes between 3 minutes and 3 minutes 20 after the last save. */
export function startIdleSweep(pool: Pool): () => void {
  const timer = setInterval(
    () =>
      void sweepIdle(pool).catch((error: Error) =>
        console.error(`idle sweep: ${describeError(error)}`),
      ),
    SWEEP_MS,
  );
  timer.unref();
  return () => clearInterval(timer);
}
