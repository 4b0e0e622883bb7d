import type { Queryable } from "../../core/database.js";
import { rateLimitWait, recordRateLimitHit } from "../../core/rate-limits.sql.js";

/** Logins and launches one client address may start per window: a school's whole network shares one. */
export const LTI_LIMIT = { hits: 600, windowSeconds: 15 * 60 };

/**
 * Spends one of the address's logins and launches: null when it may go on, else the seconds to
 * wait (nothing spent).
 */
export async function spendLaunchBudget(db: Queryable, address: string): Promise<number | null> {
  const bucket = `lti:${address}`;
  const wait = await rateLimitWait(db, bucket, LTI_LIMIT.hits, LTI_LIMIT.windowSeconds);
  if (wait !== null) return wait;
  await recordRateLimitHit(db, bucket, LTI_LIMIT.windowSeconds);
  return null;
}
