import type { Queryable } from "../../../server/src/core/database.js";
import { tableNames } from "../table-counts.js";

/** What a refusal may write on purpose: a rate limit's hit, and a session's last use. */
const REFUSALS_MAY_WRITE = new Set(["rate_limits"]);
const VOLATILE_COLUMNS = ["last_seen_at"];

/**
 * A digest of every table's rows, less what a refused request may change on purpose: equal
 * digests before and after a request mean it changed nothing else.
 */
export async function stateDigest(db: Queryable): Promise<Record<string, string>> {
  const drop = VOLATILE_COLUMNS.map((column) => ` - '${column}'`).join("");
  const tables = (await tableNames(db)).filter((name) => !REFUSALS_MAY_WRITE.has(name));
  const { rows } = await db.query<{ name: string; digest: string }>(
    tables
      .map(
        (name) =>
          `SELECT '${name}' AS "name", md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS "digest"
             FROM (SELECT (to_jsonb(t)${drop})::text AS r FROM "${name}" t) rows`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose digest moved. */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
