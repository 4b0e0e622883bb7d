import type { Queryable } from "../../server/src/core/database.js";

/** The number of rows in every table of the database, by table name. */
export async function tableCounts(db: Queryable): Promise<Record<string, number>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS "name" FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "${name}"`);
    counts[name] = rows[0]!.n;
  }
  return counts;
}

/** How each table's row count changed while `action` ran: only the tables that changed. */
export async function rowChanges<T>(
  db: Queryable,
  action: () => Promise<T>,
): Promise<{ result: T; changes: Record<string, number> }> {
  const before = await tableCounts(db);
  const result = await action();
  const after = await tableCounts(db);
  const changes: Record<string, number> = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const change = (after[name] ?? 0) - (before[name] ?? 0);
    if (change !== 0) changes[name] = change;
  }
  return { result, changes };
}
