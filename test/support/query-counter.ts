import type { Pool } from "../../server/src/core/database.js";

/**
 * Counts the SQL statements sent through a pool while fn runs (for tests and the benchmark),
 * leaving out the content-version check, which runs at most once a second whatever the traffic.
 */
export async function countQueries<T>(
  pool: Pool,
  fn: () => Promise<T>,
): Promise<{ result: T; queries: number }> {
  const original = pool.query;
  let queries = 0;
  pool.query = function (this: Pool, ...args: unknown[]) {
    const text =
      typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string }).text ?? "");
    if (!text.includes("FROM content_state")) queries++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pool.query;
  try {
    const result = await fn();
    return { result, queries };
  } finally {
    pool.query = original;
  }
}
