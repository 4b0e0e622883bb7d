import type { Queryable } from "../../core/database.js";

/** How long the list of origins allowed to frame the launch pages is reused before re-reading. */
export const FRAME_ORIGINS_SECONDS = 30;

const originOf = (raw: string): string | null => {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
};

/** The origins of every registered platform's issuer and auth URL, sorted, without repeats. */
export async function platformOrigins(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ url: string }>(
    `SELECT issuer AS "url" FROM lti_platforms UNION SELECT auth_login_url FROM lti_platforms`,
  );
  const origins = rows.map((row) => originOf(row.url)).filter((o): o is string => o !== null);
  return [...new Set(origins)].sort();
}

/**
 * The origins that may frame the pages a launch leads to: the registered platforms' (read
 * again after FRAME_ORIGINS_SECONDS, so a platform added by the CLI counts within half a
 * minute) and those configured besides (an LMS whose pages live elsewhere than its issuer).
 */
export function createFrameOrigins(db: Queryable, configured: readonly string[] = []) {
  let cached: { origins: string[]; at: number } | null = null;
  let reading: Promise<string[]> | null = null;
  return async (): Promise<string[]> => {
    if (cached && Date.now() - cached.at < FRAME_ORIGINS_SECONDS * 1000) return cached.origins;
    reading ??= platformOrigins(db)
      .then((found) => {
        const origins = [...new Set([...found, ...configured])];
        cached = { origins, at: Date.now() };
        return origins;
      })
      .finally(() => (reading = null));
    return reading;
  };
}
