import type { Queryable } from "../../server/src/core/database.js";

/** Every table of the public schema, by name. */
export async function tableNames(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT c.relname AS "name" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

/** The number of rows in every table. */
export async function tableCounts(db: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db)) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "${name}"`);
    counts[name] = rows[0]!.n;
  }
  return counts;
}

/** What changed between two counts: only the tables whose count moved, by how much. */
export function countChanges(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  const changes: Record<string, number> = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const delta = (after[name] ?? 0) - (before[name] ?? 0);
    if (delta !== 0) changes[name] = delta;
  }
  return changes;
}

/** Every row of every table as text, in a stable order: for comparing two databases. */
export async function everyRow(db: Queryable): Promise<Record<string, string[]>> {
  const all: Record<string, string[]> = {};
  for (const name of await tableNames(db)) {
    const { rows } = await db.query<{ row: string }>(
      `SELECT t::text AS "row" FROM "${name}" t ORDER BY 1`,
    );
    all[name] = rows.map((row) => row.row);
  }
  return all;
}

/** How each table's row count changed while `action` ran: only the tables that changed. */
export async function rowChanges<T>(
  db: Queryable,
  action: () => Promise<T>,
): Promise<{ result: T; changes: Record<string, number> }> {
  const before = await tableCounts(db);
  const result = await action();
  return { result, changes: countChanges(before, await tableCounts(db)) };
}
