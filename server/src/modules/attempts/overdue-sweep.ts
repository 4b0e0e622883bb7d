import type { Queryable } from "../../core/database.js";
import { describeError } from "../../core/safe-log.js";
import { closeOverdueAttempts } from "./attempts.sql.js";

const SWEEP_MS = 30_000;

/**
 * Writes down the submission of attempts whose AFTER_DUE date has passed. Reads already treat
 * them as submitted at the due date; this only makes it permanent. Any number of servers may run it.
 */
export function startOverdueSweep(db: Queryable): NodeJS.Timeout {
  const sweep = () =>
    closeOverdueAttempts(db).catch((error: Error) =>
      console.error(`overdue sweep: ${describeError(error)}`),
    );
  void sweep();
  const timer = setInterval(sweep, SWEEP_MS);
  timer.unref();
  return timer;
}
