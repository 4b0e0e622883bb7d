import type { Queryable } from "./database.js";

/** Seconds until the bucket's window closes if it is full (hits ≥ limit), else null. */
export async function rateLimitWait(
  db: Queryable,
  bucket: string,
  limit: number,
  windowSeconds: number,
): Promise<number | null> {
  const { rows } = await db.query<{ wait: number }>(
    `SELECT greatest(1, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now())))::int AS "wait"
       FROM rate_limits WHERE bucket = $1 AND hits >= $3 AND window_start > now() - make_interval(secs => $2)`,
    [bucket, windowSeconds, limit],
  );
  return rows[0]?.wait ?? null;
}

/** Counts one hit in the bucket's current window (a new window starts when the last ended). */
export async function recordRateLimitHit(
  db: Queryable,
  bucket: string,
  windowSeconds: number,
): Promise<number> {
  const { rows } = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits AS r (bucket, window_start, hits) VALUES ($1, now(), 1)
     ON CONFLICT (bucket) DO UPDATE SET
       window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END,
       hits = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.hits + 1 END
     RETURNING hits AS "hits"`,
    [bucket, windowSeconds],
  );
  return rows[0]!.hits;
}

/** Forgets a bucket (e.g. after a successful log-in). */
export async function clearRateLimit(db: Queryable, bucket: string): Promise<void> {
  await db.query(`DELETE FROM rate_limits WHERE bucket = $1`, [bucket]);
}
