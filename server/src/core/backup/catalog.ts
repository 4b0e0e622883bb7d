import type { Queryable } from "../database.js";
import type { BackupSequence } from "./backup-format.js";

/** The migrations' own bookkeeping: made by migrating, never copied. */
export const MIGRATIONS_TABLE = "schema_migrations";

export interface CatalogTable {
  name: string;
  /** Stored columns in their order (generated columns are computed again on load). */
  columns: string[];
}

/** The newest applied migration, or null when the database has no schema yet. */
export async function migrationVersion(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ present: boolean }>(
    `SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS "present"`,
  );
  if (!rows[0]!.present) return null;
  const { rows: versions } = await db.query<{ version: string | null }>(
    `SELECT max(version) AS "version" FROM ${MIGRATIONS_TABLE}`,
  );
  return versions[0]!.version;
}

/**
 * Every table of the public schema but the migrations' own, ordered so that a table comes after
 * every table its foreign keys point to (from pg_constraint); ties by name.
 */
export async function tablesInDependencyOrder(db: Queryable): Promise<CatalogTable[]> {
  const { rows: columns } = await db.query<{ table: string; column: string }>(
    `SELECT c.relname AS "table", a.attname AS "column"
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
        AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
    [MIGRATIONS_TABLE],
  );
  const { rows: edges } = await db.query<{ child: string; parent: string }>(
    `SELECT DISTINCT child.relname AS "child", parent.relname AS "parent"
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid`,
  );
  const tables = new Map<string, CatalogTable>();
  for (const { table, column } of columns) {
    if (!tables.has(table)) tables.set(table, { name: table, columns: [] });
    tables.get(table)!.columns.push(column);
  }
  return dependencyOrder([...tables.values()], edges);
}

/** Kahn's sort: parents first, ties by name; a cycle (none today) is named, not guessed at. */
export function dependencyOrder<T extends { name: string }>(
  tables: T[],
  edges: Array<{ child: string; parent: string }>,
): T[] {
  const waiting = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of edges)
    if (waiting.has(child) && waiting.has(parent)) waiting.get(child)!.add(parent);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: T[] = [];
  while (waiting.size > 0) {
    const ready = [...waiting].filter(([, parents]) => parents.size === 0).map(([n]) => n);
    if (ready.length === 0)
      throw new Error(`foreign keys form a cycle among: ${[...waiting.keys()].sort().join(", ")}`);
    for (const name of ready.sort()) {
      ordered.push(byName.get(name)!);
      waiting.delete(name);
      for (const parents of waiting.values()) parents.delete(name);
    }
  }
  return ordered;
}

/** Every sequence of the public schema (identity columns' too) and where it stands. */
export async function sequences(db: Queryable): Promise<BackupSequence[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT c.relname AS "name" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const found: BackupSequence[] = [];
  for (const { name } of rows) {
    const { rows: state } = await db.query<{ lastValue: string; isCalled: boolean }>(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM "${name.replace(/"/g, '""')}"`,
    );
    found.push({ name, ...state[0]! });
  }
  return found;
}
